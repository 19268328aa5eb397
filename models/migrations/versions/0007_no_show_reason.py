"""Schema v7: why a no-show happened, kept on its session for the month's review.

Added in place (SQLite's ADD COLUMN), so no table with triggers is rebuilt.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("appointment", sa.Column("no_show_reason", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.drop_column("no_show_reason")
