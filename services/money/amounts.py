"""Money as whole minor units (pence, cents, kopecks), never floats.

Parsing and formatting go through these functions so that "75.50" typed by the therapist
is 7550 in the vault and prints back as 75.50 in any language.
"""

from __future__ import annotations

import re

from services.errors import InvalidValue
from services.validation import MAX_MONEY

# Digits after the decimal point, for the currencies a practice is likely to use.
MINOR_DIGITS = {
    "GBP": 2, "EUR": 2, "USD": 2, "RUB": 2, "CAD": 2, "AUD": 2, "NZD": 2, "CHF": 2,
    "ILS": 2, "UAH": 2, "KZT": 2, "GEL": 2, "AMD": 2, "SEK": 2, "NOK": 2, "DKK": 2,
    "PLN": 2, "CZK": 2, "TRY": 2, "JPY": 0, "KRW": 0,
}
SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$", "RUB": "₽", "JPY": "¥", "ILS": "₪", "UAH": "₴"}
AMOUNT = re.compile(r"^(?P<whole>\d{1,12})(?:[.,](?P<fraction>\d{0,2}))?$")


def symbol_of(currency: str) -> str:
    return SYMBOLS.get(currency, currency)


def minor_digits(currency: str) -> int:
    try:
        return MINOR_DIGITS[currency]
    except KeyError:
        raise InvalidValue("{currency} is not a currency Stillroom knows.", field="currency",
                           currency=currency) from None


def parse_amount(text: str, currency: str, field: str = "amount") -> int:
    """'75', '75.5', '75,50' or '1 200,00' into minor units; anything else is refused."""
    digits = minor_digits(currency)
    cleaned = re.sub(r"[\s\u00a0\u202f']", "", text)
    for symbol in (SYMBOLS.get(currency, ""), currency):
        if symbol:
            cleaned = cleaned.replace(symbol, "")
    match = AMOUNT.match(cleaned)
    fraction = match.group("fraction") if match else None
    if not match or (fraction and len(fraction) > digits):
        raise InvalidValue("Please enter an amount such as {example}.", field=field,
                           example=format_amount(7550, currency, symbol=False))
    cents = (fraction or "").ljust(digits, "0")
    minor: int = int(match.group("whole")) * 10**digits + (int(cents) if cents else 0)
    if minor > MAX_MONEY:
        raise InvalidValue("This amount is too large.", field=field)
    return minor


def format_amount(minor: int, currency: str, symbol: bool = True, decimal: str = ".",
                  group: str = "\u202f") -> str:
    """7550 GBP -> '£75.50'; a negative amount keeps its sign in front."""
    digits = minor_digits(currency)
    sign = "-" if minor < 0 else ""
    whole, fraction = divmod(abs(minor), 10**digits)
    grouped = f"{whole:,}".replace(",", group)
    number = f"{grouped}{decimal}{fraction:0{digits}d}" if digits else grouped
    prefix = SYMBOLS.get(currency, currency + " ") if symbol else ""
    return f"{sign}{prefix}{number}"


def percent_of(minor: int, percent: int) -> int:
    """`percent` % of an amount, rounded half up to a whole minor unit."""
    if not 0 <= percent <= 100:
        raise InvalidValue("A share must be from 0 to 100 per cent.", field="percent")
    return (minor * percent + 50) // 100


def split(minor: int, parts: int) -> list[int]:
    """An amount in `parts` shares that differ by at most one unit and add up exactly."""
    if parts < 1:
        raise InvalidValue("An amount can only be split into one or more parts.", field="parts")
    base, extra = divmod(minor, parts)
    return [base + 1 if i < extra else base for i in range(parts)]
