"""The call list's scripts: what anyone may hear or read never says what the practice is."""

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from services.calls.call_list import CallListEntry, CallReason, CallRule
from services.clients.client_records import PhoneNumber
from services.practice.practice_settings import PracticeSettings, read_settings, update_settings
from services.vault.practice_vault import Vault
from tests.ui.call_list_practice import NOW, TODAY, at
from ui.call_list.scripts import call_scripts
from ui.i18n import install_language

# Words that would tell a stranger, or a machine, what kind of practice is calling.
FORBIDDEN = re.compile(r"therap|counsel|session|psych|терапи|психо|консульт|сеанс",
                       re.IGNORECASE)
PRACTICE_NAME = "Quiet Room Therapy"


@pytest.fixture
def settings(vault: Vault) -> PracticeSettings:
    update_settings(vault, practice_name=PRACTICE_NAME, phone="+44 20 7946 0000")
    return read_settings(vault)


def entry_for(rule: CallRule) -> CallListEntry:
    reason = CallReason(rule, appointment_id=7, at=at(TODAY - timedelta(days=3), 14), days=3,
                        other_client_id=9, other_client_name="Ivan",
                        note="acquaintances" if rule == CallRule.SCHEDULING_MISTAKE else "",
                        follow_up_on=TODAY if rule == CallRule.FOLLOW_UP_DUE else None)
    return CallListEntry(1, "Nadia Volkova", "Nadia", (reason,),
                         (PhoneNumber("+44 7700 900101", "mobile", True, True, True),), False, 0)


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """English, and Russian as far as it is translated (the same rule holds for it)."""
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.mark.parametrize("rule", list(CallRule))
def test_voicemail_text_and_third_party_scripts_never_say_what_the_practice_is(
    rule: CallRule, settings: PracticeSettings, language: str,
) -> None:
    scripts = call_scripts(entry_for(rule), settings, NOW.date())
    for script in scripts.discreet():
        assert not FORBIDDEN.search(script.text), (script.title, script.text)
        assert PRACTICE_NAME not in script.text, script.title
        assert "Nadia" in script.text, script.title  # it is for them, by name


@pytest.mark.parametrize("rule", list(CallRule))
def test_the_voicemail_leaves_a_name_and_a_number_to_call_back(
    rule: CallRule, settings: PracticeSettings,
) -> None:
    voicemail = call_scripts(entry_for(rule), settings, NOW.date()).voicemail.text
    assert "Dr Ada Finch" in voicemail and "+44 20 7946 0000" in voicemail
    assert re.search(r"about an appointment|about a business matter|our appointment",
                     voicemail)


def test_the_no_show_voicemail_gives_the_time_missed_and_asks_for_a_call_to_rebook(
    settings: PracticeSettings, english_money: None,
) -> None:
    voicemail = call_scripts(entry_for(CallRule.NO_SHOW_NOT_CONTACTED), settings,
                             NOW.date()).voicemail.text
    assert voicemail == (
        "Hello, this is a message for Nadia. It's Dr Ada Finch. I was expecting you for our "
        "appointment on Saturday 13 June at 14:00, and wanted to check that you are all right. "
        "I'd be glad to find you a new time: could you call me back on +44 20 7946 0000 to "
        "rebook? Thank you, goodbye.")


def test_someone_else_hears_a_name_and_a_request_to_call_back(
    settings: PracticeSettings,
) -> None:
    someone_else = call_scripts(entry_for(CallRule.NO_SHOW_NOT_CONTACTED), settings,
                                NOW.date()).someone_else.text
    assert "It's Dr Ada Finch, calling about an appointment." in someone_else
    assert "ask them to call me back" in someone_else


def test_without_a_therapist_name_or_phone_the_voicemail_still_says_nothing_more(
    settings: PracticeSettings,
) -> None:
    bare = replace(settings, therapist_name="", phone="")
    voicemail = call_scripts(entry_for(CallRule.NOT_HEARD_FROM), bare, NOW.date()).voicemail.text
    assert voicemail == ("Hello, this is a message for Nadia. I'm calling about a business "
                         "matter. Could you call me back when you have a moment? Thank you, "
                         "goodbye.")


def test_the_scheduling_fix_script_never_names_the_other_client(
    settings: PracticeSettings,
) -> None:
    scripts = call_scripts(entry_for(CallRule.SCHEDULING_MISTAKE), settings, NOW.date())
    for script in scripts.all():
        assert "Ivan" not in script.text, script.title


@pytest.mark.parametrize(("rule", "said"), [
    (CallRule.LATE_NOW, "We were due to meet at 14:00"),
    (CallRule.NO_SHOW_NOT_CONTACTED, "We were due to meet on Saturday 13 June at 14:00"),
    (CallRule.CANCELLED_NOT_REBOOKED, "You cancelled our session of Saturday 13 June"),
    (CallRule.NO_NEXT_SESSION, "We last met on Saturday 13 June"),
])
def test_the_answer_script_greets_the_client_and_names_the_facts(
    rule: CallRule, said: str, settings: PracticeSettings, english_money: None,
) -> None:
    answer = call_scripts(entry_for(rule), settings, NOW.date()).answer.text
    assert answer.startswith("Hello Nadia, it's Dr Ada Finch.")
    assert said in answer
