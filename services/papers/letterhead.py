"""What the top of a practice's paper says, worked out from its settings.

Plain data, apart from reportlab, so that what drafts a letter loads no PDF machinery.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class PracticeLines(Protocol):
    """What a letterhead is made of: the practice's settings, or its row."""

    @property
    def practice_name(self) -> str: ...
    @property
    def therapist_name(self) -> str: ...
    @property
    def credentials(self) -> str: ...
    @property
    def letterhead(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def email(self) -> str: ...


@dataclass(frozen=True)
class Letterhead:
    """What the top of the first page says: the practice's own lines, then its contacts."""

    lines: tuple[str, ...]
    running_title: str

    @classmethod
    def of(cls, practice_name: str, therapist_name: str, credentials: str, letterhead: str,
           address: str, phone: str, email: str) -> Letterhead:
        own = [line.strip() for line in letterhead.splitlines() if line.strip()]
        if not own:
            who = ", ".join(part for part in (therapist_name, credentials) if part)
            own = [part for part in (practice_name, who) if part]
            own += [line.strip() for line in address.splitlines() if line.strip()]
        contacts = " · ".join(part for part in (phone, email) if part)
        if contacts and contacts not in own:
            own.append(contacts)
        return cls(lines=tuple(own), running_title=practice_name)

    @classmethod
    def of_practice(cls, practice: PracticeLines) -> Letterhead:
        """The letterhead the practice's settings (or its row) make."""
        return cls.of(practice.practice_name, practice.therapist_name, practice.credentials,
                      practice.letterhead, practice.address, practice.phone, practice.email)
