"""What the note editor reads before it shows: the session, its note, the formats to offer.

One job on the database worker (`read_editor_facts`), returning plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from models.enums import Language, NoteFormat
from services.calendar.appointments import CalendarEntry, find_entry
from services.notes.note_formats import (
    FormatChoice,
    SectionPrompt,
    built_in,
    format_choices,
    practice_templates,
    read_note_settings,
)
from services.notes.note_reading import Note, note_of_session
from services.practice.practice_settings import read_settings
from services.vault.practice_vault import Vault


@dataclass(frozen=True)
class EditorFacts:
    """The session, its note (None: none begun), the formats offered (the note's own among
    them), and the format the note is in, or starts in."""

    entry: CalendarEntry
    zone: ZoneInfo
    note: Note | None
    choices: tuple[FormatChoice, ...]
    current: FormatChoice


def same_format(one: FormatChoice, other: FormatChoice) -> bool:
    return (one.format, one.template_id, one.language) == (
        other.format, other.template_id, other.language)


def _note_format(vault: Vault, note: Note) -> FormatChoice:
    """The format a note was written in, with its prompts; a retired template's headings as
    the note keeps them."""
    if note.format != NoteFormat.TEMPLATE:
        return built_in(note.format, note.language)
    found = next((choice for choice in practice_templates(vault, retired=True)
                  if choice.template_id == note.template_id), None)
    if found is not None:
        return found
    return FormatChoice(NoteFormat.TEMPLATE, "", note.language,
                        tuple(SectionPrompt(s.key, s.heading) for s in note.sections),
                        note.template_id, retired=True)


def read_editor_facts(vault: Vault, appointment_id: int, language: Language) -> EditorFacts:
    """Everything the editor shows first, in the window's `language`."""
    entry = find_entry(vault, appointment_id)
    zone = read_settings(vault).zone
    note = note_of_session(vault, appointment_id)
    choices = format_choices(vault, language)
    if note is not None:
        current = _note_format(vault, note)
    else:
        settings = read_note_settings(vault)
        current = next((choice for choice in choices
                        if choice.format == settings.note_format
                        and choice.template_id == settings.note_template_id
                        and (choice.template_id is not None or choice.language == language)),
                       choices[0])
    if not any(same_format(choice, current) for choice in choices):
        choices = (current, *choices)
    return EditorFacts(entry, zone, note, choices, current)
