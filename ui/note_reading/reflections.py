"""The therapist's private reflections on a client, shown apart from the record and marked so.

Read with `services.notes.reflections.reflections_of`; "Add reflection…" opens a small dialog
that keeps one with `add_reflection`, about the work as a whole or one of the sessions shown
in the timeline. Nothing here is ever part of the record, a letter or the default export.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.errors import StillroomError
from services.notes.note_reading import SessionWithNote
from services.notes.reflections import (
    PrivateReflection,
    ReflectionDraft,
    add_reflection,
    reflections_of,
)
from services.vault.practice_vault import Vault
from ui.client_labels import day_text, when_text
from ui.forms import ERROR_STYLE, HINT_STYLE, heading_label, note_label
from ui.note_reading.two_line_list import Line, TwoLineList
from ui.typed_text import main_button, may_close
from ui.worker import DatabaseWorker, readable

translate = QCoreApplication.translate
PRIVATE_COLOUR = "#7a4b00"
PRIVATE_STYLE = f"color: {PRIVATE_COLOUR}; font-weight: bold;"


def private_mark() -> str:
    return translate("PrivateReflections", "Private — never in the record or letters")


def reflection_lines(reflections: Sequence[PrivateReflection], zone: ZoneInfo) -> list[Line]:
    """The day it was written (and the session it is about) over its first line."""
    lines = []
    for reflection in reflections:
        title = day_text(reflection.written_at.astimezone(zone).date())
        if reflection.appointment_id is not None:
            title = translate("PrivateReflections", "{day} · about a session").format(day=title)
        text = [line.strip() for line in reflection.text.splitlines() if line.strip()]
        lines.append(Line(title, text[0] if text else "", reflection.id,
                          tooltip=reflection.text, mark=PRIVATE_COLOUR))
    return lines


class ReflectionDialog(QDialog):
    """Write one private reflection; `saved(client id)` once the vault keeps it."""

    saved = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int, name: str,
                 sessions: Sequence[SessionWithNote], zone: ZoneInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._client_id = vault, worker, client_id
        self.setWindowTitle(self.tr("Private reflection"))
        heading = heading_label(self.tr("A private reflection on {name}").format(name=name))
        heading.setWordWrap(True)
        mark = note_label(self.tr(
            "Private: only you see it. It is kept apart from the session notes, and never "
            "goes into the client's record, a letter or an export unless you ask for it."))
        mark.setObjectName("private_mark")
        mark.setStyleSheet(PRIVATE_STYLE)
        self.about = QComboBox()
        self.about.setObjectName("about")
        self.about.setAccessibleName(self.tr("What the reflection is about"))
        self.about.addItem(self.tr("The work as a whole"), None)
        for entry in sessions:
            self.about.addItem(self.tr("The session of {when}").format(
                when=when_text(entry.starts_at, zone)), entry.appointment_id)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reflection_text")
        self.text.setAccessibleName(self.tr("Reflection"))
        self.text.setPlaceholderText(self.tr(
            "What you noticed in yourself, what to take to supervision…"))
        self.text.setTabChangesFocus(True)
        self.error = note_label()
        self.error.setObjectName("reflection_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        main_button(self.buttons.button(QDialogButtonBox.StandardButton.Save),
                    self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(mark)
        column.addWidget(self.about)
        column.addWidget(self.text, 1)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        self.resize(520, 380)
        self.text.setFocus()

    def save(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self._refused(self.tr("Write the reflection first."))
            return
        draft = ReflectionDraft(self._client_id, text, self.about.currentData())
        vault = self._vault
        self.buttons.setEnabled(False)
        self._worker.run(lambda: add_reflection(vault, draft), self._saved,
                         lambda error: self._refused(readable(error)))

    def _saved(self, _reflection: PrivateReflection) -> None:
        self.saved.emit(self._client_id)
        self.accept()

    def reject(self) -> None:
        """Esc, Cancel and the close button ask before a reflection written is lost."""
        if may_close(self):
            super().reject()

    def _refused(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(text)
        self.error.show()


class PrivateReflections(QWidget):
    """One client's reflections, newest first, under the private mark."""

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 sessions: Callable[[], Sequence[SessionWithNote]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._sessions = vault, worker, sessions
        self._client_id: int | None = None
        self._name = ""
        self._zone = ZoneInfo("UTC")
        self._generation = 0
        self.dialog: ReflectionDialog | None = None
        self.mark = note_label(private_mark())
        self.mark.setObjectName("private_mark")
        self.mark.setStyleSheet(PRIVATE_STYLE)
        self.add_button = QPushButton(self.tr("Add reflection…"))
        self.add_button.setObjectName("add_reflection")
        self.add_button.clicked.connect(self.add)
        top = QHBoxLayout()
        top.addWidget(self.mark, 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.table = TwoLineList("reflections", self.tr("Private reflections"), visible=4)
        self.empty = note_label(self.tr("No reflections yet."))
        self.empty.setStyleSheet(HINT_STYLE)
        self.error = note_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.table)
        column.addWidget(self.empty)
        column.addWidget(self.error)
        self.table.hide()

    def show_client(self, client_id: int, name: str, zone: ZoneInfo) -> None:
        self._client_id, self._name, self._zone = client_id, name, zone
        self._generation += 1
        generation, vault = self._generation, self._vault
        self._worker.run(lambda: reflections_of(vault, client_id),
                         lambda found: self._show(generation, found),
                         lambda error: self._not_read(generation, error))

    def clear(self) -> None:
        self._generation += 1
        self._client_id = None
        self.table.clear()

    def add(self) -> None:
        if self._client_id is None:
            return
        self.dialog = ReflectionDialog(self._vault, self._worker, self._client_id, self._name,
                                       self._sessions(), self._zone, self)
        self.dialog.saved.connect(lambda client_id: self.show_client(client_id, self._name,
                                                                     self._zone))
        self.dialog.open()

    def _show(self, generation: int, found: tuple[PrivateReflection, ...]) -> None:
        if generation != self._generation:
            return
        self.error.hide()
        self.table.set_lines(reflection_lines(found, self._zone))
        self.table.setVisible(bool(found))
        self.empty.setVisible(not found)

    def _not_read(self, generation: int, error: StillroomError) -> None:
        if generation == self._generation:
            self.error.setText(readable(error))
            self.error.show()
