"""Taking someone off the waiting list asks first, with a line for why (the list keeps it)."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLineEdit, QWidget

from services.vault.practice_vault import Vault
from services.waiting_list.waiting_people import Waiting, remove_from_waiting_list
from ui.forms import note_label
from ui.session_dialogs import SavingDialog
from ui.typed_text import may_close
from ui.worker import DatabaseWorker


class RemoveDialog(SavingDialog):
    """Remove `person` from the list with the reason typed; `saved(None)` once removed."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, zone: ZoneInfo, person: Waiting,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, zone, self.tr("Remove from the waiting list"),
                         self.tr("Remove"), self.tr("Keep on the list"), parent)
        self.setObjectName("waiting_remove_dialog")
        self._vault, self._person_id = vault, person.id
        self.question = note_label(self.tr(
            "Take {name} off the waiting list? The list keeps why, and Edit → Undo brings "
            "them back.").format(name=person.draft.full_name))
        self.reason = QLineEdit()
        self.reason.setObjectName("waiting_remove_reason")
        self.reason.setPlaceholderText(self.tr("Found another therapist, say (optional)"))
        self.reason.setAccessibleName(self.tr("Why"))
        self.reason.setMaxLength(2000)
        self.form.addRow("", self.question)
        self.form.addRow(self.tr("Why"), self.reason)
        self.errors.add_row(self.form, "reason", "waiting_remove_reason")
        self.finish_layout()

    def job(self, allow_conflicts: bool) -> Callable[[], None]:
        vault, person_id, reason = self._vault, self._person_id, self.reason.text()
        return lambda: remove_from_waiting_list(vault, person_id, reason)

    def reject(self) -> None:
        if may_close(self):
            super().reject()
