"""Errors a therapist can read and act on.

Each carries an English message template and its values, so the window can translate the
template and the command line can print it as it is. `field` names the form field at fault;
`part`, set by a use case, names the part of a decision it is about (the fee, the booking).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class StillroomError(Exception):
    def __init__(self, template: str, field: str | None = None, **values: Any) -> None:
        self.template = template
        self.field = field
        self.part: str | None = None
        self.values = values
        super().__init__(template.format(**values))

    @property
    def message(self) -> str:
        return str(self)


@contextmanager
def part(name: str) -> Iterator[None]:
    """Say which part of a decision a refusal raised inside is about (unless it says)."""
    try:
        yield
    except StillroomError as error:
        if error.part is None:
            error.part = name
        raise


class InvalidValue(StillroomError):
    """A value the vault will not take (out of range, malformed, too long)."""


class InvalidRows(StillroomError):
    """A file of rows, some of them bad; `problems` lists (line number, reason) for each."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        super().__init__("{count} rows cannot be imported; nothing was imported.",
                         count=len(problems))


class VaultError(StillroomError):
    """The vault cannot be opened, created or written as asked."""


class WrongPassphrase(VaultError):
    pass


class VaultInUse(VaultError):
    pass


class NotFound(StillroomError):
    pass


class Ambiguous(StillroomError):
    """A name that matches more than one client; `matches` holds what it matched."""

    def __init__(self, template: str, matches: list[str], **values: Any) -> None:
        self.matches = matches
        super().__init__(template, **values)


class Refused(StillroomError):
    """An action the practice's rules do not allow (deleting a session that has a fee...)."""


class Conflicts(StillroomError):
    """Booking would clash; `conflicts` says with what. The therapist may book anyway."""

    def __init__(self, conflicts: list[Any]) -> None:
        self.conflicts = conflicts
        super().__init__("This booking clashes with {count} other sessions.", count=len(conflicts))


class KeyFileDamaged(VaultError):
    """The key file cannot be read as it is. `recoverable`: only the passphrase's slot is at
    fault, so the recovery code still opens the practice."""

    def __init__(self, template: str, recoverable: bool = False, **values: Any) -> None:
        self.recoverable = recoverable
        super().__init__(template, **values)


class CalendarFileRefused(StillroomError):
    """A calendar (.ics) file that cannot be read exactly; `line` is where, when one line is
    at fault."""

    def __init__(self, template: str, line: int | None = None, **values: Any) -> None:
        self.line = line
        super().__init__(template, line=line, **values)
