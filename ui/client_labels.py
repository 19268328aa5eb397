"""The words the client list, panel and dialog use, in the window's language.

Closed vocabularies (client status, contact channel and outcome, ledger kinds: from the one
table of `services.labels` that papers and CSVs read too), the balance said in words,
consent marks for a phone number, and dates and times in the app's locale.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from models.enums import (
    ClientStatus,
    ContactChannel,
    ContactOutcome,
    LedgerKind,
    PaymentMethod,
    WaiverReason,
)
from services.clients.client_records import PhoneNumber
from services.money.amounts import format_amount, symbol_of
from ui.dates import qdate
from ui.labels import window_label


def client_status_label(status: ClientStatus) -> str:
    return window_label(ClientStatus(status))


def channel_label(channel: ContactChannel) -> str:
    return window_label(ContactChannel(channel))


def outcome_label(outcome: ContactOutcome) -> str:
    return window_label(ContactOutcome(outcome))


def ledger_kind_label(kind: LedgerKind) -> str:
    return window_label(LedgerKind(kind))


def payment_method_label(method: PaymentMethod) -> str:
    return window_label(PaymentMethod(method))


def waiver_reason_label(reason: WaiverReason) -> str:
    return window_label(WaiverReason(reason))


def money_text(minor: int, currency: str) -> str:
    """An amount in the practice currency as the window's language writes money:
    '£4,500.00' in English, '4 500,00 ₽' in Russian."""
    locale = QLocale()
    symbol = symbol_of(currency)
    number = format_amount(abs(minor), currency, symbol=False, decimal=locale.decimalPoint(),
                           group=locale.groupSeparator())
    pattern = locale.toCurrencyString(0, "¤")  # where this language puts the symbol
    text = f"{number}\u00a0{symbol}" if pattern.endswith("¤") else f"{symbol}{number}"
    return f"−{text}" if minor < 0 else text


def balance_text(balance: int, currency: str) -> str:
    """'owes £40.00', 'in credit £10.00' or 'settled'."""
    if balance > 0:
        return QCoreApplication.translate("Balance", "owes {amount}").format(
            amount=money_text(balance, currency))
    if balance < 0:
        return QCoreApplication.translate("Balance", "in credit {amount}").format(
            amount=money_text(-balance, currency))
    return QCoreApplication.translate("Balance", "settled")


def consent_marks(number: PhoneNumber) -> list[tuple[str, str]]:
    """Each consent of a number as (mark and word, sentence for the tooltip).

    A tick or a cross and a word, so the meaning never rests on colour alone.
    """
    def mark(allowed: bool, word: str) -> str:
        return f"{'✓' if allowed else '✗'} {word}"

    return [
        (mark(number.may_call, QCoreApplication.translate("Consent", "call")),
         QCoreApplication.translate("Consent", "May call this number.") if number.may_call
         else QCoreApplication.translate("Consent", "Do not call this number.")),
        (mark(number.may_voicemail, QCoreApplication.translate("Consent", "voicemail")),
         QCoreApplication.translate("Consent", "May leave a voicemail on this number.")
         if number.may_voicemail
         else QCoreApplication.translate("Consent", "Do not leave a voicemail on this number.")),
        (mark(number.may_text, QCoreApplication.translate("Consent", "text")),
         QCoreApplication.translate("Consent", "May send a text message to this number.")
         if number.may_text
         else QCoreApplication.translate("Consent", "Do not send text messages to this number.")),
    ]



def day_text(day: date, with_year: bool = True) -> str:
    """'Thu 14 May 2026' ('чт 14 мая 2026') in the window's locale."""
    return QLocale().toString(qdate(day), "ddd d MMM yyyy" if with_year else "ddd d MMM")


def day_month_text(day: date) -> str:
    """'18 December' ('18 декабря') in the window's locale: a day near enough to need no year."""
    return QLocale().toString(qdate(day), "d MMMM")


def time_text(at: datetime, zone: ZoneInfo) -> str:
    local = at.astimezone(zone)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def when_text(at: datetime, zone: ZoneInfo, today: date | None = None) -> str:
    """A session's day and time in the practice's zone; the year only when not this year's."""
    local = at.astimezone(zone)
    with_year = today is None or local.year != today.year
    return f"{day_text(local.date(), with_year)}, {time_text(at, zone)}"
