"""Drafting a letter: the client's and the practice's facts poured into the kind's template.

Facts are read in one unit of work (the client, the practice, the session the letter is
about, the last and next sessions, the balance); the template chooses its words from them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client
from models.enums import AppointmentStatus, Envelope, Language, LetterKind, PaperSize
from services.errors import InvalidValue, NotFound, Refused
from services.money.fee_policy import appointment_of, fee_by_rule, session_fee_of
from services.money.ledger import balance_of
from services.money.missed_session_fees import next_session_of, still_charged, waived
from services.papers import letter_templates as words
from services.papers.letter_dates import written_date, written_time
from services.papers.letterhead import Letterhead
from services.practice.practice_row import practice_of
from services.practice.practice_settings import PracticeSettings, settings_of
from services.vault.practice_vault import Vault

CLIENT_KINDS = (LetterKind.TERMINATION, LetterKind.MISSED_SESSION, LetterKind.APOLOGY,
                LetterKind.CHECK_IN, LetterKind.ATTENDANCE_AGREEMENT)
# The session a letter is about: a no-show, or one the therapist missed.
ABOUT = {LetterKind.MISSED_SESSION: AppointmentStatus.NO_SHOW,
         LetterKind.APOLOGY: AppointmentStatus.MISSED_BY_THERAPIST}
ATTENDED = (AppointmentStatus.ATTENDED, AppointmentStatus.ATTENDED_LATE)
# A file closes this long after a "no contact" termination letter, to leave time to answer.
CLOSING_NOTICE = timedelta(days=14)


class TerminationReason(enum.StrEnum):
    """Why the work ends; each has its own termination letter."""

    CHOSE_TO_STOP = "chose_to_stop"
    NO_CONTACT = "no_contact"
    COMPLETED = "completed"
    REFERRAL = "referral"


@dataclass(frozen=True)
class LetterLayout:
    """Every fact the page needs besides the subject and the body.

    `recipient` is the client's name then their address lines, printed where the envelope's
    window is; empty for a letter without a postal address (sent by email). `date_text` is the
    date as the letter's language writes it. `page_words` is "Page {page} of {pages}" in that
    language. `handout` is a list of (question, answer) printed after the letter under
    `handout_title` (the attendance agreement's Q&A); `sign_lines` are captions of lines left
    for the client to sign (the agreement), printed under the therapist's signature.
    """

    paper: PaperSize
    envelope: Envelope
    letterhead: Letterhead
    recipient: tuple[str, ...]
    date_text: str
    greeting: str
    closing: str
    signature_name: str
    signature_credentials: str
    page_words: str
    running_head: str
    handout_title: str = ""
    handout: tuple[tuple[str, str], ...] = ()
    sign_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class LetterDraft:
    """A letter ready to render. `body` is what the therapist may edit (paragraphs separated
    by a blank line); `template_body` is the body as the template filled it. `closes_on` is
    the day a "no contact" ending letter says the file closes. `do_not_contact`: the client
    asked for no calls, messages or letters, so the letter is kept only with the therapist's
    reason for writing all the same (`despite`)."""

    kind: LetterKind
    language: Language
    client_id: int | None
    appointment_id: int | None
    reason: TerminationReason | None
    subject: str
    body: str
    template_body: str
    layout: LetterLayout
    client_name: str = ""
    closes_on: date | None = None
    do_not_contact: bool = False
    despite: str = ""

    @property
    def edited(self) -> bool:
        return self.body != self.template_body


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _about(session: Session, kind: LetterKind, client: Client,
           appointment_id: int | None) -> Appointment | None:
    """The session a missed-session letter or an apology is about, or None for other kinds."""
    status = ABOUT.get(kind)
    if status is None:
        return None
    if appointment_id is not None:
        appointment = appointment_of(session, appointment_id)
        if appointment.client_id != client.id or appointment.status != status:
            raise InvalidValue("This letter is about a session of {name}'s that was missed, "
                               "and this session was not.", field="appointment",
                               name=client.full_name)
        return appointment
    latest = session.scalars(
        select(Appointment).where(Appointment.client_id == client.id,
                                  Appointment.status == status)
        .order_by(Appointment.starts_at.desc()).limit(1)
    ).first()
    if latest is None:
        raise Refused("{name} has no missed session for this letter to be about.",
                      field="appointment", name=client.full_name)
    return latest


def first_name(client: Client) -> str:
    """The name a letter greets: the client's preferred name, else the first of their names."""
    return client.preferred_name or client.full_name.split()[0]


def _fee_paragraph(session: Session, about: Appointment, policy: int | None,
                   charged: int, local_day: date) -> str | None:
    """What a missed-session letter says of the fee: the fee charged, or the waiver recorded.
    Never a waiver nobody decided: with a fee in the policy and neither, it is refused (the
    refusal's values carry the session and the policy's fee, for the window to offer both)."""
    if charged:
        return "fee_due"
    if waived(session, about.id):
        return "fee_waived"
    if not policy:
        return None
    raise Refused("The fee for the missed session on {day} is not decided yet. Charge it or "
                  "waive it first; then the letter can say which.", field="fee",
                  day=local_day.isoformat(), appointment_id=about.id, amount=policy)


def _last_attended(session: Session, client_id: int, now: datetime) -> datetime | None:
    return session.scalar(
        select(Appointment.starts_at).where(
            Appointment.client_id == client_id, Appointment.status.in_(ATTENDED),
            Appointment.starts_at <= now,
        ).order_by(Appointment.starts_at.desc()).limit(1)
    )


class _Words:
    """The values a template is filled with, and its paragraphs chosen by the facts."""

    def __init__(self, template: words.Template, language: Language) -> None:
        self.template = template
        self.shared = words.common(language)["paragraphs"]
        self.values: dict[str, str] = {}

    def paragraph(self, field: str, key: str | None) -> None:
        """Fill `field` with the paragraph `key` (the template's own, else the shared one);
        empty when there is none: that kind of letter does not say it."""
        text = "" if key is None else self.template.paragraphs.get(key, self.shared.get(key))
        self.values[field] = words.fill(text or "", self.values)


def draft(vault: Vault, kind: LetterKind, client_id: int, *, language: Language | None,
          reason: TerminationReason | None, appointment_id: int | None,
          prevention: bool = False, now: datetime | None = None) -> LetterDraft:
    """`services.papers.letters.draft_letter`: see there."""
    if kind not in CLIENT_KINDS:
        raise InvalidValue("Stillroom cannot write a {kind} letter to a client.", field="kind",
                           kind=str(kind))
    if kind is LetterKind.TERMINATION and reason is None:
        raise InvalidValue("Please choose why the work is ending.", field="reason")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    with vault.unit_of_work() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("There is no client number {id}.", id=client_id)
        settings = settings_of(practice_of(session))
        language = Language(language or settings.language)
        name = kind.value if reason is None else f"{kind.value}-{TerminationReason(reason)}"
        template = words.template(name, language)
        pick = _Words(template, language)
        zone, currency = settings.zone, settings.currency
        today = now.astimezone(zone).date()

        def day(moment: datetime | date) -> str:
            local = moment.astimezone(zone).date() if isinstance(moment, datetime) else moment
            return written_date(local, language)

        def money(minor: int) -> str:
            return words.money(minor, currency, language)

        owed = balance_of(session, client.id)
        fee = client.fee_override if client.fee_override is not None else settings.session_fee
        v = pick.values
        v.update(
            practice_name=settings.practice_name, therapist_name=settings.therapist_name,
            credentials=settings.credentials, practice_address=", ".join(lines(settings.address)),
            practice_phone=settings.phone, practice_email=settings.email,
            client_name=client.full_name, client_preferred=first_name(client),
            client_address=", ".join(lines(client.address)),
            today=day(today), close_date=day(today + CLOSING_NOTICE),
            how_to_reach=words.how_to_reach(language, settings.phone, settings.email),
            session_minutes=str(settings.session_minutes), session_fee=money(fee),
            cancel_window=str(settings.cancel_window_hours),
            no_show_fee=words.fee_rule_text(language, settings.no_show_fee_rule,
                                            settings.no_show_fee_value, fee, currency),
            late_cancel_fee=words.fee_rule_text(language, settings.late_cancel_fee_rule,
                                                settings.late_cancel_fee_value, fee, currency),
            balance=money(owed),
        )
        last = _last_attended(session, client.id, now)
        v["last_session_date"] = day(last) if last else ""
        upcoming = next_session_of(session, client.id, now)
        v["next_session_date"] = day(upcoming.starts_at) if upcoming else ""
        v["next_session_time"] = (written_time(upcoming.starts_at.astimezone(zone).time())
                                  if upcoming else "")
        about = _about(session, kind, client, appointment_id)
        if about is not None:
            v["session_date"] = day(about.starts_at)
            v["session_time"] = written_time(about.starts_at.astimezone(zone).time())
            charged = still_charged(session, about.id)
            v["fee"] = money(charged)
            policy = fee_by_rule(settings.no_show_fee_rule, settings.no_show_fee_value,
                                 session_fee_of(session, about))
            pick.paragraph("policy_paragraph", "policy" if policy is not None else "policy_free")
            if kind is LetterKind.MISSED_SESSION:
                pick.paragraph("fee_paragraph", _fee_paragraph(
                    session, about, policy, charged, about.starts_at.astimezone(zone).date()))
            pick.paragraph("charge_paragraph", None if charged else "no_charge")
        pick.paragraph("last_session_paragraph", "last_session" if last else "no_last_session")
        pick.paragraph("next_paragraph", "next_booked" if upcoming else "next_none")
        pick.paragraph("balance_paragraph", "balance_due" if owed > 0 else None)
        pick.paragraph("resources_paragraph", "resources")
        pick.paragraph("late_paragraph",
                       "late_fee" if v["late_cancel_fee"] else "late_free")
        pick.paragraph("no_show_paragraph", "no_show_fee" if v["no_show_fee"] else "no_show_free")
        pick.paragraph("forgiven_paragraph",
                       "forgiven" if settings.first_missed_forgiven else None)
        pick.paragraph("prevention_paragraph", "prevention" if prevention else None)
        address = lines(client.address)
        recipient = (client.full_name, *address) if address else ()
        closes_on = today + CLOSING_NOTICE if reason == TerminationReason.NO_CONTACT else None
        drafted = _assemble(kind, language, client_id, about.id if about else None, reason,
                            template, pick.values, settings, recipient)
        return replace(drafted, client_name=client.full_name, closes_on=closes_on,
                       do_not_contact=client.do_not_contact)


def _assemble(kind: LetterKind, language: Language, client_id: int, appointment_id: int | None,
              reason: TerminationReason | None, template: words.Template,
              values: dict[str, str], settings: PracticeSettings,
              recipient: tuple[str, ...]) -> LetterDraft:
    shared = words.common(language)
    body = words.tidy(words.fill(template.body, values))
    layout = LetterLayout(
        paper=settings.paper_size, envelope=settings.envelope,
        letterhead=Letterhead.of_practice(settings),
        recipient=recipient, date_text=values["today"],
        greeting=words.fill(shared["greeting"], values),
        closing=shared["closing"],
        signature_name=settings.therapist_name or settings.practice_name,
        signature_credentials=settings.credentials, page_words=shared["page_words"],
        running_head=words.fill(shared["running_head"], values),
        handout_title=template.handout_title,
        handout=tuple((words.fill(q, values), words.tidy(words.fill(a, values)))
                      for q, a in template.qa),
        sign_lines=template.sign_lines,
    )
    return LetterDraft(kind=kind, language=language, client_id=client_id,
                       appointment_id=appointment_id,
                       reason=TerminationReason(reason) if reason else None,
                       subject=words.fill(template.subject, values), body=body,
                       template_body=body, layout=layout)
