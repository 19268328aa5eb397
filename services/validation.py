"""The vault's limits on what it will store, with messages that name the field."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from services.errors import InvalidValue

MAX_NAME = 200
MAX_TEXT = 100_000
MAX_MONEY = 100_000_000_00  # a hundred million in major units: far beyond any session fee
MIN_YEAR, MAX_YEAR = 1900, 2200
PHONE = re.compile(r"^\+?[0-9 ()./-]{3,40}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Line breaks and tabs are allowed in multi-line text; every other control character is not.
MULTILINE_OK = {"\n", "\t"}
# Unicode's control characters (category Cc), found at C speed: an import checks every cell.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _control_chars(value: str, allowed: set[str]) -> bool:
    return any(ch not in allowed for ch in CONTROL.findall(value))


def name(value: str, field: str, required: bool = True) -> str:
    """A person's or practice's name: any script, trimmed, 1–200 characters, no controls."""
    value = unicodedata.normalize("NFC", value).strip()
    if required and not value:
        raise InvalidValue("Please enter a name.", field=field)
    if len(value) > MAX_NAME:
        raise InvalidValue("A name can be at most {limit} characters.", field=field, limit=MAX_NAME)
    if _control_chars(value, set()):
        raise InvalidValue("The name contains characters that cannot be printed.", field=field)
    return value


def text(value: str, field: str, multiline: bool = True, limit: int = MAX_TEXT) -> str:
    value = unicodedata.normalize("NFC", value)
    if len(value) > limit:
        raise InvalidValue("This text can be at most {limit} characters.", field=field, limit=limit)
    if _control_chars(value, MULTILINE_OK if multiline else set()):
        raise InvalidValue("The text contains characters that cannot be printed.", field=field)
    return value.strip() if not multiline else value


def phone(value: str, field: str = "phone") -> str:
    value = value.strip()
    if not PHONE.match(value) or sum(ch.isdigit() for ch in value) < 3:
        raise InvalidValue(
            "A phone number has digits, spaces and + ( ) - only, such as +44 20 7946 0000.",
            field=field,
        )
    return value


def email(value: str, field: str = "email") -> str:
    value = value.strip()
    if value and (len(value) > MAX_NAME or not EMAIL.match(value)):
        raise InvalidValue("This does not look like an email address.", field=field)
    return value


def money(value: int, field: str) -> int:
    """An amount in minor units: whole, not negative, not absurd."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue("An amount must be a whole number of minor units.", field=field)
    if value < 0:
        raise InvalidValue("An amount cannot be negative.", field=field)
    if value > MAX_MONEY:
        raise InvalidValue("This amount is too large.", field=field)
    return value


def minutes(value: int, field: str, low: int, high: int) -> int:
    if value < low or value > high:
        raise InvalidValue(
            "Please give a number of minutes from {low} to {high}.", field=field, low=low, high=high
        )
    return value


def session_length(value: int, field: str = "length_minutes") -> int:
    """A session lasts from one minute to eight hours."""
    return minutes(value, field, 1, 8 * 60)


def time_zone(value: str, field: str = "timezone") -> str:
    """An IANA time zone this Python knows (`Europe/London`), chosen, not left empty."""
    value = value.strip()
    if not value:
        raise InvalidValue("Please choose the city whose time you keep.", field=field)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidValue("{zone} is not a time zone.", field=field, zone=value) from None
    return value


def whole_number(value: int, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValue(
            "Please give a whole number from {low} to {high}.", field=field, low=low, high=high
        )
    return value


def day(value: date | datetime, field: str) -> date | datetime:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise InvalidValue(
            "Please give a date between {low} and {high}.", field=field, low=MIN_YEAR, high=MAX_YEAR
        )
    return value
