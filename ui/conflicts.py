"""Asking the therapist before a booking that clashes: they see with what, and decide."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from services.appointments import Conflict
from ui.dates import local_text


def describe(conflict: Conflict, zone: ZoneInfo) -> str:
    when = local_text(conflict.starts_at, zone, "ddd d MMM HH:mm")
    if conflict.kind == "overlap":
        return QCoreApplication.translate(
            "Conflicts", "{when}: {client} is booked at the same time").format(
            when=when, client=conflict.client_name)
    return QCoreApplication.translate(
        "Conflicts", "{when}: {client} knows this client and would meet them in the waiting room"
    ).format(when=when, client=conflict.client_name)


def book_anyway(parent: QWidget, conflicts: list[Conflict], zone: ZoneInfo) -> bool:
    """True when the therapist has seen the clashes and wants to go ahead."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Conflicts", "This time clashes"),
                      QCoreApplication.translate("Conflicts", "This time clashes with:"),
                      parent=parent)
    box.setInformativeText("\n".join(describe(c, zone) for c in conflicts[:8]))
    go_ahead = box.addButton(QCoreApplication.translate("Conflicts", "Book anyway"),
                             QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Conflicts", "Choose another time"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is go_ahead
