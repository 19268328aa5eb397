"""The formats a session note is written in, and the practice's note settings.

The built-in formats (free text, SOAP, DAP, BIRP) have their names, headings and prompts in
`resources/notes/formats.<language>.toml`; the practice's own are `NoteTemplate` rows, each
with its name, language and headings with prompts. Either is offered to the editor as a
`FormatChoice`. The practice's settings for notes (how many days a note may stay unsigned,
the format a new note starts in) live on the practice's row and are read and changed here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import NoteTemplate
from models.enums import Language, NoteFormat
from services import validation
from services.errors import InvalidValue, NotFound
from services.practice.practice_row import practice_of
from services.vault.practice_vault import Vault
from services.words import words_file

BUILT_IN = (NoteFormat.FREE, NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP)
MAX_SECTIONS = 12
UNSIGNED_DAYS = (1, 90)


@dataclass(frozen=True)
class SectionPrompt:
    """One heading of a format, with the prompt shown under it while it is empty."""

    key: str
    heading: str
    prompt: str = ""


@dataclass(frozen=True)
class FormatChoice:
    """A format as the note editor offers it: built in, or the practice's own template."""

    format: NoteFormat
    name: str
    language: Language
    sections: tuple[SectionPrompt, ...]
    template_id: int | None = None
    retired: bool = False


@dataclass(frozen=True)
class TemplateDraft:
    """A format of the practice's own as the therapist writes it: headings with prompts."""

    name: str
    language: Language
    sections: tuple[tuple[str, str], ...]  # (heading, prompt), in order


@dataclass(frozen=True)
class NoteSettings:
    """Days a note may stay unsigned after its session before closing a day flags it, and
    the format a new note starts in (`note_template_id` when it is the practice's own)."""

    unsigned_note_days: int = 3
    note_format: NoteFormat = NoteFormat.FREE
    note_template_id: int | None = None


def _words(language: Language) -> dict[str, Any]:
    return words_file("notes", "formats", language)


def built_in(note_format: NoteFormat, language: Language) -> FormatChoice:
    """A built-in format's name, headings and prompts in `language`."""
    if note_format not in BUILT_IN:
        raise InvalidValue("{format} is not a built-in format.", field="format",
                           format=str(note_format))
    words = _words(Language(language))[NoteFormat(note_format).value]
    return FormatChoice(NoteFormat(note_format), words["name"], Language(language),
                        tuple(SectionPrompt(s["key"], s["heading"], s["prompt"])
                              for s in words["sections"]))


def template_key(position: int) -> str:
    """The key of a template's section: its place, since a template's headings are free."""
    return f"section{position + 1}"


def _choice(template: NoteTemplate) -> FormatChoice:
    sections = json.loads(template.sections)
    return FormatChoice(
        NoteFormat.TEMPLATE, template.name, Language(template.language),
        tuple(SectionPrompt(template_key(n), s["heading"], s.get("prompt", ""))
              for n, s in enumerate(sections)),
        template.id, template.retired_at is not None)


def format_in(session: Session, note_format: NoteFormat, template_id: int | None,
              language: Language) -> FormatChoice:
    """The format a note is written in: a built-in in its language, or the template."""
    if NoteFormat(note_format) != NoteFormat.TEMPLATE:
        if template_id is not None:
            raise InvalidValue("Only the practice's own format names a template.",
                               field="format")
        return built_in(note_format, language)
    if template_id is None:
        raise InvalidValue("Please choose one of the practice's formats.", field="format")
    template = session.get(NoteTemplate, template_id)
    if template is None:
        raise NotFound("There is no note format number {id}.", id=template_id)
    return _choice(template)


def format_choices(vault: Vault, language: Language) -> tuple[FormatChoice, ...]:
    """What the editor offers: the built-ins in `language`, then the practice's templates in
    use (each in its own language), by name."""
    with vault.unit_of_work() as session:
        templates = session.scalars(select(NoteTemplate).where(NoteTemplate.retired_at.is_(None))
                                    .order_by(NoteTemplate.name, NoteTemplate.id))
        own = tuple(_choice(template) for template in templates)
    return tuple(built_in(f, language) for f in BUILT_IN) + own


