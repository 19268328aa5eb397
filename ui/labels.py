"""The words the window uses for the practice's closed vocabularies, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.enums import AppointmentStatus, BookAction, Language, Modality, ReasonCategory


def modality_label(modality: Modality) -> str:
    return {
        Modality.IN_PERSON: QCoreApplication.translate("Modality", "In person"),
        Modality.PHONE: QCoreApplication.translate("Modality", "Phone"),
        Modality.VIDEO: QCoreApplication.translate("Modality", "Video"),
    }[modality]


def status_label(status: AppointmentStatus) -> str:
    return {
        AppointmentStatus.SCHEDULED: QCoreApplication.translate("Status", "Booked"),
        AppointmentStatus.ATTENDED: QCoreApplication.translate("Status", "Attended"),
        AppointmentStatus.ATTENDED_LATE: QCoreApplication.translate("Status", "Attended late"),
        AppointmentStatus.NO_SHOW: QCoreApplication.translate("Status", "Did not come"),
        AppointmentStatus.CANCELLED: QCoreApplication.translate("Status", "Cancelled in time"),
        AppointmentStatus.LATE_CANCELLATION:
            QCoreApplication.translate("Status", "Late cancellation"),
        AppointmentStatus.CANCELLED_BY_THERAPIST:
            QCoreApplication.translate("Status", "Cancelled by me"),
        AppointmentStatus.MISSED_BY_THERAPIST:
            QCoreApplication.translate("Status", "Missed by me"),
    }[status]


def reason_label(reason: ReasonCategory) -> str:
    return {
        ReasonCategory.WORK: QCoreApplication.translate("Reason", "Work"),
        ReasonCategory.ILLNESS: QCoreApplication.translate("Reason", "Illness"),
        ReasonCategory.FAMILY_CARE: QCoreApplication.translate("Reason", "Child or family care"),
        ReasonCategory.TRAVEL: QCoreApplication.translate("Reason", "Travel"),
        ReasonCategory.FORGOT: QCoreApplication.translate("Reason", "Forgot"),
        ReasonCategory.OTHER: QCoreApplication.translate("Reason", "Other"),
    }[reason]


def book_action_label(action: BookAction) -> str:
    """What the therapist did, as Undo and Redo name it."""
    return {
        BookAction.BOOK: QCoreApplication.translate("BookAction", "Booking"),
        BookAction.MOVE: QCoreApplication.translate("BookAction", "Move"),
        BookAction.ATTENDED: QCoreApplication.translate("BookAction", "Attended"),
        BookAction.ATTENDED_LATE: QCoreApplication.translate("BookAction", "Attended late"),
        BookAction.NO_SHOW: QCoreApplication.translate("BookAction", "No-show"),
        BookAction.MISSED_BY_ME: QCoreApplication.translate("BookAction", "Missed by me"),
        BookAction.CANCELLATION: QCoreApplication.translate("BookAction", "Cancellation"),
        BookAction.KEPT_ANOTHER_WAY:
            QCoreApplication.translate("BookAction", "Session kept another way"),
        BookAction.LATE_ARRIVAL: QCoreApplication.translate("BookAction", "Late arrival"),
        BookAction.REPAIR: QCoreApplication.translate("BookAction", "Repair"),
        BookAction.DELETE: QCoreApplication.translate("BookAction", "Deletion"),
        BookAction.CALL: QCoreApplication.translate("BookAction", "Call"),
        BookAction.PAYMENT: QCoreApplication.translate("BookAction", "Payment"),
        BookAction.REFUND: QCoreApplication.translate("BookAction", "Refund"),
        BookAction.CHARGE: QCoreApplication.translate("BookAction", "Charge"),
        BookAction.END_CLIENT: QCoreApplication.translate("BookAction", "Ending"),
    }[action]


def language_name(language: Language) -> str:
    """A language under its own name, whatever language the window is in."""
    return {Language.ENGLISH: "English", Language.RUSSIAN: "Русский"}[language]
