"""Changing a draft's format loses no word: every text lands under some heading."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.enums import Language
from services.notes.note_formats import BUILT_IN, built_in
from ui.notes.format_change import carried_texts

FORMATS = [built_in(f, Language.ENGLISH) for f in BUILT_IN]


def test_same_headings_keep_their_text_and_others_go_first_with_their_heading() -> None:
    soap, birp = built_in(BUILT_IN[1], Language.ENGLISH), built_in(BUILT_IN[3], Language.ENGLISH)
    texts = {"subjective": "Tired.", "objective": "", "assessment": "Low mood.", "plan": "Diary."}
    assert carried_texts(soap.sections, texts, birp.sections) == {
        "plan": "Diary.", "behaviour": "Subjective:\nTired.\n\nAssessment:\nLow mood."}


@given(st.sampled_from(FORMATS), st.sampled_from(FORMATS), st.data())
def test_every_word_written_is_carried(old, new, data) -> None:  # type: ignore[no-untyped-def]
    texts = {s.key: data.draw(st.text(max_size=20)) for s in old.sections}
    carried = carried_texts(old.sections, texts, new.sections)
    assert set(carried) <= {s.key for s in new.sections}
    everything = "\n".join(carried.values())
    for text in texts.values():
        assert text.strip() in everything
