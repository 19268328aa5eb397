"""The words of an event as plain text: what the file says, never markup, on one line."""

from __future__ import annotations

import re

TITLE_LIMIT = 500
SPACES = re.compile(r"\s+")
UNDRAWN = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def plain_title(text: str) -> str:
    """The title on one line, its spaces squeezed, without the characters no one can see
    (direction marks, zero-width spaces), and no longer than TITLE_LIMIT characters."""
    return SPACES.sub(" ", UNDRAWN.sub(" ", text)).strip()[:TITLE_LIMIT]
