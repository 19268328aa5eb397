"""Schema v4: the practice keeps its key file's id, so a key file from elsewhere is noticed.

Existing practices get an empty id here (a migration cannot read the key file); the vault
writes the key file's id the first time it opens one (services/vault/practice_id.py).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("practice") as batch:
        batch.add_column(sa.Column("vault_id", sa.String(length=36), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("practice") as batch:
        batch.drop_column("vault_id")
