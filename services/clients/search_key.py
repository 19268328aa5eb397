"""Folding names for search: 'zoe' finds 'Zoë', 'евгения' finds 'Евгения', 'ёлка' finds 'Елка'."""

from __future__ import annotations

import unicodedata

# Letters that carry their accent in the glyph itself, so Unicode does not decompose them.
UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae",
                              "œ": "oe", "þ": "th", "ŧ": "t"})


def fold(text: str) -> str:
    """Lower-case, accent-free, whitespace-squeezed form of `text`, in any script."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().translate(UNDECOMPOSED).split())


def like_pattern(query: str) -> str:
    """A LIKE pattern that finds the folded query anywhere, with % and _ taken literally."""
    escaped = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
