"""Schema v13, the waiting list: people waiting for a regular time, and the weekdays and
hours that suit each of them.

Two new tables; nothing else is touched.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

MODALITY = sa.Enum("in_person", "phone", "video", name="modality", native_enum=False,
                   create_constraint=False, length=32)
STATUS = sa.Enum("waiting", "offered", "booked", "removed", name="waitingstatus",
                 native_enum=False, create_constraint=False, length=32)


def upgrade() -> None:
    op.create_table(
        "waiting_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("preferred_name", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("modality", MODALITY, nullable=True),
        sa.Column("any_time", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("waiting_since", sa.Date(), nullable=False),
        sa.Column("status", STATUS, nullable=False),
        sa.Column("status_changed_at", sa.DateTime(), nullable=True),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"],
                                name=op.f("fk_waiting_person_client_id_client")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waiting_person")),
    )
    op.create_index(op.f("ix_waiting_person_waiting_since"), "waiting_person",
                    ["waiting_since"])
    op.create_index(op.f("ix_waiting_person_status"), "waiting_person", ["status"])
    op.create_table(
        "waiting_time",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("local_from", sa.Time(), nullable=False),
        sa.Column("local_to", sa.Time(), nullable=False),
        sa.CheckConstraint("weekday BETWEEN 1 AND 7", name=op.f("ck_waiting_time_weekday")),
        sa.CheckConstraint("local_from < local_to",
                           name=op.f("ck_waiting_time_hours_in_order")),
        sa.ForeignKeyConstraint(["person_id"], ["waiting_person.id"], ondelete="CASCADE",
                                name=op.f("fk_waiting_time_person_id_waiting_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waiting_time")),
    )
    op.create_index(op.f("ix_waiting_time_person_id"), "waiting_time", ["person_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_waiting_time_person_id"), table_name="waiting_time")
    op.drop_table("waiting_time")
    op.drop_index(op.f("ix_waiting_person_status"), table_name="waiting_person")
    op.drop_index(op.f("ix_waiting_person_waiting_since"), table_name="waiting_person")
    op.drop_table("waiting_person")
