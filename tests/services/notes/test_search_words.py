"""The words as the index sees them: Python's folding beside FTS5's own, and safe queries."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from services.notes.search_words import (
    fold_word,
    match_expression,
    query_words,
    snippet,
    word_spans,
)
from services.vault.practice_vault import Vault
from tests.services.notes.note_book import client_with_sessions, write

MIXED = ("Zoë Łódź Ñandú naïve café Straße İstanbul ÆSIR Ёлка ёж ЁЖИК Тревогу Йошкар-Ола x² "
         "ﬁne O'Brien e-mail Ωμέγα ΤΕΛΟΣ ς Ǆemal 12:30 100% №5 日本語 _under_score")


def test_python_cuts_and_folds_words_as_the_index_does(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee", 1)
    write(vault, first, MIXED)
    with vault.unit_of_work() as session:
        session.execute(text("CREATE VIRTUAL TABLE temp.words "
                             "USING fts5vocab(main, note_search, col)"))
        indexed = set(session.scalars(text("SELECT term FROM temp.words WHERE col = 'body'")))
        session.execute(text("DROP TABLE temp.words"))
    ours = {fold_word(MIXED[start:end]) for start, end in word_spans(MIXED)}
    assert ours == indexed
    assert {"zoe", "łodz", "straße", "istanbul", "елка", "тревогу", "x²"} <= ours


@pytest.mark.parametrize("typed, words", [
    ("Тревог сон", ("тревог", "сон")),
    ('"panic" AND NEAR(sleep*', ("panic", "and", "near", "sleep")),
    ("a b c", ()),
    ("ёлка ЕЛКА", ("елка",)),
    ('client : "c2"', ("client", "c2")),
    ("one two three four five six seven eight nine ten",
     ("one", "two", "three", "four", "five", "six", "seven", "eight")),
])
def test_a_query_is_only_words(typed: str, words: tuple[str, ...]) -> None:
    assert query_words(typed) == words


def test_the_expression_quotes_every_word_and_keeps_to_the_text_column() -> None:
    assert match_expression(("тревог", "and")) == 'body : ("тревог"* AND "and"*)'
    assert match_expression(("sleep",), 12) == 'client : "c12" AND body : ("sleep"*)'


def test_a_snippet_marks_the_found_words_by_offset_on_one_line() -> None:
    text = ("First line about the weekend.\nShe describes TREVOGA and anxious mornings; "
            "anxiety eases by noon. " + "Then more words follow. " * 12)
    found = snippet(text, ("anxi", "trevoga"))
    assert "\n" not in found.text and found.text.endswith("…")
    assert [found.text[s:e] for s, e in found.marks][:3] == ["TREVOGA", "anxious", "anxiety"]
    later = snippet("word " * 40 + "panic attack", ("panic",))
    assert later.text.startswith("…") and later.text[slice(*later.marks[0])] == "panic"
