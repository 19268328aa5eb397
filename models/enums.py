"""The closed vocabularies of the practice, stored by value."""

from __future__ import annotations

import enum


class Language(enum.StrEnum):
    ENGLISH = "en"
    RUSSIAN = "ru"


class PaperSize(enum.StrEnum):
    A4 = "a4"
    LETTER = "letter"


class Envelope(enum.StrEnum):
    """Where a letter's address block sits so it shows through the envelope's window."""

    DL = "dl"  # DL and C5/6: the European left window
    US10 = "us10"  # US #10 with its left window


class FeeRule(enum.StrEnum):
    """How a late-cancellation or no-show fee is worked out from the session fee."""

    FULL = "full"
    FIXED = "fixed"
    PERCENT = "percent"
    NONE = "none"


class ClientStatus(enum.StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class Modality(enum.StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class AppointmentStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    ATTENDED = "attended"
    ATTENDED_LATE = "attended_late"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    LATE_CANCELLATION = "late_cancellation"
    CANCELLED_BY_THERAPIST = "cancelled_by_therapist"
    MISSED_BY_THERAPIST = "missed_by_therapist"


class CancelledBy(enum.StrEnum):
    CLIENT = "client"
    THERAPIST = "therapist"


class ReasonCategory(enum.StrEnum):
    WORK = "work"
    ILLNESS = "illness"
    FAMILY_CARE = "family_care"
    TRAVEL = "travel"
    FORGOT = "forgot"
    OTHER = "other"


class NoShowReason(enum.StrEnum):
    """Why a client missed a session without cancelling, as far as the therapist learns it."""

    FORGOT = "forgot"
    UNWELL = "unwell"
    TRANSPORT = "transport"
    WORK = "work"
    FAMILY_CARE = "family_care"
    NO_REASON_GIVEN = "no_reason_given"
    OTHER = "other"


class BlockKind(enum.StrEnum):
    """What time kept from clients is for."""

    ADMIN = "admin"
    SUPERVISION = "supervision"
    TRAINING = "training"
    HOLIDAY = "holiday"
    LUNCH = "lunch"
    OTHER = "other"


class WaitingStatus(enum.StrEnum):
    """Where someone on the waiting list stands."""

    WAITING = "waiting"
    OFFERED = "offered"
    BOOKED = "booked"
    REMOVED = "removed"


class Repeat(enum.StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"


class LedgerKind(enum.StrEnum):
    SESSION_CHARGE = "session_charge"
    LATE_CANCEL_FEE = "late_cancel_fee"
    NO_SHOW_FEE = "no_show_fee"
    PAYMENT = "payment"
    WAIVER = "waiver"
    REFUND = "refund"

    @property
    def sign(self) -> int:
        """+1 when the entry adds to what the client owes, -1 when it takes away."""
        return -1 if self in (LedgerKind.PAYMENT, LedgerKind.WAIVER) else 1


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"
    INSURER = "insurer"


class WaiverReason(enum.StrEnum):
    ILLNESS = "illness"
    FAMILY_EMERGENCY = "family_emergency"
    THERAPIST_ERROR = "therapist_error"
    GOODWILL = "goodwill"
    OTHER = "other"


class ContactChannel(enum.StrEnum):
    CALL = "call"
    VOICEMAIL = "voicemail"
    TEXT = "text"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"


class ContactReason(enum.StrEnum):
    """Why the practice got in touch, as the contact log keeps it: a code, shown in the
    reader's language (a letter's code names its kind, a call list's its rule and decision)."""

    AFTER_NO_SHOW = "after_no_show"
    AFTER_MISSED_BY_ME = "after_missed_by_me"
    LATE_NOT_ARRIVED = "late_not_arrived"
    CANCELLATION = "cancellation"
    CANCELLED_BY_ME = "cancelled_by_me"
    CHECK_IN = "check_in"
    LETTER = "letter"
    CALL_LIST = "call_list"


class ContactOutcome(enum.StrEnum):
    REACHED = "reached"
    VOICEMAIL = "voicemail"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"
    DECLINED = "declined"
    SENT = "sent"


class LetterKind(enum.StrEnum):
    TERMINATION = "termination"
    MISSED_SESSION = "missed_session"
    APOLOGY = "apology"
    CHECK_IN = "check_in"
    ATTENDANCE_AGREEMENT = "attendance_agreement"
    DAY_SHEET = "day_sheet"
    RECOVERY_SHEET = "recovery_sheet"
    RECEIPT = "receipt"
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    STATEMENT = "statement"
    SUPERBILL = "superbill"
    INCOME_YEAR = "income_year"


class InvoiceKind(enum.StrEnum):
    """A numbered money paper: each kind has its own run of numbers within a year."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class NoteFormat(enum.StrEnum):
    """How a session note is laid out: free text, one of the usual clinical formats, or one of
    the practice's own templates (then the note names its template)."""

    FREE = "free"
    SOAP = "soap"
    DAP = "dap"
    BIRP = "birp"
    TEMPLATE = "template"


class BookAction(enum.StrEnum):
    """What the therapist did to the book, as the Edit menu names it for undo and redo."""

    BOOK = "book"
    MOVE = "move"
    ATTENDED = "attended"
    ATTENDED_LATE = "attended_late"
    NO_SHOW = "no_show"
    MISSED_BY_ME = "missed_by_me"
    CANCELLATION = "cancellation"
    KEPT_ANOTHER_WAY = "kept_another_way"
    LATE_ARRIVAL = "late_arrival"
    REPAIR = "repair"
    DELETE = "delete"
    CALL = "call"
    PAYMENT = "payment"
    REFUND = "refund"
    CHARGE = "charge"
    END_CLIENT = "end_client"
    KEEP_CLIENT = "keep_client"
    ADD_BLOCK = "add_block"
    CHANGE_BLOCK = "change_block"
    DELETE_BLOCK = "delete_block"
    ADD_WAITING = "add_waiting"
    CHANGE_WAITING = "change_waiting"
    REMOVE_WAITING = "remove_waiting"
    BOOK_FROM_WAITING = "book_from_waiting"
