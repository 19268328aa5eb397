"""The full-text index of everything written about clients: notes, addenda, charts, reflections.

One SQLite FTS5 table, `note_search`, inside the encrypted database (never a file of its own).
It is contentless: it keeps the index only, and the words stay in their own rows, so the index
costs about half the text's size rather than a second copy of it. Triggers made by the
migration keep it in step with `session_note`, `note_addendum`, `reflection` and the clients'
chart notes, so every writer (the services, undo, the demo's bulk inserts) updates it.

Each text is one row of the index. Its rowid says where the text came from:
`source * SOURCE_SPAN + id`, the id being the row's in its own table. Its two columns are the
text (`body`) and the client it belongs to, as the one word `c<client id>` (`client`), so a
search for one client is narrowed inside the index.

The tokenizer is `unicode61 remove_diacritics 2`: case is folded in every script and accents
are removed from Latin letters ("zoe" finds "Zoë"). Cyrillic letters keep their marks, so the
triggers write "ё" as "е" (Russian is often typed without it) and a query does the same. Words
are not stemmed: "тревога" does not find "тревогу", but the prefix "тревог" finds both.
"""

from __future__ import annotations

import enum

SEARCH_TABLE = "note_search"
SOURCE_SPAN = 2**40


class Source(enum.IntEnum):
    """Where an indexed text lives. Iterating the index newest rowid first meets the charts,
    reflections and addenda before the notes, the largest source, last."""

    NOTE = 1  # session_note.body: its sections' text
    ADDENDUM = 2  # note_addendum.text
    REFLECTION = 3  # reflection.text
    CHART = 4  # client.chart_notes


def search_rowid(source: Source, row_id: int) -> int:
    return int(source) * SOURCE_SPAN + row_id


def source_of(rowid: int) -> tuple[Source, int]:
    return Source(rowid // SOURCE_SPAN), rowid % SOURCE_SPAN


def client_word(client_id: int) -> str:
    """How the index names a client in its `client` column."""
    return f"c{client_id}"


def is_search_index(name: str) -> bool:
    """The index and FTS5's own tables behind it, which no mapped class describes."""
    return name == SEARCH_TABLE or name.startswith(f"{SEARCH_TABLE}_")


def described_by_models(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's `include_name`: compare every table but the index, made by its migration."""
    return not (type_ == "table" and name is not None and is_search_index(name))
