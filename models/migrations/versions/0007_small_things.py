"""Schema v7: names searchable without their punctuation, and sessions kept another way.

A client's search key drops punctuation now ('obrien' finds "O'Brien", a dash parts words as
a space does), so every stored key is folded again from the key it was: the old key was
already lower-case and accent-free. A session the client kept by phone or video instead of
cancelling it says so, for the month at a glance; sessions before this version are unknown,
so they read as not kept another way. Columns are added in place (SQLite's ADD COLUMN), so
the tables with triggers are not rebuilt.

Revision ID: 0007
Revises: 0006
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _without_punctuation(key: str) -> str:
    bare = "".join(" " if unicodedata.category(ch) == "Pd" else
                   "" if unicodedata.category(ch).startswith("P") else ch for ch in key)
    return " ".join(bare.split())


def upgrade() -> None:
    connection = op.get_bind()
    keys = connection.execute(sa.text("SELECT id, search_key FROM client")).all()
    for client_id, key in keys:
        folded = _without_punctuation(key)
        if folded != key:
            connection.execute(sa.text("UPDATE client SET search_key = :key WHERE id = :id"),
                               {"key": folded, "id": client_id})
    op.add_column("appointment", sa.Column("kept_another_way", sa.Boolean(), nullable=False,
                                           server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("appointment") as batch:
        batch.drop_column("kept_another_way")
