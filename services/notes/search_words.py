"""Words as the full-text index sees them: typed text made into a safe FTS5 query, and the
matched words found again in a text for a snippet, as offsets (never markup).

The index's tokenizer (`unicode61 remove_diacritics 2`, models/note_search.py) takes a word to
be a run of letters, digits, private-use characters and combining marks; it folds case, and
accents on Latin letters only. `fold_word` does the same in Python, with the one folding the
index adds ("ё" is "е"); tests/services/notes/test_search_words.py holds the two side by side.

A person's query never reaches MATCH as they typed it: it is cut into words by that rule, so
quotes, `*`, parentheses, `AND`, `NEAR(` and column names are only separators or plain words,
and each word is quoted. Every word matches as a beginning ("тревог" finds "тревога" and
"тревогу": the index does not stem Russian, so a prefix is how a word's forms are found).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from models.note_search import client_word

# A word of one letter would match nearly every text and costs the most to look up: a query
# starts from two letters.
MIN_WORD = 2
MAX_WORDS = 8
SNIPPET = 180  # characters of text around the first match
BEFORE = 50  # of them, how many before it
ELLIPSIS = "…"
ONE_LINE = str.maketrans("\r\n\t", "   ")


# Letters and digits (not "_"), the combining marks of Latin and Cyrillic, private use.
WORD = re.compile("(?:[^\\W_]|[\u0300-\u036f\u0483-\u0489\ue000-\uf8ff])+")


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every word in `text`, as the index cuts it."""
    return (match.span() for match in WORD.finditer(text))


def _latin(ch: str) -> bool:
    code = ord(ch)
    return code < 0x250 or 0x1E00 <= code < 0x1F00


@lru_cache(maxsize=100_000)
def fold_word(word: str) -> str:
    """A word as the index keeps it: case folded, Latin accents removed, "ё" as "е".

    The same as SQLite's unicode61 for every letter of the Latin, Cyrillic and Greek alphabets
    a therapist types; a few rare letters with two marks (Ǡ, Ǣ, Ǽ, Ǿ) keep theirs in the
    index, so a word with one of them is found but not highlighted."""
    if word.isascii():
        return word.lower()
    if all("\u0430" <= ch <= "\u044f" or "\u0410" <= ch <= "\u042f" or ch in "ёЁ"
           for ch in word):  # Russian letters: only case and "ё"
        return word.lower().replace("ё", "е")
    out: list[str] = []
    for ch in word:
        simple = ch.casefold()  # Unicode's simple case folding: one letter for one
        for part in unicodedata.normalize("NFD", simple if len(simple) == 1 else ch.lower()):
            if unicodedata.combining(part) and out and _latin(out[-1]):
                continue
            out.append(part)
    return unicodedata.normalize("NFC", "".join(out)).replace("ё", "е")


def query_words(typed: str) -> tuple[str, ...]:
    """The words of a typed query worth looking up (two letters or more), folded, in order,
    without repeats, at most eight."""
    words: list[str] = []
    for start, end in word_spans(typed):
        word = fold_word(typed[start:end])
        if len(word) >= MIN_WORD and word not in words:
            words.append(word)
    return tuple(words[:MAX_WORDS])


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def match_expression(words: Sequence[str], client_id: int | None = None) -> str:
    """The FTS5 query: every word as a beginning, in the text column, for one client when
    asked. `words` come from `query_words`, so they hold no FTS5 syntax; they are quoted all
    the same."""
    body = " AND ".join(f"{_quoted(word)}*" for word in words)
    expression = f"body : ({body})"
    if client_id is not None:
        expression = f"client : {_quoted(client_word(int(client_id)))} AND {expression}"
    return expression


@dataclass(frozen=True)
class Snippet:
    """A piece of text around what was found, on one line, and where the found words are:
    (start, end) offsets into `text`, for the window to highlight as it likes."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()


def found_spans(text: str, words: Sequence[str],
                window: int | None = None) -> list[tuple[int, int]]:
    """Every word of `text` that begins with one of the (folded) query `words`; only those
    within `window` characters of the first one when given (enough for a snippet)."""
    beginnings = tuple(words)
    spans: list[tuple[int, int]] = []
    for match in WORD.finditer(text):
        if window is not None and spans and match.start() >= spans[0][0] + window:
            break
        if fold_word(match.group()).startswith(beginnings):
            spans.append(match.span())
    return spans


def snippet(text: str, words: Sequence[str], spans: Sequence[tuple[int, int]] | None = None,
            width: int = SNIPPET) -> Snippet:
    """About `width` characters of `text` from a little before the first found word, cut at
    word boundaries, with an ellipsis where text was left out, and the found words marked."""
    spans = found_spans(text, words, width) if spans is None else spans
    first = spans[0][0] if spans else 0
    start = max(0, first - BEFORE)
    if start > 0:  # begin at a word, not inside one
        start = next((s for s, _e in word_spans(text[start:first + 1])), 0) + start
    end = min(len(text), start + width)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > first else end
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    body = text[start:end].translate(ONE_LINE)
    shift = len(lead) - start
    marks = tuple((s + shift, min(e, end) + shift) for s, e in spans if s >= start and s < end)
    return Snippet(lead + body + tail, marks)
