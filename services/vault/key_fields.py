"""Reading the key file's fields strictly, before any of them is used.

`practice.keys` is a small JSON file a person can open and edit. Every value is checked for
its type, its length and a sane range here (an Argon2 cost of 1 KiB or of two terabytes, no
passes, a salt of the wrong length), so a damaged file is refused with the name of the field
at fault, and never reaches the key derivation or the cipher as it is.
"""

from __future__ import annotations

from typing import Any


class Damaged(ValueError):
    """A field of the key file is missing, of the wrong type, malformed or out of bounds."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


def section(data: Any, name: str, where: str) -> dict[str, Any]:
    """The JSON object `data[name]`."""
    value = field(data, name, where)
    if not isinstance(value, dict):
        raise Damaged(_at(where, name), "not a group of fields")
    return value


def field(data: Any, name: str, where: str) -> Any:
    if not isinstance(data, dict):
        raise Damaged(where or "the file", "not a group of fields")
    if name not in data:
        raise Damaged(_at(where, name), "missing")
    return data[name]


def only(data: dict[str, Any], names: tuple[str, ...], where: str) -> None:
    """Refuse fields this format does not have (a typo'd name would otherwise be ignored)."""
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise Damaged(_at(where, unknown[0]), "not a field of the key file")


def whole_number(data: Any, name: str, where: str, low: int, high: int) -> int:
    value = field(data, name, where)
    if isinstance(value, bool) or not isinstance(value, int):
        raise Damaged(_at(where, name), "not a whole number")
    if not low <= value <= high:
        raise Damaged(_at(where, name), f"{value} is outside {low}–{high}")
    return value


def hex_bytes(data: Any, name: str, where: str, length: int) -> bytes:
    """Exactly `length` bytes written as hexadecimal."""
    value = field(data, name, where)
    if not isinstance(value, str):
        raise Damaged(_at(where, name), "not hexadecimal text")
    try:
        decoded = bytes.fromhex(value)
    except ValueError:
        raise Damaged(_at(where, name), "not hexadecimal text") from None
    if len(decoded) != length:
        raise Damaged(_at(where, name), f"{len(decoded)} bytes where {length} belong")
    return decoded


def text(data: Any, name: str, where: str, longest: int) -> str:
    value = field(data, name, where)
    if not isinstance(value, str) or not 0 < len(value) <= longest:
        raise Damaged(_at(where, name), "not a short text")
    return value


def flag(data: Any, name: str, where: str) -> bool:
    value = field(data, name, where)
    if not isinstance(value, bool):
        raise Damaged(_at(where, name), "not true or false")
    return value


def _at(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name
