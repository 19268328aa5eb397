"""A client's billing details: date of birth, ICD-10 diagnosis codes, payer and billing
address, checked and kept in one form, and left out of what does not need them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.clients.client_records import ClientDraft, create_client, read_client, update_client
from services.clients.diagnosis_codes import MOST_CODES, codes_of, diagnosis_code, diagnosis_codes
from services.errors import InvalidValue
from services.vault.practice_vault import Vault

LETTERS = st.characters(min_codepoint=ord("A"), max_codepoint=ord("Z"))
DIGITS = st.characters(min_codepoint=ord("0"), max_codepoint=ord("9"))
TAIL = st.text(st.one_of(LETTERS, DIGITS), min_size=0, max_size=4)


@pytest.mark.parametrize(("typed", "kept"), [
    ("F41.1", "F41.1"), ("f411", "F41.1"), (" F32 ", "F32"), ("s72.001a", "S72.001A"),
    ("F32.A", "F32.A"), ("Z63", "Z63"),
])
def test_a_code_of_the_right_shape_is_kept_upper_case_with_its_dot(typed: str, kept: str) -> None:
    assert diagnosis_code(typed) == kept


@pytest.mark.parametrize("typed", [
    "41.1", "F4", "FF1.1", "F41.", "F41.12345", "F41-1", "F41..1", "Ф41.1", "F٤١.1", "",
    "F41.1x!", "F 41",
])
def test_a_code_of_another_shape_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        diagnosis_code(typed)
    assert caught.value.field == "diagnosis_codes"


@given(LETTERS, st.text(DIGITS, min_size=2, max_size=2), TAIL, st.booleans(), st.booleans())
def test_every_code_of_the_shape_is_taken_and_its_kept_form_is_kept_again(
        letter: str, digits: str, tail: str, dot: bool, lower: bool) -> None:
    typed = f"{letter}{digits}{'.' if dot and tail else ''}{tail}"
    kept = diagnosis_code(typed.lower() if lower else typed)
    assert kept == (f"{letter}{digits}.{tail}" if tail else f"{letter}{digits}")
    assert diagnosis_code(kept) == kept


@given(st.text(max_size=12))
def test_anything_typed_is_kept_in_the_shape_or_refused(typed: str) -> None:
    try:
        kept = diagnosis_codes(typed)
    except InvalidValue as refused:
        assert refused.field == "diagnosis_codes"
    else:
        assert diagnosis_codes(kept) == kept
        assert all(diagnosis_code(code) == code for code in codes_of(kept))


def test_several_codes_are_kept_once_each_in_the_order_typed() -> None:
    assert diagnosis_codes("f41.1; F32.0,F41.1  z63") == "F41.1, F32.0, Z63"
    assert diagnosis_codes("   ") == ""
    assert codes_of("F41.1, F32.0") == ("F41.1", "F32.0")
    too_many = " ".join(f"F{n:02d}" for n in range(MOST_CODES + 1))
    with pytest.raises(InvalidValue):
        diagnosis_codes(too_many)


def test_billing_details_are_kept_and_read_back(vault: Vault) -> None:
    client_id = create_client(vault, ClientDraft(
        full_name="Noor Haddad", date_of_birth=date(1990, 4, 12),
        diagnosis_codes="f411, F32.0", payer_name=" Samir Haddad ",
        billing_address="12 Elm Row\nLeeds"))
    draft = read_client(vault, client_id).draft
    assert (draft.date_of_birth, draft.diagnosis_codes, draft.payer_name,
            draft.billing_address) == (date(1990, 4, 12), "F41.1, F32.0", "Samir Haddad",
                                       "12 Elm Row\nLeeds")


@pytest.mark.parametrize("born", [date(1899, 12, 31),
                                  (datetime.now(UTC) + timedelta(days=2)).date()])
def test_a_date_of_birth_before_1900_or_to_come_is_refused_and_nothing_written(
        vault: Vault, born: date) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Noor Haddad"))
    with pytest.raises(InvalidValue) as caught:
        update_client(vault, client_id, ClientDraft(full_name="Noor Haddad Jr",
                                                    date_of_birth=born))
    assert caught.value.field == "date_of_birth"
    assert read_client(vault, client_id).draft.full_name == "Noor Haddad"


def test_born_today_or_on_the_first_day_of_1900_is_taken(vault: Vault) -> None:
    today = datetime.now(UTC).date()
    for born in (date(1900, 1, 1), today):
        create_client(vault, ClientDraft(full_name="Baby Lee", date_of_birth=born))


def test_a_bad_code_names_its_field_and_nothing_is_written(vault: Vault) -> None:
    with pytest.raises(InvalidValue) as caught:
        create_client(vault, ClientDraft(full_name="Noor Haddad", diagnosis_codes="F41.1 xyz"))
    assert caught.value.field == "diagnosis_codes"
    assert "xyz" in caught.value.values["code"]
