"""Folding names for search: 'zoe' finds 'Zoë', 'евгения' finds 'Евгения', 'ёлка' finds 'Елка',
'obrien' finds "O'Brien", 'anne marie' finds 'Anne-Marie'."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that carry their accent in the glyph itself, so Unicode does not decompose them.
UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae",
                              "œ": "oe", "þ": "th", "ŧ": "t"})


@lru_cache(maxsize=4096)
def _bare(ch: str) -> str:
    """A decomposed character without its accents and punctuation: a dash parts words as a
    space does; any other punctuation is not typed in a search. Kept per character, as a
    name's letters repeat across thousands of clients (an import folds every one)."""
    if unicodedata.combining(ch):
        return ""
    category = unicodedata.category(ch)
    if category == "Pd":
        return " "
    return "" if category.startswith("P") else ch


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free, whitespace-squeezed form of `text`, in any
    script."""
    bare = "".join(map(_bare, unicodedata.normalize("NFKD", text)))
    return " ".join(bare.casefold().translate(UNDECOMPOSED).split())


def like_pattern(query: str) -> str:
    """A LIKE pattern that finds the folded query anywhere (folding leaves no % or _ in it)."""
    return f"%{fold(query)}%"
