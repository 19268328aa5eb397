"""The cancellation dialog's words for letting the client know: what was decided (the new
time, a fee), said to the client; and to anyone else, or a voicemail, or a text, only that it
is about an appointment.

A client who cancelled is thanked for letting the therapist know; when the therapist cancels,
they apologise for the change and say there is no fee.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.enums import CancelledBy, ContactChannel
from ui.client_labels import money_text, time_text, when_text
from ui.dates import local_text
from ui.guided.discreet_words import someone_else
from ui.guided.facts import SessionFacts
from ui.guided.script_page import Script, ScriptPage

translate = QCoreApplication.translate


class TellPage(ScriptPage):
    """The scripts step, offered only when the session is cancelled (not kept another way)."""

    def __init__(self, title: str, subtitle: str, scripts: Callable[[], Sequence[Script]],
                 cancelling: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, scripts=scripts, parent=parent)
        self.cancelling = cancelling

    def applies(self) -> bool:
        return self.cancelling()


def cancellation_scripts(facts: SessionFacts, by: CancelledBy, booked: datetime | None,
                         fee: int) -> list[Script]:
    """If they answer, someone else, a voicemail and a text, for the decision as it stands:
    who cancelled, the new time booked (None: none yet) and the fee charged (0: none)."""
    name, therapist = facts.client_name, facts.settings.therapist_name
    starts = facts.entry.starts_at
    day, at = local_text(starts, facts.zone, "dddd d MMMM"), time_text(starts, facts.zone)
    hello = (translate("CancellationScripts", "Hello {name}, it's {therapist}.").format(
        name=name, therapist=therapist) if therapist
        else translate("CancellationScripts", "Hello {name}.").format(name=name))
    mine = by == CancelledBy.THERAPIST
    said = [hello,
            translate("CancellationScripts", "I'm sorry, but I need to cancel our session on "
                      "{day} at {time}.").format(day=day, time=at) if mine
            else translate("CancellationScripts", "Thank you for letting me know that you "
                           "can't come on {day} at {time}.").format(day=day, time=at)]
    if booked is not None:
        said.append(translate("CancellationScripts", "I've booked us for {when} instead. Does "
                              "that suit you?").format(when=when_text(booked, facts.zone)))
    else:
        said.append(translate("CancellationScripts", "Shall we find another time? I have a "
                              "few free times over the next two weeks."))
    if mine:
        said.append(translate("CancellationScripts", "There is no fee for this, of course. "
                              "I'm sorry for the change."))
    elif fee:
        said.append(translate("CancellationScripts", "As our agreement says, a cancellation "
                              "at such short notice is charged, so there will be a fee of "
                              "{amount}.").format(amount=money_text(fee, facts.currency)))
    said.append(translate("CancellationScripts", "Take care until we meet."))
    return [
        Script(translate("CancellationScripts", "If they answer"), "\n\n".join(said),
               ContactChannel.CALL),
        someone_else(facts),
        Script(translate("CancellationScripts", "Voicemail"),
               _voicemail(facts, mine, day, at), ContactChannel.VOICEMAIL),
        Script(translate("CancellationScripts", "Text message"),
               " ".join((hello, _about(mine, day, at), translate(
                   "CancellationScripts", "Could you call me or reply when you can? Thank "
                   "you."))), ContactChannel.TEXT),
    ]


def _about(mine: bool, day: str, at: str) -> str:
    """The appointment and what became of it, as anyone may hear or read it."""
    if mine:
        return translate("CancellationScripts", "I'm sorry, I need to change our appointment "
                         "on {day} at {time}, and I'd like to find you a new time.").format(
                             day=day, time=at)
    return translate("CancellationScripts", "Thank you for letting me know about our "
                     "appointment on {day} at {time}. I'd like to find you a new time.").format(
                         day=day, time=at)


def _voicemail(facts: SessionFacts, mine: bool, day: str, at: str) -> str:
    therapist, phone = facts.settings.therapist_name, facts.settings.phone
    said = (
        translate("CancellationScripts", "Hello, this is a message for {name}.").format(
            name=facts.client_name),
        translate("CancellationScripts", "It's {therapist}.").format(therapist=therapist)
        if therapist else "",
        _about(mine, day, at),
        translate("CancellationScripts", "Could you call me back on {phone}?").format(
            phone=phone) if phone
        else translate("CancellationScripts", "Could you call me back when you can?"),
        translate("CancellationScripts", "Thank you, goodbye."),
    )
    return " ".join(sentence for sentence in said if sentence)
