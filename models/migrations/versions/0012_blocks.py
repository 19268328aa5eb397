"""Schema v12, blocks: time the therapist keeps from clients (admin, supervision, training,
a holiday, lunch), once or repeating, as hours of one day or whole days.

One new table; nothing else is touched.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

KIND = sa.Enum("admin", "supervision", "training", "holiday", "lunch", "other",
               name="blockkind", native_enum=False, create_constraint=False, length=32)
REPEAT = sa.Enum("weekly", "fortnightly", name="repeat", native_enum=False,
                 create_constraint=False, length=32)


def upgrade() -> None:
    op.create_table(
        "block",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", KIND, nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("local_start", sa.Time(), nullable=True),
        sa.Column("local_end", sa.Time(), nullable=True),
        sa.Column("repeat", REPEAT, nullable=True),
        sa.Column("repeat_until", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("last_day >= first_day", name=op.f("ck_block_days_in_order")),
        sa.CheckConstraint("(local_start IS NULL) = (local_end IS NULL)",
                           name=op.f("ck_block_hours_paired")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_block")),
    )
    op.create_index(op.f("ix_block_first_day"), "block", ["first_day"])


def downgrade() -> None:
    op.drop_index(op.f("ix_block_first_day"), table_name="block")
    op.drop_table("block")
