"""The formats a note is written in, in both languages, and the practice's note settings."""

from __future__ import annotations

import pytest

from models.enums import Language, NoteFormat
from services.errors import InvalidValue, NotFound
from services.notes.note_formats import (
    BUILT_IN,
    NoteSettings,
    TemplateDraft,
    built_in,
    format_choices,
    practice_templates,
    read_note_settings,
    retire_template,
    save_template,
    update_note_settings,
)
from services.vault.practice_vault import Vault

HEADINGS = {NoteFormat.FREE: 1, NoteFormat.SOAP: 4, NoteFormat.DAP: 3, NoteFormat.BIRP: 4}


@pytest.mark.parametrize("note_format", BUILT_IN)
def test_every_built_in_format_has_the_same_headings_in_both_languages(
        note_format: NoteFormat) -> None:
    english, russian = built_in(note_format, Language.ENGLISH), built_in(note_format,
                                                                         Language.RUSSIAN)
    assert [s.key for s in english.sections] == [s.key for s in russian.sections]
    assert len(english.sections) == HEADINGS[note_format]
    for choice in (english, russian):
        assert choice.name and all(s.heading and s.prompt for s in choice.sections)
    assert english.sections[0].heading != russian.sections[0].heading


def test_the_practice_s_own_formats_are_offered_after_the_built_ins(vault: Vault) -> None:
    couples = save_template(vault, TemplateDraft("Couples", Language.ENGLISH,
                                                 (("The pattern", "What repeats"),)))
    save_template(vault, TemplateDraft("Группа", Language.RUSSIAN, (("Тема", ""),)))
    choices = format_choices(vault, Language.ENGLISH)
    assert [c.format for c in choices[:4]] == list(BUILT_IN)
    assert [c.name for c in choices[4:]] == ["Couples", "Группа"]
    assert choices[4].sections[0].key == "section1" and choices[4].template_id == couples
    retire_template(vault, couples)
    assert [c.name for c in practice_templates(vault)] == ["Группа"]
    assert [(c.name, c.retired) for c in practice_templates(vault, retired=True)] == [
        ("Couples", True), ("Группа", False)]


def test_a_template_needs_a_name_and_headings(vault: Vault) -> None:
    for draft in (TemplateDraft(" ", Language.ENGLISH, (("Heading", ""),)),
                  TemplateDraft("Empty", Language.ENGLISH, ()),
                  TemplateDraft("Blank heading", Language.ENGLISH, ((" ", "prompt"),))):
        with pytest.raises(InvalidValue):
            save_template(vault, draft)
    assert practice_templates(vault) == ()


def test_the_note_settings_start_at_three_days_and_free_text(vault: Vault) -> None:
    assert read_note_settings(vault) == NoteSettings(3, NoteFormat.FREE, None)
    template = save_template(vault, TemplateDraft("Mine", Language.ENGLISH, (("A", ""),)))
    update_note_settings(vault, NoteSettings(7, NoteFormat.TEMPLATE, template))
    assert read_note_settings(vault) == NoteSettings(7, NoteFormat.TEMPLATE, template)
    retire_template(vault, template)  # new notes then start in free text
    assert read_note_settings(vault) == NoteSettings(7, NoteFormat.FREE, None)
    with pytest.raises(InvalidValue):
        update_note_settings(vault, NoteSettings(0))
    with pytest.raises(InvalidValue):
        update_note_settings(vault, NoteSettings(3, NoteFormat.TEMPLATE, template))
    with pytest.raises(NotFound):
        update_note_settings(vault, NoteSettings(3, NoteFormat.TEMPLATE, 999))
    with pytest.raises(InvalidValue):
        update_note_settings(vault, NoteSettings(3, NoteFormat.SOAP, template))
    assert read_note_settings(vault).note_format == NoteFormat.FREE
