"""Schema v6: the folder the therapist last saved a paper in, kept in the practice.

Added in place (SQLite's ADD COLUMN), so the tables with triggers are not rebuilt.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("practice", sa.Column("last_folder", sa.Text(), nullable=False,
                                        server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("practice") as batch:
        batch.drop_column("last_folder")
