"""Schema v7: the day a client's ending is planned for ("I will close your file on ...").

Added in place (SQLite's ADD COLUMN), so the client table and its triggers are not rebuilt.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("client", sa.Column("ending_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE client DROP COLUMN ending_on")
