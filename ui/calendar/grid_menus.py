"""The time grid's menus and its one question: an empty slot's menu (a session, or block the
time), a block's menu (change it, or give its time back) and, for the keyboard's Delete on a
block, that menu's own words asked as a question, so no repeat goes without being named."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from ui.calendar.layout import PlacedBlock
from ui.plain_text import literal

if TYPE_CHECKING:
    from ui.calendar.time_grid import TimeGrid

translate = QCoreApplication.translate


def empty_slot_menu(grid: TimeGrid, point: QPointF) -> QMenu:
    """"New session at 10:00" and "Block this time…" for the half hour under `point`."""
    start = grid.slot_start(point)
    instant = grid.to_instant(grid.day_at(point.x()), start)
    menu = QMenu(grid)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    action = menu.addAction(translate("TimeGrid", "New session at {time}").format(
        time=grid.painter.minute_text(start)))
    action.triggered.connect(lambda: grid.create_requested.emit(
        instant, grid.practice.session_minutes))
    block = menu.addAction(translate("TimeGrid", "Block this time…"))
    block.setObjectName("block_this_time")
    block.triggered.connect(lambda: grid.block_requested.emit(instant, 60))
    return menu


def block_menu(grid: TimeGrid, placed: PlacedBlock) -> QMenu:
    """A block's menu: change it, or give the time back to clients."""
    menu = QMenu(grid)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    block_id = placed.block.block_id
    for key, text in (("change", translate("TimeGrid", "Change this block…")),
                      ("delete", remove_text(placed))):
        action = menu.addAction(text)
        action.setData(key)
        action.triggered.connect(
            lambda _checked=False, key=key: grid.block_action_requested.emit(block_id, key))
    return menu


def remove_text(placed: PlacedBlock) -> str:
    """What removing a block does, in the menu and on the question's button."""
    if placed.block.repeats:
        return translate("TimeGrid", "Remove this block, every time it repeats")
    return translate("TimeGrid", "Remove this block")


def ask_to_remove(grid: TimeGrid, placed: PlacedBlock) -> QMessageBox:
    """Delete on a selected block: what it is, and the menu's words for removing it as the
    button that does it; Cancel (or Esc) keeps it."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("TimeGrid", "Remove a block"),
                      literal(grid.painter.block_text(placed.block)),
                      QMessageBox.StandardButton.Cancel, grid)
    box.setObjectName("remove_block_question")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(translate(
        "TimeGrid", "Its time is given back to clients. Edit → Undo brings it back."))
    remove = box.addButton(remove_text(placed), QMessageBox.ButtonRole.AcceptRole)
    block_id = placed.block.block_id
    remove.clicked.connect(lambda: grid.block_action_requested.emit(block_id, "delete"))
    box.setDefaultButton(remove)
    box.open()
    return box
