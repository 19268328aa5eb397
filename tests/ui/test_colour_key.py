"""The calendar's colour key, opened from the View menu: every status drawn in the calendar's
own colours with its mark, every way of meeting with its sign, in the window's language."""

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, Modality
from services.vault.practice_vault import Vault
from ui.calendar.colour_key import ColourKey, SessionSample
from ui.calendar.session_style import CalendarColours
from ui.i18n import install_language
from ui.labels import status_label
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker

# The offscreen platform cannot raise a window, and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> MainWindow:
    opened = MainWindow(vault, worker)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def open_key(window: MainWindow) -> ColourKey:
    view = next(menu for menu in window.menuBar().actions() if menu.text() == "&View").menu()
    assert window.menus.colour_key in view.actions()
    window.menus.colour_key.trigger()
    key = window.colour_key
    assert key is not None and key.isVisible()
    return key


def test_the_view_menu_opens_a_key_with_every_status_and_way_of_meeting(
        qtbot: QtBot, window: MainWindow) -> None:
    key = open_key(window)

    samples = key.findChildren(SessionSample)
    assert [sample.status for sample in samples] == list(AppointmentStatus)
    assert set(key.meanings) == {*AppointmentStatus, *Modality}
    assert key.meanings[AppointmentStatus.NO_SHOW].text() == (
        "Nobody came and the session was not cancelled")
    assert key.meanings[Modality.VIDEO].text() == "Video"
    window.menus.colour_key.trigger()  # asked again, the same window comes forward
    assert window.colour_key is key


def test_each_sample_is_painted_in_the_calendars_colours_for_its_status(
        qtbot: QtBot, window: MainWindow) -> None:
    key = open_key(window)
    colours = CalendarColours(key.palette())
    for sample in key.findChildren(SessionSample):
        image = sample.grab().toImage()
        accent = QColor(image.pixel(1, image.height() // 2))
        assert accent == colours.session(sample.status).accent, sample.status
        assert sample.accessibleName() == status_label(sample.status)


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


def test_the_key_speaks_russian_in_the_russian_window(qtbot: QtBot, russian: None) -> None:
    key = ColourKey()
    qtbot.addWidget(key)
    assert key.windowTitle() == "Цвета календаря"
    assert key.meanings[AppointmentStatus.NO_SHOW].text() == "Неявка без отмены"
    assert key.meanings[Modality.PHONE].text() == "Телефон"
