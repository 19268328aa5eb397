"""Contact-log reasons kept as codes, read in the reader's language; typed words kept as typed."""

import pytest

from models.enums import ContactChannel, ContactOutcome, ContactReason, Language, LetterKind
from services.calls.call_list import CallRule
from services.calls.call_outcome import Decision
from services.clients.client_records import ClientDraft, create_client
from services.clients.contact_log import contacts_of, log_contact
from services.clients.contact_reasons import is_reason_code, reason_code, reason_words
from services.vault.practice_vault import Vault

EN, RU = Language.ENGLISH, Language.RUSSIAN


@pytest.mark.parametrize(("code", "english", "russian"), [
    (reason_code(ContactReason.AFTER_NO_SHOW), "After a no-show", "После неявки"),
    (reason_code(ContactReason.LETTER, LetterKind.APOLOGY), "Letter of apology",
     "Письмо с извинениями"),
    (reason_code(ContactReason.CALL_LIST, CallRule.LATE_NOW, Decision.NO_DECISION),
     "Call list: Late now", "Список звонков: Опаздывают сейчас"),
    (reason_code(ContactReason.CALL_LIST, CallRule.NO_NEXT_SESSION, Decision.BOOKED),
     "Call list: No next session booked; booked a session",
     "Список звонков: Следующая сессия не назначена; запись на сессию"),
])
def test_a_code_reads_in_either_language(code: str, english: str, russian: str) -> None:
    assert is_reason_code(code)
    assert reason_words(code, "", EN) == english
    assert reason_words(code, "", RU) == russian


@pytest.mark.parametrize("text", ["After a no-show", "She rang back", "after_no_show:late_now",
                                  "call_list:tuesday", "letter:termination:again", ""])
def test_words_and_malformed_codes_are_not_codes(text: str) -> None:
    assert not is_reason_code(text)
    assert reason_words(None, text, RU) == text


def test_the_log_keeps_a_code_as_a_code_and_typed_words_as_typed(vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    log_contact(vault, client, ContactChannel.CALL, ContactOutcome.REACHED,
                reason=reason_code(ContactReason.LATE_NOT_ARRIVED))
    log_contact(vault, client, ContactChannel.TEXT, ContactOutcome.SENT,
                reason="Running late, on the bus")
    with vault.unit_of_work() as session:
        typed, coded = contacts_of(session, client)  # newest first
    assert (coded.reason_code, coded.reason) == ("late_not_arrived", "")
    assert coded.reason_in(RU) == "Опоздание: клиента ещё нет"
    assert (typed.reason_code, typed.reason) == (None, "Running late, on the bus")
    assert typed.reason_in(RU) == "Running late, on the bus"
