"""Schema v2: the envelope a letter is posted in, and the call list's two thresholds.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("practice") as batch:
        batch.add_column(sa.Column(
            "envelope", sa.Enum("dl", "us10", name="envelope", native_enum=False, length=32),
            nullable=False, server_default="dl"))
        batch.add_column(sa.Column("call_attempts", sa.Integer(), nullable=False,
                                   server_default="3"))
        batch.add_column(sa.Column("scheduling_weeks", sa.Integer(), nullable=False,
                                   server_default="4"))


def downgrade() -> None:
    with op.batch_alter_table("practice") as batch:
        batch.drop_column("scheduling_weeks")
        batch.drop_column("call_attempts")
        batch.drop_column("envelope")
