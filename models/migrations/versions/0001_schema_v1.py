"""Schema v1: the whole practice in one revision: the practice, clients, sessions, money,
contacts, letters, closed days and the audit trail.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=80), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_event")),
    )
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "client",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("preferred_name", sa.String(length=200), nullable=False),
        sa.Column("search_key", sa.String(length=420), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column(
            "preferred_modality",
            sa.Enum("in_person", "phone", "video", name="modality", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("online_handle", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum("active", "paused", "ended", name="clientstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("fee_override", sa.Integer(), nullable=True),
        sa.Column("do_not_contact", sa.Boolean(), nullable=False),
        sa.Column("chart_notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_status"), ["status"], unique=False)

    op.create_table(
        "day_close",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("totals", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reopened_at", sa.DateTime(), nullable=True),
        sa.Column("reopen_reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_close")),
        sa.UniqueConstraint("day", name=op.f("uq_day_close_day")),
    )
    op.create_table(
        "practice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("practice_name", sa.String(length=200), nullable=False),
        sa.Column("therapist_name", sa.String(length=200), nullable=False),
        sa.Column("credentials", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("letterhead", sa.Text(), nullable=False),
        sa.Column(
            "language",
            sa.Enum("en", "ru", name="language", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column(
            "paper_size",
            sa.Enum("a4", "letter", name="papersize", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("work_starts", sa.Time(), nullable=False),
        sa.Column("work_ends", sa.Time(), nullable=False),
        sa.Column("work_days", sa.String(length=7), nullable=False),
        sa.Column("session_minutes", sa.Integer(), nullable=False),
        sa.Column("session_fee", sa.Integer(), nullable=False),
        sa.Column("cancel_window_hours", sa.Integer(), nullable=False),
        sa.Column(
            "late_cancel_fee_rule",
            sa.Enum(
                "full", "fixed", "percent", "none", name="feerule", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("late_cancel_fee_value", sa.Integer(), nullable=False),
        sa.Column(
            "no_show_fee_rule",
            sa.Enum(
                "full", "fixed", "percent", "none", name="feerule", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("no_show_fee_value", sa.Integer(), nullable=False),
        sa.Column("first_missed_forgiven", sa.Boolean(), nullable=False),
        sa.Column("late_call_minutes", sa.Integer(), nullable=False),
        sa.Column("follow_up_days", sa.Integer(), nullable=False),
        sa.Column("silence_days", sa.Integer(), nullable=False),
        sa.Column("waiting_room_gap_minutes", sa.Integer(), nullable=False),
        sa.Column("reminders", sa.Boolean(), nullable=False),
        sa.Column("idle_lock_minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_practice_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice")),
    )
    op.create_table(
        "acquaintance",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("other_client_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "client_id < other_client_id", name=op.f("ck_acquaintance_ordered_pair")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_acquaintance_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_client_id"],
            ["client.id"],
            name=op.f("fk_acquaintance_other_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", "other_client_id", name=op.f("pk_acquaintance")),
    )
    with op.batch_alter_table("acquaintance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_acquaintance_other_client_id"), ["other_client_id"], unique=False
        )

    op.create_table(
        "contact_number",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("may_call", sa.Boolean(), nullable=False),
        sa.Column("may_voicemail", sa.Boolean(), nullable=False),
        sa.Column("may_text", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_contact_number_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_number")),
    )
    with op.batch_alter_table("contact_number", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_number_client_id"), ["client_id"], unique=False
        )

    op.create_table(
        "letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "termination",
                "missed_session",
                "apology",
                "check_in",
                "attendance_agreement",
                "day_sheet",
                "recovery_sheet",
                name="letterkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "language",
            sa.Enum("en", "ru", name="language", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("edited_text", sa.Text(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_letter_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
    )
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_client_id"), ["client_id"], unique=False)

    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column(
            "repeat",
            sa.Enum("weekly", "fortnightly", name="repeat", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("local_start", sa.Time(), nullable=False),
        sa.Column("length_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "modality",
            sa.Enum("in_person", "phone", "video", name="modality", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_series_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series")),
    )
    with op.batch_alter_table("series", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_series_client_id"), ["client_id"], unique=False)

    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("length_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "modality",
            sa.Enum("in_person", "phone", "video", name="modality", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "scheduled",
                "attended",
                "attended_late",
                "no_show",
                "cancelled",
                "late_cancellation",
                "cancelled_by_therapist",
                "missed_by_therapist",
                name="appointmentstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("arrived_at", sa.DateTime(), nullable=True),
        sa.Column(
            "cancelled_by",
            sa.Enum("client", "therapist", name="cancelledby", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("cancellation_arrived_at", sa.DateTime(), nullable=True),
        sa.Column(
            "reason_category",
            sa.Enum(
                "work",
                "illness",
                "family_care",
                "travel",
                "forgot",
                "other",
                name="reasoncategory",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("reason_text", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("fee_override", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length_minutes between 1 and 480", name=op.f("ck_appointment_length")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_appointment_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["series.id"], name=op.f("fk_appointment_series_id_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_appointment_client_start", ["client_id", "starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_appointment_series_id"), ["series_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointment_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "contact_log_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "call",
                "voicemail",
                "text",
                "email",
                "letter",
                "in_person",
                name="contactchannel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "reached",
                "voicemail",
                "no_answer",
                "wrong_number",
                "declined",
                "sent",
                name="contactoutcome",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_contact_log_entry_appointment_id_appointment"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_contact_log_entry_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_log_entry")),
    )
    with op.batch_alter_table("contact_log_entry", schema=None) as batch_op:
        batch_op.create_index("ix_contact_log_entry_client_at", ["client_id", "at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_contact_log_entry_follow_up_on"), ["follow_up_on"], unique=False
        )

    op.create_table(
        "ledger_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "session_charge",
                "late_cancel_fee",
                "no_show_fee",
                "payment",
                "waiver",
                "refund",
                name="ledgerkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "cash",
                "card",
                "transfer",
                "insurer",
                name="paymentmethod",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "waiver_reason",
            sa.Enum(
                "illness",
                "family_emergency",
                "therapist_error",
                "goodwill",
                "other",
                name="waiverreason",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_ledger_entry_amount_not_negative")),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_ledger_entry_appointment_id_appointment"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_ledger_entry_client_id_client")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entry")),
    )
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ledger_entry_appointment_id"), ["appointment_id"], unique=False
        )
        batch_op.create_index("ix_ledger_entry_client_day", ["client_id", "day"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_entry_day"), ["day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entry_day"))
        batch_op.drop_index("ix_ledger_entry_client_day")
        batch_op.drop_index(batch_op.f("ix_ledger_entry_appointment_id"))

    op.drop_table("ledger_entry")
    with op.batch_alter_table("contact_log_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_log_entry_follow_up_on"))
        batch_op.drop_index("ix_contact_log_entry_client_at")

    op.drop_table("contact_log_entry")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointment_series_id"))
        batch_op.drop_index("ix_appointment_client_start")

    op.drop_table("appointment")
    with op.batch_alter_table("series", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_series_client_id"))

    op.drop_table("series")
    with op.batch_alter_table("letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_client_id"))

    op.drop_table("letter")
    with op.batch_alter_table("contact_number", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_number_client_id"))

    op.drop_table("contact_number")
    with op.batch_alter_table("acquaintance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_acquaintance_other_client_id"))

    op.drop_table("acquaintance")
    op.drop_table("practice")
    op.drop_table("day_close")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_status"))

    op.drop_table("client")
    op.drop_table("audit_head")
    op.drop_table("audit_event")
