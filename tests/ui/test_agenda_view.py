from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from services.reminders.agenda_lines import AgendaLine, Line
from ui.reminders.agenda_view import INDENT, AgendaView

LINES = [AgendaLine(Line.TITLE, "Agenda"), AgendaLine(Line.HEADING, "Today"),
         AgendaLine(Line.ITEM, "10:00–10:50 · A. L. · <b>Video</b>"),
         AgendaLine(Line.HEADING, "Tomorrow"), AgendaLine(Line.ITEM, "Nothing booked")]


def test_the_lines_show_as_rows_headings_bold_with_a_blank_row_above(qtbot: QtBot) -> None:
    view = AgendaView()
    qtbot.addWidget(view)
    view.show_lines(LINES)
    rows = view.model()
    shown = [rows.index(n, 0).data() for n in range(rows.rowCount())]
    assert shown == ["Agenda", None, "Today", INDENT + "10:00–10:50 · A. L. · <b>Video</b>",
                     None, "Tomorrow", INDENT + "Nothing booked"]
    bold = [rows.index(n, 0).data(Qt.ItemDataRole.FontRole) for n in range(rows.rowCount())]
    assert [font is not None and font.bold() for font in bold] == [
        True, False, True, False, False, True, False]
    assert not rows.flags(rows.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert rows.flags(rows.index(3, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert view.texts() == [line.text for line in LINES]
    view.show_lines(LINES[:2])
    assert rows.rowCount() == 3


def test_a_row_is_copied_as_plain_text(qtbot: QtBot) -> None:
    view = AgendaView()
    qtbot.addWidget(view)
    view.show_lines(LINES)
    view.show()
    view.setCurrentIndex(view.model().index(3, 0))
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == INDENT + "10:00–10:50 · A. L. · <b>Video</b>"


def test_a_fitted_view_is_as_tall_as_its_rows(qtbot: QtBot) -> None:
    view = AgendaView()
    qtbot.addWidget(view)
    view.fit()
    view.show_lines(LINES)
    assert view.height() == view.sizeHintForRow(0) * 7 + 2 * view.frameWidth() + 4
