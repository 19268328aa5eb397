"""Diagnosis codes as a superbill prints them: ICD-10 codes, checked for their shape and kept
in one form.

A code is a letter, two digits and, after an optional dot, one to four more letters or digits
("F41.1", "F32.A", "S72.001A"). However it was typed ("f411", " F41.1 ; f32.0") the codes are
kept upper case, with the dot after the third character, separated by ", ", each once, in the
order typed. Only the shape is checked: whether a code exists is the therapist's knowledge,
not a list this program could keep up to date. At most twelve, as the insurer's claim form
has room for (A to L), so each can be pointed to by its letter.
"""

from __future__ import annotations

import re

from services.errors import InvalidValue

CODE = re.compile(r"([A-Z])([0-9]{2})(?:\.?([A-Z0-9]{1,4}))?")
SEPARATORS = re.compile(r"[,;\s]+")
MOST_CODES = 12
POINTERS = "ABCDEFGHIJKL"


def diagnosis_code(text: str, field: str = "diagnosis_codes") -> str:
    """One code in its kept form ("f411" -> "F41.1"), or InvalidValue naming what was typed."""
    typed = text.strip()
    shape = CODE.fullmatch(typed.upper()) if typed.isascii() else None
    if shape is None:
        raise InvalidValue("“{code}” is not the shape of an ICD-10 code: a letter, two digits, "
                           "then perhaps a dot and up to four more, such as F41.1.",
                           field=field, code=typed)
    letter, digits, more = shape.groups()
    return f"{letter}{digits}.{more}" if more else f"{letter}{digits}"


def diagnosis_codes(text: str, field: str = "diagnosis_codes") -> str:
    """The codes typed, in their kept form and joined by ", " ("" for none)."""
    kept: list[str] = []
    for typed in SEPARATORS.split(text.strip()):
        if typed:
            code = diagnosis_code(typed, field)
            if code not in kept:
                kept.append(code)
    if len(kept) > MOST_CODES:
        raise InvalidValue("A superbill has room for {limit} diagnosis codes at most.",
                           field=field, limit=MOST_CODES)
    return ", ".join(kept)


def codes_of(kept: str) -> tuple[str, ...]:
    """The kept codes one by one, in order."""
    return tuple(code for code in kept.split(", ") if code)
