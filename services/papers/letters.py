"""Letters to clients: drafting one from its template, printing it, keeping it in the vault.

The one way in for the window and the command line. A letter is drafted (`draft_letter`: the
template filled with the practice's and the client's details), perhaps edited by the therapist
(`with_body`), rendered to PDF (`services.papers.letter_layout.render_letter`: pure, safe on any
thread, and the only part that loads reportlab) and kept
(`keep_letter`: the PDF in the vault, a line in the contact log and in the client's chart).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from models import Client, ContactLogEntry, Letter
from models.enums import ContactChannel, ContactOutcome, ContactReason, Language, LetterKind
from services import validation
from services.clients.chart import chart_entry
from services.clients.contact_reasons import reason_code
from services.errors import InvalidValue, NotFound, Refused
from services.labels import label
from services.papers import letter_templates as words
from services.papers.letter_drafts import (
    CLIENT_KINDS,
    LetterDraft,
    LetterLayout,
    TerminationReason,
    draft,
)
from services.practice.practice_row import practice_of
from services.vault.practice_vault import Vault

__all__ = [
    "KeptLetter", "LetterDraft", "LetterLayout", "TerminationReason", "client_letter_kinds",
    "despite_do_not_contact", "draft_letter", "keep_letter", "letter_file_name", "letter_pdf",
    "letters_of", "may_send", "with_body",
]

# A letter's body: a few pages at most; anything longer is a paste gone wrong.
BODY_LIMIT = 20_000
# Why a letter goes to a client who asked for none: a sentence, not an essay.
DESPITE_LIMIT = 500
HASH_SHOWN = 12


@dataclass(frozen=True)
class KeptLetter:
    """A letter kept in the vault, without its PDF (ask `letter_pdf` for that)."""

    id: int
    client_id: int | None
    kind: LetterKind
    language: Language
    made_at: datetime
    sha256: str
    edited: bool
    # What a money paper is of ("2026-0042"); empty for a letter.
    reference: str = ""


def client_letter_kinds() -> tuple[LetterKind, ...]:
    """The kinds of letter made for a client, in the order a menu offers them."""
    return CLIENT_KINDS


def draft_letter(vault: Vault, kind: LetterKind, client_id: int, *,
                 language: Language | None = None, reason: TerminationReason | None = None,
                 appointment_id: int | None = None, prevention: bool = False,
                 now: datetime | None = None) -> LetterDraft:
    """A letter of this kind for the client, filled from its template.

    `language` defaults to the practice's. A termination letter needs a `reason`. A missed-
    session letter is about a no-show, an apology about a session the therapist missed: the
    session `appointment_id`, or else the client's latest such session; a missed-session
    letter is refused (field "fee") while the policy asks a fee that is neither charged nor
    waived. An apology says a step was taken so that it does not happen again only with
    `prevention`. A client without a postal address gets a letter for email: no address
    block. StillroomError with `field` "fee", "reason", "appointment" or "kind".
    `now` (for tests) is the moment the letter is dated; the present by default.
    """
    return draft(vault, LetterKind(kind), client_id, language=language, reason=reason,
                 appointment_id=appointment_id, prevention=prevention, now=now)


def letter_file_name(draft: LetterDraft, day: date) -> str:
    """The name a saved letter is offered: 'Ending letter – Jack Carter – 2026-12-04.pdf', in
    the letter's language, without the characters a file name cannot hold."""
    name = f"{label(draft.kind, draft.language)} – {draft.client_name} – {day.isoformat()}"
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", name).strip(" .") + ".pdf"


def with_body(draft: LetterDraft, body: str) -> LetterDraft:
    """The draft with the therapist's edited body (not empty, not absurdly long);
    InvalidValue with field "body" otherwise."""
    body = validation.text(body.replace("\r\n", "\n"), "body", limit=BODY_LIMIT).strip()
    if not body:
        raise InvalidValue("A letter needs some text.", field="body")
    return replace(draft, body=body)


