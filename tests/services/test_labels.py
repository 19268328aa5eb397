"""One word per meaning: every member of every closed vocabulary a person reads has its own
words in each language, and the tables hold nothing else. No Qt here."""

import enum
import inspect
import re

import pytest

from models import enums
from models.enums import AppointmentStatus, Language, LedgerKind, PaymentMethod
from services.calendar.ics_export import NamesShown
from services.calls.call_list import CallRule
from services.calls.call_outcome import Decision
from services.day_close.day_review import ProblemKind
from services.labels import label, table
from services.money_papers.invoice_status import InvoiceStatus
from services.notes.search import Writing
from services.papers.letters import TerminationReason

# Every vocabulary of the domain, and those of the services that reach the screen or paper.
LABELLED: tuple[type[enum.StrEnum], ...] = (
    *(member for _, member in inspect.getmembers(enums, inspect.isclass)
      if issubclass(member, enum.StrEnum) and member.__module__ == enums.__name__),
    CallRule, Decision, InvoiceStatus, NamesShown, ProblemKind, TerminationReason, Writing,
)


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("vocabulary", LABELLED, ids=lambda vocabulary: vocabulary.__name__)
def test_every_member_has_its_own_words(vocabulary: type[enum.StrEnum],
                                        language: Language) -> None:
    words = [label(member, language) for member in vocabulary]
    assert all(word.strip() == word and word for word in words), words
    assert len(set(words)) == len(words), f"two {vocabulary.__name__} read alike: {words}"


@pytest.mark.parametrize("language", list(Language))
def test_the_table_holds_only_the_vocabularies_and_their_members(language: Language) -> None:
    expected = {vocabulary.__name__: {member.value for member in vocabulary}
                for vocabulary in LABELLED}
    assert {section: set(words) for section, words in table(language).items()} == expected


def test_the_same_member_reads_in_each_language() -> None:
    assert label(PaymentMethod.TRANSFER, Language.ENGLISH) == "Bank transfer"
    assert label(PaymentMethod.TRANSFER, Language.RUSSIAN) == "Банковский перевод"
    assert label(LedgerKind.NO_SHOW_FEE, Language.ENGLISH) == "Missed session fee"
    assert label(LedgerKind.NO_SHOW_FEE, Language.RUSSIAN) == "Плата за неявку"
    assert label(Language.RUSSIAN, Language.RUSSIAN) == "Русский"


def test_russian_words_never_guess_the_clients_gender() -> None:
    russian = [label(member, Language.RUSSIAN).lower()
               for vocabulary in LABELLED for member in vocabulary]
    words = set(re.findall(r"[\w()]+", " ".join(russian)))
    guesses = {"пришёл", "пришла", "пришёл(ла)", "опоздал", "опоздала", "опоздал(а)", "решил",
               "решила", "решил(а)", "забыл", "забыла", "забыл(а)", "сам", "сама", "сам(а)"}
    assert words & guesses == set()
    assert not [each for each in russian if "(а)" in each or "(ла)" in each]
    assert label(AppointmentStatus.ATTENDED, Language.RUSSIAN) == "Состоялась"  # the session's
