import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from services import validation
from services.clients.search_key import UNDECOMPOSED, fold


@given(st.text())
def test_control_characters_are_unicodes_category_cc(value: str) -> None:
    for allowed in (set(), validation.MULTILINE_OK):
        expected = any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in value)
        assert validation._control_chars(value, allowed) == expected


@given(st.text())
def test_folding_keeps_each_characters_rule_whatever_it_learned_before(text: str) -> None:
    def bare(ch: str) -> str:
        category = unicodedata.category(ch)
        return " " if category == "Pd" else "" if category.startswith("P") else ch

    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(bare(ch) for ch in decomposed if not unicodedata.combining(ch))
    assert fold(text) == " ".join(kept.casefold().translate(UNDECOMPOSED).split())
