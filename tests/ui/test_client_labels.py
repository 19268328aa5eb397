from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from ui.client_labels import money_text
from ui.i18n import LOCALES


@pytest.fixture
def locale() -> Iterator[None]:
    yield
    QLocale.setDefault(LOCALES["en"])


@pytest.mark.parametrize(
    ("language", "minor", "currency", "shown"),
    [
        ("en", 450000, "GBP", "£4,500.00"),
        ("en", -4000, "GBP", "−£40.00"),
        ("ru", 450000, "RUB", "4\u00a0500,00\u00a0₽"),
        ("ru", 7550, "EUR", "75,50\u00a0€"),
    ],
)
def test_money_is_written_the_way_the_language_writes_it(
    locale: None, language: str, minor: int, currency: str, shown: str
) -> None:
    QLocale.setDefault(LOCALES[language])
    assert money_text(minor, currency) == shown
