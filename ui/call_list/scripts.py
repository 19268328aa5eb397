"""What to say on a call-list call, for the client's most urgent reason.

Four scripts: if the client answers, if someone else answers, a voicemail, a text message.
Only the first is said to the client alone. The other three may be heard or read by anyone,
so they never say what the practice is (no therapy, counselling or sessions, nor the
practice's name): "about an appointment" or "a business matter", the therapist's name and
a number to call back, nothing more. `tests/ui/test_call_scripts.py` checks every one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from models.enums import ContactChannel
from services.calls.call_list import CallListEntry, CallReason, CallRule
from services.practice.practice_settings import PracticeSettings
from ui.call_list.reasons import long_day, on_day
from ui.client_labels import time_text
from ui.guided.discreet_words import (
    about_a_business_matter,
    about_an_appointment,
    no_show_voicemail,
    someone_else_script,
    who_is_calling,
)
from ui.guided.script_page import Script

translate = QCoreApplication.translate
# Rules about a particular appointment; the others are said to be "a business matter".
ABOUT_AN_APPOINTMENT = (CallRule.LATE_NOW, CallRule.NO_SHOW_NOT_CONTACTED,
                        CallRule.SCHEDULING_MISTAKE, CallRule.CANCELLED_NOT_REBOOKED)


@dataclass(frozen=True)
class CallScripts:
    """The four scripts for one client, in the order they are shown."""

    answer: Script
    someone_else: Script
    voicemail: Script
    text_message: Script

    def all(self) -> list[Script]:
        return [self.answer, self.someone_else, self.voicemail, self.text_message]

    def discreet(self) -> list[Script]:
        """The scripts anyone may hear or read: they never say what the practice is."""
        return [self.someone_else, self.voicemail, self.text_message]


@dataclass(frozen=True)
class _Facts:
    name: str
    therapist: str
    phone: str
    reason: CallReason
    on_day: str  # 'today', 'on Thursday 3 October': the day of the reason's moment
    day: str  # 'Thursday 3 October'
    time: str


def call_scripts(entry: CallListEntry, settings: PracticeSettings, today: date) -> CallScripts:
    """The scripts for `entry`'s most urgent reason, in the window's language."""
    reason = entry.reasons[0]
    zone = settings.zone
    local_day = reason.at.astimezone(zone).date() if reason.at is not None else today
    facts = _Facts(entry.preferred_name or entry.full_name, settings.therapist_name,
                   settings.phone, reason, on_day(local_day, today), long_day(local_day, today),
                   time_text(reason.at, zone) if reason.at is not None else "")
    return CallScripts(
        Script(translate("CallScripts", "If they answer"), _answer(facts), ContactChannel.CALL),
        Script(translate("CallScripts", "Someone else"),
               someone_else_script(facts.name, facts.therapist, _matter(facts)),
               ContactChannel.CALL),
        Script(translate("CallScripts", "Voicemail"), _voicemail(facts),
               ContactChannel.VOICEMAIL),
        Script(translate("CallScripts", "Text message"), _text_message(facts),
               ContactChannel.TEXT),
    )


def _hello(facts: _Facts) -> str:
    if facts.therapist:
        return translate("CallScripts", "Hello {name}, it's {therapist}.").format(
            name=facts.name, therapist=facts.therapist)
    return translate("CallScripts", "Hello {name}.").format(name=facts.name)


def _answer(facts: _Facts) -> str:
    """Said to the client alone: warm, plain about why, and an open door."""
    rule = facts.reason.rule
    middle = {
        CallRule.LATE_NOW: (
            translate("CallScripts", "We were due to meet at {time}, and I wanted to check that "
                      "you are all right.").format(time=facts.time),
            translate("CallScripts", "If you are on your way, that's fine: we can use the time "
                      "that is left."),
            translate("CallScripts", "If today isn't possible, let's find another time "
                      "together.")),
        CallRule.NO_SHOW_NOT_CONTACTED: (
            translate("CallScripts", "We were due to meet {on_day} at {time} and I didn't see "
                      "you, so I wanted to check that you are all right.").format(
                          on_day=facts.on_day, time=facts.time),
            translate("CallScripts", "You don't need to explain, but I'm glad to hear anything "
                      "you'd like to tell me."),
            translate("CallScripts", "Shall we find a time to meet again?")),
        CallRule.SCHEDULING_MISTAKE: (
            translate("CallScripts", "I've made a mistake in my diary with your session {on_day} "
                      "at {time}, and I'm sorry: I need to move it.").format(
                          on_day=facts.on_day, time=facts.time),
            translate("CallScripts", "I have a few free times to offer you. Which would suit "
                      "you best?"),
            translate("CallScripts", "Thank you for your patience with this.")),
        CallRule.FOLLOW_UP_DUE: (
            translate("CallScripts", "We agreed that I would get back in touch around now, so "
                      "I'm calling as promised."),
            translate("CallScripts", "How are things with you?"),
            translate("CallScripts", "Would you like to find a time to meet?")),
        CallRule.CANCELLED_NOT_REBOOKED: (
            translate("CallScripts", "You cancelled our session of {day}, and I wanted to check "
                      "in and see how you are.").format(day=facts.day),
            translate("CallScripts", "Would you like to find a new time? I have a few free "
                      "times over the next two weeks."),
            translate("CallScripts", "If now isn't a good moment to decide, I can call you "
                      "again whenever suits you.")),
        CallRule.NO_NEXT_SESSION: (
            translate("CallScripts", "We last met on {day}, and we haven't booked our next "
                      "session yet, so I wanted to check in.").format(day=facts.day),
            translate("CallScripts", "Would you like to find a time?"),
            translate("CallScripts", "If you have been thinking about a break, or about ending "
                      "our work, that's all right too: we can talk about it, and meet once more "
                      "to close it properly if you'd like.")),
        CallRule.NOT_HEARD_FROM: (
            translate("CallScripts", "It's been a while since we were last in touch, and I "
                      "wanted to see how you are."),
            translate("CallScripts", "There's no pressure. If you'd like to meet again, we can "
                      "find a time. If you feel our work has come to an end, we could meet once "
                      "more to close it properly, or I can write to you."),
            translate("CallScripts", "Whatever you decide is all right.")),
    }[rule]
    return "\n\n".join((_hello(facts), *middle, translate(
        "CallScripts", "Thank you for talking with me. Take care.")))


def _matter(facts: _Facts) -> str:
    """Why the therapist calls, as anyone may hear it."""
    if facts.reason.rule in ABOUT_AN_APPOINTMENT:
        return about_an_appointment()
    return about_a_business_matter()


def _call_back(facts: _Facts) -> str:
    if facts.phone:
        return translate("CallScripts", "Could you call me back when you have a moment, on "
                         "{phone}?").format(phone=facts.phone)
    return translate("CallScripts", "Could you call me back when you have a moment?")


def _voicemail(facts: _Facts) -> str:
    """A name, the matter and a number: anyone may hear a voicemail. After a no-show, the
    time missed and a call back to rebook."""
    if facts.reason.rule == CallRule.NO_SHOW_NOT_CONTACTED:
        return no_show_voicemail(facts.name, facts.therapist, facts.phone, facts.on_day,
                                 facts.time)
    return " ".join((
        translate("CallScripts", "Hello, this is a message for {name}.").format(name=facts.name),
        who_is_calling(facts.therapist, _matter(facts)), _call_back(facts),
        translate("CallScripts", "Thank you, goodbye.")))


def _text_message(facts: _Facts) -> str:
    """A text anyone holding the phone may read: an appointment, nothing more."""
    rule = facts.reason.rule
    if rule == CallRule.LATE_NOW:
        why = translate("CallScripts", "I'm here for our appointment at {time}. Are you on "
                        "your way?").format(time=facts.time)
    elif rule == CallRule.NO_SHOW_NOT_CONTACTED:
        why = translate("CallScripts", "I missed you at our appointment {on_day} at {time} "
                        "and wanted to check that you are all right.").format(
                            on_day=facts.on_day, time=facts.time)
    elif rule == CallRule.SCHEDULING_MISTAKE:
        why = translate("CallScripts", "I need to change the time of your appointment {on_day} "
                        "at {time}. I'm sorry for the trouble.").format(
                            on_day=facts.on_day, time=facts.time)
    elif rule == CallRule.CANCELLED_NOT_REBOOKED:
        why = translate("CallScripts", "I'm getting in touch to find a new time for your "
                        "appointment.")
    else:
        why = translate("CallScripts", "I'm getting in touch to see how you are, and whether "
                        "you'd like to book a time.")
    return " ".join((_hello(facts), why, translate(
        "CallScripts", "Could you call me or reply when you can? Thank you.")))
