"""The words the window uses for the practice's closed vocabularies, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.enums import AppointmentStatus, Language, Modality, ReasonCategory


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


def language_name(language: Language) -> str:
    """A language under its own name, whatever language the window is in."""
    return {Language.ENGLISH: "English", Language.RUSSIAN: "Русский"}[language]
