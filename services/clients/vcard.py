"""Contacts as phones and address books export them (vCard 2.1, 3.0 and 4.0, `.vcf`).

Read here rather than with a library: the few properties a client list needs (FN and N,
NICKNAME, TEL with its TYPE, EMAIL, ADR, BDAY, NOTE) are simple lines, and reading them
ourselves keeps the import's rules (each card's line in every refusal, nothing written until
all of it reads) without a dependency that would bring date and time-zone packages of its own.
Long lines folded onto the next (a space or tab first) are unfolded; escaped commas,
semicolons and line breaks are read back; 2.1's quoted-printable values (with their soft line
breaks) are decoded in the charset they name. A second email or address goes into the notes,
and a birthday without a year too; other properties (ORG, PHOTO…) are listed as not imported.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from services.clients.client_columns import ClientField
from services.clients.client_rows import Cell
from services.errors import InvalidRows

F = ClientField
# The properties every card has that say nothing about the client.
FRAME = frozenset({"BEGIN", "END", "VERSION", "PRODID", "UID", "REV", "KIND", "SOURCE"})
READ = frozenset({"FN", "N", "NICKNAME", "TEL", "EMAIL", "ADR", "BDAY", "NOTE"})
PHONE_TYPES = (("cell", F.MOBILE, "mobile"), ("home", F.HOME_PHONE, "home"),
               ("work", F.WORK_PHONE, "work"))
ESCAPED = re.compile(r"\\(.)", re.DOTALL)
UNESCAPED_SEMICOLON = re.compile(r"(?<!\\);")
YEARLESS = re.compile(r"--\d{2}-?\d{2}")


@dataclass
class _Card:
    line: int
    cells: list[Cell] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # for the notes

    def give(self, given: ClientField, column: str, value: str) -> None:
        if not value.strip():
            return
        if given in (F.EMAIL, F.ADDRESS) and any(c.field == given for c in self.cells):
            self.extra.append(value.strip())
        else:
            self.cells.append(Cell(given, column, value))


def _unescape(value: str) -> str:
    return ESCAPED.sub(lambda m: "\n" if m[1] in "nN" else m[1], value)


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Each property with the line it starts on, folded and soft-broken lines joined."""
    start, current = 0, None
    for number, raw in enumerate(text.splitlines(), start=1):
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw[1:]
            continue
        if current is not None and current.endswith("=") and _quoted_printable(current):
            current = current[:-1] + raw
            continue
        if current is not None:
            yield start, current
        start, current = number, raw
    if current is not None:
        yield start, current


def _quoted_printable(line: str) -> bool:
    return "QUOTED-PRINTABLE" in line.partition(":")[0].upper()


def _split(line: str) -> tuple[str, dict[str, list[str]], str]:
    """`item1.TEL;TYPE=cell,voice:+44…` as ("TEL", {"TYPE": ["cell", "voice"]}, "+44…")."""
    head, _colon, value = line.partition(":")
    name, *parameters = head.split(";")
    found: dict[str, list[str]] = {}
    for parameter in parameters:
        key, equals, words = parameter.partition("=")
        if not equals:  # vCard 2.1 writes a type alone: TEL;CELL:
            key, words = "TYPE", key
        found.setdefault(key.strip().upper(), []).extend(
            word.strip().strip('"').casefold() for word in words.split(","))
    return name.rpartition(".")[2].strip().upper(), found, value


def _value(parameters: dict[str, list[str]], value: str) -> str:
    if "quoted-printable" in parameters.get("ENCODING", []):
        charset = (parameters.get("CHARSET") or ["utf-8"])[0]
        try:
            return quopri.decodestring(value.encode("latin-1", "replace")).decode(
                charset, errors="replace")
        except LookupError:
            return quopri.decodestring(value.encode("latin-1", "replace")).decode(
                "utf-8", errors="replace")
    return value


