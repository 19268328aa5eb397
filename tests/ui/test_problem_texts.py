"""The words close-the-day gives a note left unsigned too long, in English and Russian."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from services.day_close.day_review import DayProblem, ProblemKind
from ui.day_close.problem_texts import problem_text
from ui.i18n import install_language

LONDON = ZoneInfo("Europe/London")
UNSIGNED = DayProblem(ProblemKind.UNSIGNED_NOTE, "unsigned_note:7", appointment_id=3,
                      client_id=2, client_name="Ann Lee",
                      values={"starts_at": datetime(2026, 11, 30, 10, tzinfo=UTC), "days": 4})


def test_an_unsigned_note_says_whose_and_how_long(qapp: QApplication) -> None:
    text = problem_text(UNSIGNED, None, "GBP", LONDON)
    assert text.startswith("The note of Ann Lee's session on ") and "after 4 days" in text
    install_language(qapp, "ru")
    try:
        text = problem_text(UNSIGNED, None, "GBP", LONDON)
        assert text.startswith("Запись о сессии (Ann Lee, ") and "уже 4 дн." in text
    finally:
        install_language(qapp, "en")
