"""Why the practice got in touch, kept as a code and read in anyone's language.

A code is a `ContactReason` value, followed for a letter by its `LetterKind` and for the call
list by its `CallRule` and, when something was decided, the `Decision`, each after a colon:
"after_no_show", "letter:termination", "call_list:no_show_not_contacted:booked". The contact
log keeps the code, so an entry made in the English window reads in Russian in the Russian
one; words a person typed, or old words no code was found for, are kept as they are.
"""

from __future__ import annotations

import enum

from models.enums import ContactReason, Language, LetterKind
from services.labels import label, table

SEPARATOR = ":"
# The vocabulary each detail of a code comes from, by the reason it details.
DETAILS = {ContactReason.LETTER: ("LetterKind",),
           ContactReason.CALL_LIST: ("CallRule", "Decision")}
NOTHING_DECIDED = "no_decision"


def reason_code(reason: ContactReason, *details: enum.StrEnum) -> str:
    """The code for a reason and its details: reason_code(LETTER, LetterKind.APOLOGY)."""
    return SEPARATOR.join((ContactReason(reason).value, *(d.value for d in details)))


def is_reason_code(text: str) -> bool:
    """Whether `text` is a code `reason_code` makes (rather than words)."""
    first, *details = text.split(SEPARATOR)
    if first not in ContactReason._value2member_map_:
        return False
    vocabularies = DETAILS.get(ContactReason(first), ())
    english = table(Language.ENGLISH)
    return len(details) <= len(vocabularies) and all(
        detail in english[vocabulary] for vocabulary, detail in zip(vocabularies, details,
                                                                  strict=False))


def reason_words(code: str | None, text: str, language: Language) -> str:
    """The reason as `language` says it: the code's words, else the words kept."""
    if not code or not is_reason_code(code):
        return text
    first, *details = code.split(SEPARATOR)
    reason = ContactReason(first)
    if reason == ContactReason.LETTER and details:
        return label(LetterKind(details[0]), language)
    words = label(reason, language)
    if reason != ContactReason.CALL_LIST or not details:
        return words
    words_of = table(Language(language))
    words = f"{words}: {words_of['CallRule'][details[0]]}"
    if len(details) > 1 and details[1] != NOTHING_DECIDED:
        words = f"{words}; {words_of['Decision'][details[1]].lower()}"
    return words
