"""Schema v11, reminders: how long before a session the therapist is reminded, whether a
reminder shows full names, the day's agenda at the start of the working day, and how far
reminders have been given (so a restart repeats none).

Columns are added in place (SQLite's ADD COLUMN); no table is rebuilt. A practice keeps its
reminders on or off as it had them; only new practices start with them off.

Revision ID: 0011
Revises: 0010
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _columns() -> tuple[sa.Column[Any], ...]:
    """Made afresh for each use: a column belongs to the one table it is added to."""
    return (
        sa.Column("reminder_minutes", sa.Integer(), nullable=False, server_default="10"),
        sa.Column("reminder_full_names", sa.Boolean(), nullable=False,
                  server_default=sa.false()),
        sa.Column("agenda_at_start", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("reminded_until", sa.DateTime(), nullable=True),
        sa.Column("agenda_shown_on", sa.Date(), nullable=True),
    )


def upgrade() -> None:
    for column in _columns():
        op.add_column("practice", column)


def downgrade() -> None:
    with op.batch_alter_table("practice") as batch:
        for column in reversed(_columns()):
            batch.drop_column(column.name)
