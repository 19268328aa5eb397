"""Asking the therapist before a booking that clashes: they see with what, and decide."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from services.calendar.appointments import Conflict
from ui.dates import local_text
from ui.labels import window_label
from ui.plain_text import literal


def describe(conflict: Conflict, zone: ZoneInfo) -> str:
    when = local_text(conflict.starts_at, zone, "ddd d MMM HH:mm")
    if conflict.kind == "block" and conflict.block_kind is not None:
        kind = window_label(conflict.block_kind)
        if conflict.client_name:
            return QCoreApplication.translate(
                "Conflicts", "{when}: {kind} ({note}), time you keep from clients").format(
                when=when, kind=kind, note=conflict.client_name)
        return QCoreApplication.translate(
            "Conflicts", "{when}: {kind}, time you keep from clients").format(when=when, kind=kind)
    if conflict.kind == "overlap":
        return QCoreApplication.translate(
            "Conflicts", "{when}: {client} is booked at the same time").format(
            when=when, client=conflict.client_name)
    return QCoreApplication.translate(
        "Conflicts", "{when}: {client} knows this client and would meet them in the waiting room"
    ).format(when=when, client=conflict.client_name)


def ask_book_anyway(parent: QWidget, conflicts: list[Conflict], zone: ZoneInfo,
                    go_ahead: Callable[[], None],
                    give_up: Callable[[], None] | None = None) -> QMessageBox:
    """Show the clashes and call `go_ahead` if the therapist books anyway, else `give_up`.

    The question does not block (open, not exec), so a lock can hide it and bring it back.
    """
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Conflicts", "This time clashes"),
                      QCoreApplication.translate("Conflicts", "This time clashes with:"),
                      parent=parent)
    box.setInformativeText(literal("\n".join(describe(c, zone) for c in conflicts[:8])))
    book = box.addButton(QCoreApplication.translate("Conflicts", "Book anyway"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Conflicts", "Choose another time"),
                  QMessageBox.ButtonRole.RejectRole)

    def answered(result: int) -> None:
        if box.clickedButton() is book:
            go_ahead()
        elif give_up is not None:
            give_up()

    box.finished.connect(answered)
    box.open()
    return box
