"""Schema v3: the ledger's client-and-day index also holds the kind and the amount.

Every client's balance at a month's end is then summed from the index alone, without reading
ten years of ledger rows (the month report).

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_ledger_entry_client_day", table_name="ledger_entry")
    op.create_index("ix_ledger_entry_client_day", "ledger_entry",
                    ["client_id", "day", "kind", "amount"])


def downgrade() -> None:
    op.drop_index("ix_ledger_entry_client_day", table_name="ledger_entry")
    op.create_index("ix_ledger_entry_client_day", "ledger_entry", ["client_id", "day"])
