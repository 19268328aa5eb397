"""Folding names for search: 'zoe' finds 'Zoë', 'евгения' finds 'Евгения', 'ёлка' finds 'Елка',
'obrien' finds "O'Brien", 'anne marie' finds 'Anne-Marie'."""

from __future__ import annotations

import unicodedata

# Letters that carry their accent in the glyph itself, so Unicode does not decompose them.
UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae",
                              "œ": "oe", "þ": "th", "ŧ": "t"})


def _unpunctuated(ch: str) -> str:
    """A dash parts words as a space does; any other punctuation is not typed in a search."""
    category = unicodedata.category(ch)
    if category == "Pd":
        return " "
    return "" if category.startswith("P") else ch


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free, whitespace-squeezed form of `text`, in any
    script."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(_unpunctuated(ch) for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().translate(UNDECOMPOSED).split())


def like_pattern(query: str) -> str:
    """A LIKE pattern that finds the folded query anywhere (folding leaves no % or _ in it)."""
    return f"%{fold(query)}%"
