"""The practice: who the therapist is and the written policy the app follows."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UtcDateTime, text_enum
from models.enums import Envelope, FeeRule, Language, NoteFormat, PaperSize


class Practice(Base):
    """One row: the practice's details, working hours and fee policy."""

    __tablename__ = "practice"
    __audited__ = True
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    practice_name: Mapped[str] = mapped_column(String(200))
    therapist_name: Mapped[str] = mapped_column(String(200), default="")
    credentials: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    letterhead: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[Language] = mapped_column(text_enum(Language), default=Language.ENGLISH)
    currency: Mapped[str] = mapped_column(String(3), default="GBP")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    paper_size: Mapped[PaperSize] = mapped_column(text_enum(PaperSize), default=PaperSize.A4)
    envelope: Mapped[Envelope] = mapped_column(text_enum(Envelope), default=Envelope.DL)

    work_starts: Mapped[time] = mapped_column(Time, default=time(9, 0))
    work_ends: Mapped[time] = mapped_column(Time, default=time(18, 0))
    # ISO weekdays the practice works, as digits: "12345" is Monday to Friday.
    work_days: Mapped[str] = mapped_column(String(7), default="12345")
    session_minutes: Mapped[int] = mapped_column(Integer, default=50)
    session_fee: Mapped[int] = mapped_column(Integer, default=0)

    cancel_window_hours: Mapped[int] = mapped_column(Integer, default=24)
    late_cancel_fee_rule: Mapped[FeeRule] = mapped_column(text_enum(FeeRule), default=FeeRule.FULL)
    late_cancel_fee_value: Mapped[int] = mapped_column(Integer, default=0)
    no_show_fee_rule: Mapped[FeeRule] = mapped_column(text_enum(FeeRule), default=FeeRule.FULL)
    no_show_fee_value: Mapped[int] = mapped_column(Integer, default=0)
    first_missed_forgiven: Mapped[bool] = mapped_column(default=False)

    late_call_minutes: Mapped[int] = mapped_column(Integer, default=15)
    follow_up_days: Mapped[int] = mapped_column(Integer, default=7)
    silence_days: Mapped[int] = mapped_column(Integer, default=30)
    waiting_room_gap_minutes: Mapped[int] = mapped_column(Integer, default=15)
    # How many unanswered calls before the call list offers a closing letter.
    call_attempts: Mapped[int] = mapped_column(Integer, default=3)
    # How far ahead the call list looks for scheduling mistakes to fix.
    scheduling_weeks: Mapped[int] = mapped_column(Integer, default=4)
    # Reminders for the therapist before each session: off until the therapist turns them on
    # (in Settings, or as the step after missing a session).
    reminders: Mapped[bool] = mapped_column(default=False)
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    # The key file's practice id, so a key file from elsewhere is noticed (schema 0004).
    vault_id: Mapped[str] = mapped_column(String(36), default="")

    # Session notes: days after its session before an unsigned note is a problem when the day
    # is closed, and the format a new note starts in (with its template, the practice's own).
    unsigned_note_days: Mapped[int] = mapped_column(Integer, default=3)
    note_format: Mapped[NoteFormat] = mapped_column(text_enum(NoteFormat),
                                                    default=NoteFormat.FREE)
    note_template_id: Mapped[int | None] = mapped_column(ForeignKey("note_template.id"))
    # The folder the therapist last saved a paper in, kept here rather than in Qt's settings
    # (a plain file): a folder's name can say whose papers are in it (schema 0006).
    last_folder: Mapped[str] = mapped_column(Text, default="")

    # Money papers (schema 0010). Invoice and credit-note numbers follow these patterns:
    # YYYY is the year, a run of # the number padded to that many digits.
    invoice_pattern: Mapped[str] = mapped_column(String(40), default="YYYY-####")
    credit_note_pattern: Mapped[str] = mapped_column(String(40), default="CN-YYYY-####")
    # Days from issue to the due date (0: due on receipt), and how to pay, printed on invoices.
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=14)
    payment_details: Mapped[str] = mapped_column(Text, default="")
    # Make a receipt for every payment of the day when the day is closed.
    receipts_at_close: Mapped[bool] = mapped_column(default=False)
    # Superbills for clients who claim from an insurer: off unless the practice turns them on,
    # with the identifiers the insurer's form asks for.
    superbills: Mapped[bool] = mapped_column(default=False)
    licence: Mapped[str] = mapped_column(String(100), default="")
    npi: Mapped[str] = mapped_column(String(20), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")

    # Reminders (schema 0011): how long before a session, whether a reminder may show a
    # client's full name (initials otherwise: the screen may be shared), and the day's agenda
    # when the working day starts. `reminded_until` is the instant up to which sessions were
    # reminded of and `agenda_shown_on` the day whose agenda was given, so that a restart never
    # repeats one; kept here, in the vault, as they are about when clients come.
    reminder_minutes: Mapped[int] = mapped_column(Integer, default=10)
    reminder_full_names: Mapped[bool] = mapped_column(default=False)
    agenda_at_start: Mapped[bool] = mapped_column(default=True)
    reminded_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    agenda_shown_on: Mapped[date | None] = mapped_column(Date)
