"""The words the window uses for kinds of letter and reasons to end, in the window's language
(from the one table of `services.labels` that the letters' chart lines read too)."""

from __future__ import annotations

from models.enums import LetterKind
from services.papers.letters import TerminationReason
from ui.labels import window_label


def letter_kind_label(kind: LetterKind) -> str:
    return window_label(LetterKind(kind))


def termination_reason_label(reason: TerminationReason) -> str:
    return window_label(TerminationReason(reason))
