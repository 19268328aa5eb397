"""Changing a draft's format without losing a word of it."""

from __future__ import annotations

from collections.abc import Sequence

from services.notes.note_formats import SectionPrompt


def carried_texts(old: Sequence[SectionPrompt], texts: dict[str, str],
                  new: Sequence[SectionPrompt]) -> dict[str, str]:
    """The texts under `old`'s headings, moved to `new`'s: to the heading with the same key,
    else (the old heading's name first) to the end of the new format's first heading."""
    keys = {section.key for section in new}
    carried = {key: text for key, text in texts.items() if key in keys and text.strip()}
    left = [f"{section.heading}:\n{texts[section.key].strip()}" for section in old
            if section.key not in keys and texts.get(section.key, "").strip()]
    if left and new:
        first = new[0].key
        carried[first] = "\n\n".join([carried[first], *left] if first in carried else left)
    return carried
