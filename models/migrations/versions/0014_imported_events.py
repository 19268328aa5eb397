"""Schema v14, imported events: what each event of an imported calendar became (a session,
a block, or nothing), by its UID and occurrence, so importing the calendar again adds only
what is new and shows what changed.

One new table; nothing else is touched.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imported_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Text(), nullable=False),
        sa.Column("recurrence_id", sa.String(length=32), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("block_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["appointment_id"], ["appointment.id"], ondelete="SET NULL",
                                name=op.f("fk_imported_event_appointment_id_appointment")),
        sa.ForeignKeyConstraint(["series_id"], ["series.id"], ondelete="SET NULL",
                                name=op.f("fk_imported_event_series_id_series")),
        sa.ForeignKeyConstraint(["block_id"], ["block.id"], ondelete="SET NULL",
                                name=op.f("fk_imported_event_block_id_block")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_event")),
        sa.UniqueConstraint("uid", "recurrence_id", name=op.f("uq_imported_event_uid")),
    )
    op.create_index(op.f("ix_imported_event_appointment_id"), "imported_event",
                    ["appointment_id"])
    op.create_index(op.f("ix_imported_event_block_id"), "imported_event", ["block_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_imported_event_block_id"), table_name="imported_event")
    op.drop_index(op.f("ix_imported_event_appointment_id"), table_name="imported_event")
    op.drop_table("imported_event")
