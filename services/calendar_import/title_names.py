"""What an event's title says: the client's name in it, or the kind of time it keeps.

"Session with Ann Lee", "Сессия с Анной Ли", "Ann L.", "A.L.", "Lee, Ann" all name someone;
"Lunch", "Supervision", "Обед", "Супервизия" name time kept from clients.
"""

from __future__ import annotations

import re

from models.enums import BlockKind
from services.clients.search_key import fold

# Words around a name that are not part of it, folded (see search_key.fold), longest first.
SESSION_WORDS = (
    "first session with", "session with", "appointment with", "therapy with", "meeting with",
    "call with", "video with", "zoom with", "skype with", "session", "appointment", "therapy",
    "consultation", "intake", "первая сессия с", "сессия с", "встреча с", "консультация с",
    "звонок с", "приём", "прием", "сессия", "встреча", "консультация", "с",
)
BLOCK_WORDS = {
    BlockKind.LUNCH: ("lunch", "обед"),
    BlockKind.SUPERVISION: ("supervision", "intervision", "супервизия", "интервизия"),
    BlockKind.ADMIN: ("admin", "paperwork", "notes", "accounts", "бумаги", "админ",
                      "документы", "отчёт", "отчет"),
    BlockKind.TRAINING: ("training", "course", "workshop", "conference", "seminar",
                         "обучение", "курс", "семинар", "конференция", "тренинг"),
    BlockKind.HOLIDAY: ("holiday", "vacation", "day off", "leave", "away", "bank holiday",
                        "отпуск", "выходной", "праздник", "каникулы"),
    BlockKind.OTHER: ("break", "busy", "blocked", "personal", "private", "перерыв", "занято",
                      "личное"),
}
PARTS = re.compile(r"\s[-–—]\s|[()\[\]{}:–—|/]")  # what parts a name from the rest of a title
INITIALS = re.compile(r"^(\w)\.\s*(\w)\.?$")


def name_in(title: str) -> str:
    """The name a title gives as written, without the words around it ("Session with Ann
    Lee" → "Ann Lee"; "Lee, Ann" → "Ann Lee"; "Noah Fischer – couples" → "Noah Fischer"):
    the first part of the title (parted by a dash, a colon, brackets) that is more than the
    words of a session."""
    for part in PARTS.split(title):
        name = _without_session_words(part.split())
        if name:
            return name
    return ""


def _without_session_words(words: list[str]) -> str:
    longest = max(len(w.split()) for w in SESSION_WORDS)
    changed = True
    while changed and words:
        changed = False
        for size in range(min(longest, len(words)), 0, -1):
            if fold(" ".join(words[:size])) in SESSION_WORDS:
                words, changed = words[size:], True
                break
            if fold(" ".join(words[-size:])) in SESSION_WORDS:
                words, changed = words[:-size], True
                break
    text = " ".join(words).strip(" ,.-")
    if text.count(",") == 1:
        last, _, given = text.partition(",")
        if given.strip() and len(given.split()) <= 2 and len(last.split()) <= 2:
            text = f"{given.strip()} {last.strip()}"
    return text


def initials_in(title: str) -> str | None:
    """The two initials a title such as "A.L." or "A. L." gives, folded; None otherwise."""
    found = INITIALS.match(title.strip())
    return fold(found.group(1) + found.group(2)) if found else None


def block_kind_in(title: str, whole_day: bool = False) -> BlockKind | None:
    """The kind of time a title names ("Lunch", "Супервизия"), or None. Whole days are a
    holiday unless the title names something a day is kept for (training, supervision,
    admin): a "Christmas break" is not lunch."""
    kind = _named_kind(title)
    if whole_day and kind in (None, BlockKind.LUNCH, BlockKind.OTHER):
        return BlockKind.HOLIDAY
    return kind


def _named_kind(title: str) -> BlockKind | None:
    folded = f" {fold(title)} "
    for kind, words in BLOCK_WORDS.items():
        if any(f" {word} " in folded for word in words):
            return kind
    return None