def _parts(value: str) -> list[str]:
    return [_unescape(part) for part in UNESCAPED_SEMICOLON.split(value)]


def _read(card: _Card, name: str, parameters: dict[str, list[str]], value: str) -> None:
    if name == "FN":
        card.give(F.NAME, "FN", _unescape(value))
    elif name == "N":
        family, given, middle = (_parts(value) + ["", "", ""])[:3]
        for part, given_field, column in ((given, F.FIRST_NAME, "N given"),
                                          (middle, F.MIDDLE_NAME, "N additional"),
                                          (family, F.LAST_NAME, "N family")):
            card.give(given_field, column, part)
    elif name == "NICKNAME":
        card.give(F.PREFERRED_NAME, "NICKNAME", _unescape(value).split(",")[0])
    elif name == "TEL":
        types = parameters.get("TYPE", [])
        number = _unescape(value).removeprefix("tel:")
        kind, label = next(((k, word) for t, k, word in PHONE_TYPES if t in types),
                           (F.PHONE, "TEL"))
        card.give(kind, label, number)
    elif name == "EMAIL":
        card.give(F.EMAIL, "EMAIL", _unescape(value))
    elif name == "ADR":
        box, extended, street, city, region, code, country = (_parts(value) + [""] * 7)[:7]
        if any(c.field == F.ADDRESS for c in card.cells):
            card.extra.append(", ".join(p for p in (box, extended, street, city, region, code,
                                                     country) if p.strip()))
            return
        card.give(F.ADDRESS, "ADR street",
                  "\n".join(p for p in (box, extended, street) if p.strip()))
        for part, given_field, column in ((city, F.CITY, "ADR city"),
                                          (region, F.REGION, "ADR region"),
                                          (code, F.POSTCODE, "ADR postcode"),
                                          (country, F.COUNTRY, "ADR country")):
            card.give(given_field, column, part)
    elif name == "BDAY":
        day = _unescape(value).strip().partition("T")[0]
        if YEARLESS.fullmatch(day):
            card.extra.append(f"BDAY: {day}")
        else:
            card.give(F.DATE_OF_BIRTH, "BDAY", day)
    elif name == "NOTE":
        card.give(F.NOTES, "NOTE", _unescape(value))


@dataclass(frozen=True)
class Contacts:
    """The file's cards (each with its first line) and the properties it leaves out."""

    cards: tuple[tuple[int, tuple[Cell, ...]], ...]
    not_imported: tuple[str, ...]


def read_contacts(text: str) -> Contacts:
    """Every card of the file, or InvalidRows naming each line that cannot be read."""
    cards: list[tuple[int, tuple[Cell, ...]]] = []
    left_out: set[str] = set()
    problems: list[tuple[int, str]] = []
    card: _Card | None = None
    for line, content in _logical_lines(text):
        if not content.strip():
            continue
        if ":" not in content:
            problems.append((line, "this line of the contacts file has no ':'"))
            continue
        name, parameters, value = _split(content)
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                problems.append((card.line, "this contact has no END:VCARD"))
            card = _Card(line)
        elif name == "END" and card is not None:
            if card.extra:
                card.cells.append(Cell(F.NOTES, "NOTE", "\n".join(card.extra)))
            cards.append((card.line, tuple(card.cells)))
            card = None
        elif card is None:
            problems.append((line, "this line is outside any contact (BEGIN:VCARD … END:VCARD)"))
        elif name in READ:
            _read(card, name, parameters, _value(parameters, value))
        elif name not in FRAME and not name.startswith("X-"):
            left_out.add(name)
    if card is not None:
        problems.append((card.line, "this contact has no END:VCARD"))
    if problems:
        raise InvalidRows(problems)
    return Contacts(tuple(cards), tuple(sorted(left_out)))


def is_contacts_file(text: str) -> bool:
    """The text begins as a vCard does (whatever the file is called)."""
    return text.lstrip("\ufeff \t\r\n")[:11].upper() == "BEGIN:VCARD"
