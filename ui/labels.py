"""The words the window uses for the practice's closed vocabularies, in the window's language.

They come from the one table per language (`services.labels`) that the day sheet, the letters
and every CSV read too, so a status or a payment method reads the same on screen and on paper.
"""

from __future__ import annotations

import enum

from models.enums import (
    AppointmentStatus,
    BookAction,
    CancelledBy,
    Envelope,
    FeeRule,
    Language,
    Modality,
    PaperSize,
    ReasonCategory,
    Repeat,
)
from services.labels import label
from ui.i18n import window_language


def window_label(member: enum.StrEnum) -> str:
    """Any closed vocabulary's member in the window's language."""
    return label(member, window_language())


def modality_label(modality: Modality) -> str:
    return window_label(Modality(modality))


def status_label(status: AppointmentStatus) -> str:
    return window_label(AppointmentStatus(status))


def reason_label(reason: ReasonCategory) -> str:
    return window_label(ReasonCategory(reason))


def cancelled_by_label(by: CancelledBy) -> str:
    return window_label(CancelledBy(by))


def repeat_label(repeat: Repeat) -> str:
    return window_label(Repeat(repeat))


def fee_rule_label(rule: FeeRule) -> str:
    return window_label(FeeRule(rule))


def paper_size_label(size: PaperSize) -> str:
    return window_label(PaperSize(size))


def envelope_label(envelope: Envelope) -> str:
    return window_label(Envelope(envelope))


def book_action_label(action: BookAction) -> str:
    """What the therapist did, as Undo and Redo name it."""
    return window_label(BookAction(action))


def language_name(language: Language) -> str:
    """A language under its own name, whatever language the window is in."""
    language = Language(language)
    return label(language, language)
