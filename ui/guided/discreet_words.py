"""What may be said to anyone but the client: who is calling, and that it is about an
appointment or a business matter. Nothing about therapy, nor the kind of practice.

The call list's scripts and the guided dialogs' scripts share these words, so a stranger who
answers hears the same few sentences whichever screen the therapist called from.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.enums import ContactChannel
from ui.guided.facts import SessionFacts
from ui.guided.script_page import Script

translate = QCoreApplication.translate


def about_an_appointment() -> str:
    return translate("DiscreetWords", "about an appointment")


def about_a_business_matter() -> str:
    return translate("DiscreetWords", "about a business matter")


def who_is_calling(therapist: str, matter: str) -> str:
    """"It's Anna, calling about an appointment.", or without a name when none is set."""
    if therapist:
        return translate("DiscreetWords", "It's {therapist}, calling {matter}.").format(
            therapist=therapist, matter=matter)
    return translate("DiscreetWords", "I'm calling {matter}.").format(matter=matter)


def someone_else_script(name: str, therapist: str, matter: str) -> str:
    """To whoever picks up: ask for the client, say no more than a name and the matter, and
    ask for a call back."""
    return "\n\n".join((
        translate("DiscreetWords", "Hello, could I speak to {name}, please?").format(name=name),
        translate("DiscreetWords", "(If they ask who is calling:)") + " "
        + who_is_calling(therapist, matter),
        translate("DiscreetWords", "(If {name} isn't there:) Could you let them know I called, "
                  "and ask them to call me back? I'll try again later too. Thank you.")
        .format(name=name),
        translate("DiscreetWords", "(Nothing more, even if asked: it is for {name} to tell.)")
        .format(name=name),
    ))


def no_show_voicemail(name: str, therapist: str, phone: str, on_day: str, time: str) -> str:
    """After a no-show: the time that was missed ("today", "on Tuesday 16 June" and the time),
    that the therapist hopes they are all right, and a call back to book a new time. An
    appointment, nothing more: anyone may hear a voicemail."""
    said = (
        translate("DiscreetWords", "Hello, this is a message for {name}.").format(name=name),
        translate("DiscreetWords", "It's {therapist}.").format(therapist=therapist)
        if therapist else "",
        translate("DiscreetWords", "I was expecting you for our appointment {on_day} at "
                  "{time}, and wanted to check that you are all right.").format(
                      on_day=on_day, time=time),
        translate("DiscreetWords", "I'd be glad to find you a new time: could you call me "
                  "back on {phone} to rebook?").format(phone=phone) if phone
        else translate("DiscreetWords", "I'd be glad to find you a new time: could you call "
                       "me back to rebook?"),
        translate("DiscreetWords", "Thank you, goodbye."),
    )
    return " ".join(sentence for sentence in said if sentence)


def someone_else(facts: SessionFacts) -> Script:
    """The guided dialogs' script for when someone other than the client answers."""
    return Script(translate("DiscreetWords", "Someone else"),
                  someone_else_script(facts.client_name, facts.settings.therapist_name,
                                      about_an_appointment()),
                  ContactChannel.CALL)