def practice_templates(vault: Vault, *, retired: bool = False) -> tuple[FormatChoice, ...]:
    """The practice's own formats by name; the retired ones too when asked."""
    statement = select(NoteTemplate).order_by(NoteTemplate.name, NoteTemplate.id)
    if not retired:
        statement = statement.where(NoteTemplate.retired_at.is_(None))
    with vault.unit_of_work() as session:
        return tuple(_choice(template) for template in session.scalars(statement))


def _checked(draft: TemplateDraft) -> tuple[str, Language, str]:
    name = validation.text(draft.name, "name", multiline=False, limit=validation.MAX_NAME)
    if not name:
        raise InvalidValue("Please give the format a name.", field="name")
    if not draft.sections:
        raise InvalidValue("A format needs at least one heading.", field="sections")
    if len(draft.sections) > MAX_SECTIONS:
        raise InvalidValue("A format can have at most {limit} headings.", field="sections",
                           limit=MAX_SECTIONS)
    sections = []
    for n, (heading, prompt) in enumerate(draft.sections):
        heading = validation.text(heading, f"sections.{n}", multiline=False, limit=200)
        if not heading:
            raise InvalidValue("Every heading needs some words.", field=f"sections.{n}")
        sections.append({"heading": heading,
                         "prompt": validation.text(prompt, f"sections.{n}.prompt",
                                                   limit=2000).strip()})
    return name, Language(draft.language), json.dumps(sections, ensure_ascii=False)


def save_template(vault: Vault, draft: TemplateDraft, template_id: int | None = None) -> int:
    """Add a format of the practice's own, or change one (`template_id`); returns its id.

    Notes already written keep the headings they were written under."""
    name, language, sections = _checked(draft)
    with vault.unit_of_work() as session:
        if template_id is None:
            template = NoteTemplate(created_at=datetime.now(UTC))
            session.add(template)
        else:
            found = session.get(NoteTemplate, template_id)
            if found is None:
                raise NotFound("There is no note format number {id}.", id=template_id)
            template = found
        template.name, template.language, template.sections = name, language, sections
        session.flush()
        return template.id


def retire_template(vault: Vault, template_id: int) -> None:
    """No longer offer a format of the practice's own; the notes written in it keep it.
    When it was the practice's default, new notes start in free text."""
    with vault.unit_of_work() as session:
        template = session.get(NoteTemplate, template_id)
        if template is None:
            raise NotFound("There is no note format number {id}.", id=template_id)
        if template.retired_at is None:
            template.retired_at = datetime.now(UTC)
        practice = practice_of(session)
        if practice.note_template_id == template_id:
            practice.note_format, practice.note_template_id = NoteFormat.FREE, None



def note_settings_in(session: Session) -> NoteSettings:
    practice = practice_of(session)
    return NoteSettings(practice.unsigned_note_days, NoteFormat(practice.note_format),
                        practice.note_template_id)


def read_note_settings(vault: Vault) -> NoteSettings:
    with vault.unit_of_work() as session:
        return note_settings_in(session)


def update_note_settings(vault: Vault, settings: NoteSettings) -> NoteSettings:
    """Change the note settings, all checked first: days from 1 to 90, and a default format
    that exists (a template in use, when it is the practice's own)."""
    days = validation.whole_number(settings.unsigned_note_days, "unsigned_note_days",
                                   *UNSIGNED_DAYS)
    with vault.unit_of_work() as session:
        choice = format_in(session, settings.note_format, settings.note_template_id,
                           Language.ENGLISH)
        if choice.retired:
            raise InvalidValue("That format is no longer in use.", field="note_format")
        practice = practice_of(session)
        practice.unsigned_note_days = days
        practice.note_format = choice.format
        practice.note_template_id = choice.template_id
        return note_settings_in(session)
