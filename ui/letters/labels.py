"""The words the window uses for kinds of letter and reasons to end, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.enums import LetterKind
from services.papers.letters import TerminationReason


def letter_kind_label(kind: LetterKind) -> str:
    return {
        LetterKind.TERMINATION: QCoreApplication.translate("LetterKind", "Ending therapy"),
        LetterKind.MISSED_SESSION: QCoreApplication.translate("LetterKind", "Missed session"),
        LetterKind.APOLOGY: QCoreApplication.translate("LetterKind", "Apology"),
        LetterKind.CHECK_IN: QCoreApplication.translate("LetterKind", "Checking in"),
        LetterKind.ATTENDANCE_AGREEMENT:
            QCoreApplication.translate("LetterKind", "Attendance agreement and Q&A"),
        LetterKind.DAY_SHEET: QCoreApplication.translate("LetterKind", "Day sheet"),
        LetterKind.RECOVERY_SHEET: QCoreApplication.translate("LetterKind", "Recovery sheet"),
    }[kind]


def termination_reason_label(reason: TerminationReason) -> str:
    return {
        TerminationReason.CHOSE_TO_STOP:
            QCoreApplication.translate("TerminationReason", "The client chose to stop"),
        TerminationReason.NO_CONTACT:
            QCoreApplication.translate("TerminationReason",
                                       "No contact after repeated attempts"),
        TerminationReason.COMPLETED:
            QCoreApplication.translate("TerminationReason", "Therapy completed"),
        TerminationReason.REFERRAL:
            QCoreApplication.translate("TerminationReason", "Referral elsewhere"),
    }[reason]