def despite_do_not_contact(draft: LetterDraft, reason: str) -> LetterDraft:
    """The draft with the therapist's reason for writing to a client who asked for no calls,
    messages or letters; InvalidValue with field "despite" when there is no reason."""
    reason = validation.text(reason, "despite", limit=DESPITE_LIMIT).strip()
    if not reason:
        raise InvalidValue("Please say why you are writing although the client asked not to "
                           "be contacted.", field="despite")
    return replace(draft, despite=reason)


def may_send(draft: LetterDraft) -> None:
    """Refused (field "despite") for a client who asked for no calls, messages or letters,
    unless the therapist gave a reason to write all the same."""
    if draft.do_not_contact and not draft.despite:
        raise Refused("This client asked for no calls, messages or letters. Write only with "
                      "a reason, which is kept in their chart.", field="despite")


def _chart_line(draft: LetterDraft, language: Language, day: date, sha256: str) -> str:
    """The chart's entry for a letter, in the practice's language (the therapist reads it)."""
    chart = words.common(language)["chart"]
    kind = label(draft.kind, language)
    if draft.reason is not None:
        kind = words.fill(chart["with_reason"], {"kind": kind,
                                                 "reason": label(draft.reason, language)})
    line = words.fill(chart["line"], {
        "kind": kind, "language": label(draft.language, language),
        "date": day.isoformat(), "hash": sha256[:HASH_SHOWN]})
    if draft.despite:
        line += "\n" + words.fill(chart["despite"], {"reason": draft.despite})
    return chart_entry(day, chart["heading"], line)


def keep_letter(vault: Vault, draft: LetterDraft, pdf: bytes,
                now: datetime | None = None) -> KeptLetter:
    """Keep a made letter in one unit of work: the Letter row (the PDF, its SHA-256, the
    edited text when the therapist edited it), a contact-log entry (a letter, sent) and a
    line in the client's chart (kind, date, language, the start of the hash)."""
    if draft.client_id is None:
        raise InvalidValue("A letter kept for a client needs the client.", field="client")
    may_send(draft)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    sha256 = hashlib.sha256(pdf).hexdigest()
    with vault.unit_of_work() as session:
        client = session.get(Client, draft.client_id)
        if client is None:
            raise NotFound("There is no client number {id}.", id=draft.client_id)
        letter = Letter(client_id=client.id, kind=draft.kind, language=draft.language,
                        made_at=now, sha256=sha256,
                        edited_text=draft.body if draft.edited else "", pdf=pdf)
        session.add(letter)
        practice = practice_of(session)
        language = Language(practice.language)
        session.add(ContactLogEntry(
            client_id=client.id, appointment_id=draft.appointment_id, at=now,
            channel=ContactChannel.LETTER, outcome=ContactOutcome.SENT,
            reason_code=reason_code(ContactReason.LETTER, draft.kind), note=draft.subject[:5000]))
        day = now.astimezone(ZoneInfo(practice.timezone)).date()
        entry = _chart_line(draft, language, day, sha256)
        earlier = client.chart_notes.rstrip()
        client.chart_notes = f"{earlier}\n\n{entry}" if earlier else entry
        session.flush()
        return KeptLetter(letter.id, client.id, draft.kind, draft.language, now, sha256,
                          draft.edited)


def _kept(letter: Letter) -> KeptLetter:
    return KeptLetter(letter.id, letter.client_id, letter.kind, letter.language,
                      letter.made_at, letter.sha256, bool(letter.edited_text), letter.reference)


def letters_of(vault: Vault, client_id: int) -> list[KeptLetter]:
    """The client's letters, newest first, without loading their PDFs."""
    with vault.unit_of_work() as session:
        kept = session.scalars(select(Letter).where(Letter.client_id == client_id)
                               .order_by(Letter.made_at.desc(), Letter.id.desc()))
        return [_kept(letter) for letter in kept]


def letter_pdf(vault: Vault, letter_id: int) -> bytes:
    """A kept letter's PDF, byte for byte as it was made. NotFound for an unknown id."""
    with vault.unit_of_work() as session:
        pdf = session.scalar(select(Letter.pdf).where(Letter.id == letter_id))
    if pdf is None:
        raise NotFound("There is no letter number {id}.", id=letter_id)
    return bytes(pdf)

