"""The currencies offered when a practice is created or its settings changed, by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# The currencies most practices use come first; the others follow in code order.
FIRST_CURRENCIES = ("GBP", "EUR", "USD", "RUB")


def currency_name(code: str) -> str:
    names = {
        "GBP": QCoreApplication.translate("Currency", "Pound sterling"),
        "EUR": QCoreApplication.translate("Currency", "Euro"),
        "USD": QCoreApplication.translate("Currency", "US dollar"),
        "RUB": QCoreApplication.translate("Currency", "Russian rouble"),
        "CAD": QCoreApplication.translate("Currency", "Canadian dollar"),
        "AUD": QCoreApplication.translate("Currency", "Australian dollar"),
        "NZD": QCoreApplication.translate("Currency", "New Zealand dollar"),
        "CHF": QCoreApplication.translate("Currency", "Swiss franc"),
        "ILS": QCoreApplication.translate("Currency", "Israeli shekel"),
        "UAH": QCoreApplication.translate("Currency", "Ukrainian hryvnia"),
        "KZT": QCoreApplication.translate("Currency", "Kazakh tenge"),
        "GEL": QCoreApplication.translate("Currency", "Georgian lari"),
        "AMD": QCoreApplication.translate("Currency", "Armenian dram"),
        "SEK": QCoreApplication.translate("Currency", "Swedish krona"),
        "NOK": QCoreApplication.translate("Currency", "Norwegian krone"),
        "DKK": QCoreApplication.translate("Currency", "Danish krone"),
        "PLN": QCoreApplication.translate("Currency", "Polish złoty"),
        "CZK": QCoreApplication.translate("Currency", "Czech koruna"),
        "TRY": QCoreApplication.translate("Currency", "Turkish lira"),
        "JPY": QCoreApplication.translate("Currency", "Japanese yen"),
        "KRW": QCoreApplication.translate("Currency", "South Korean won"),
    }
    return names.get(code, code)
