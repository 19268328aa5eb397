"""Schema v10, money papers: invoices and credit notes with their lines and gap-free numbers,
the service codes superbills print, what the papers need to know of a client (date of birth,
diagnosis codes, a payer and billing address), the practice's settings for them, and what a
kept paper is of (its reference; a receipt's payment).

Columns are added in place (SQLite's ADD COLUMN), so the tables with triggers are not rebuilt;
only `letter`, which has none, is rebuilt, to give its new column a foreign key.

Revision ID: 0010
Revises: 0009
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

KIND = sa.Enum("invoice", "credit_note", name="invoicekind", native_enum=False,
               create_constraint=False, length=32)
MODALITY = sa.Enum("in_person", "phone", "video", name="modality", native_enum=False,
                   create_constraint=False, length=32)


def _text(name: str, length: int | None = None) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=length) if length else sa.Text(), nullable=False,
                     server_default="")


def upgrade() -> None:
    client: tuple[sa.Column[Any], ...] = (
        sa.Column("date_of_birth", sa.Date(), nullable=True), _text("diagnosis_codes", 200),
        _text("payer_name", 200), _text("billing_address"))
    for column in client:
        op.add_column("client", column)
    practice: tuple[sa.Column[Any], ...] = (
        sa.Column("invoice_pattern", sa.String(length=40), nullable=False,
                  server_default="YYYY-####"),
        sa.Column("credit_note_pattern", sa.String(length=40), nullable=False,
                  server_default="CN-YYYY-####"),
        sa.Column("payment_terms_days", sa.Integer(), nullable=False, server_default="14"),
        _text("payment_details"),
        sa.Column("receipts_at_close", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("superbills", sa.Boolean(), nullable=False, server_default=sa.false()),
        _text("licence", 100), _text("npi", 20), _text("tax_id", 40))
    for column in practice:
        op.add_column("practice", column)
    with op.batch_alter_table("letter") as batch:
        batch.add_column(_text("reference", 100))
        batch.add_column(sa.Column("ledger_entry_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_letter_ledger_entry_id_ledger_entry"),
                                 "ledger_entry", ["ledger_entry_id"], ["id"])
        batch.create_index(op.f("ix_letter_ledger_entry_id"), ["ledger_entry_id"])

    op.create_table(
        "invoice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", KIND, nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("voids_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("total >= 0", name=op.f("ck_invoice_total_not_negative")),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"],
                                name=op.f("fk_invoice_client_id_client")),
        sa.ForeignKeyConstraint(["voids_id"], ["invoice.id"],
                                name=op.f("fk_invoice_voids_id_invoice")),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"],
                                name=op.f("fk_invoice_letter_id_letter")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("kind", "year", "sequence", name=op.f("uq_invoice_kind")),
        sa.UniqueConstraint("number", name=op.f("uq_invoice_number")),
        sa.UniqueConstraint("voids_id", name=op.f("uq_invoice_voids_id")),
    )
    op.create_index(op.f("ix_invoice_client_id"), "invoice", ["client_id"])
    op.create_table(
        "invoice_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ledger_entry_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_invoice_line_amount_not_negative")),
        sa.ForeignKeyConstraint(["invoice_id"], ["invoice.id"], ondelete="CASCADE",
                                name=op.f("fk_invoice_line_invoice_id_invoice")),
        sa.ForeignKeyConstraint(["ledger_entry_id"], ["ledger_entry.id"],
                                name=op.f("fk_invoice_line_ledger_entry_id_ledger_entry")),
        sa.ForeignKeyConstraint(["appointment_id"], ["appointment.id"],
                                name=op.f("fk_invoice_line_appointment_id_appointment")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice_line")),
    )
    for indexed in ("invoice_id", "ledger_entry_id", "appointment_id"):
        op.create_index(op.f(f"ix_invoice_line_{indexed}"), "invoice_line", [indexed])
    op.create_table(
        "paper_number",
        sa.Column("kind", KIND, nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "year", name=op.f("pk_paper_number")),
    )
    op.create_table(
        "service_code",
        sa.Column("modality", MODALITY, nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("place", sa.String(length=4), nullable=False),
        sa.PrimaryKeyConstraint("modality", name=op.f("pk_service_code")),
    )


def downgrade() -> None:
    for table in ("service_code", "paper_number", "invoice_line", "invoice"):
        op.drop_table(table)
    with op.batch_alter_table("letter") as batch:
        batch.drop_index(op.f("ix_letter_ledger_entry_id"))
        batch.drop_column("ledger_entry_id")
        batch.drop_column("reference")
    for table, columns in (
        ("practice", ("tax_id", "npi", "licence", "superbills", "receipts_at_close",
                      "payment_details", "payment_terms_days", "credit_note_pattern",
                      "invoice_pattern")),
        ("client", ("billing_address", "payer_name", "diagnosis_codes", "date_of_birth")),
    ):
        for column in columns:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
