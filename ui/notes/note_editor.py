"""The session note editor: the session at the top, a format, a box under each heading.

Typing is saved as a draft as the therapist writes (`DraftSaver`: debounced, on the worker).
"Sign" fixes the note with its time, after a short confirmation; then the boxes are read-only
and dated addenda go below. Hiding the editor (closing it, or the window locking) saves at
once; shown again, the cursor is where it was. A note can be written for any session,
attended, missed or cancelled.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import AppointmentStatus
from services.errors import StillroomError
from services.notes.note_formats import FormatChoice
from services.notes.note_reading import Addendum, Note
from services.notes.session_notes import NoteDraft, SavedDraft, add_addendum, save_and_sign
from services.vault.practice_vault import Vault
from ui.client_labels import time_text, when_text
from ui.forms import ERROR_STYLE, HINT_STYLE, Form, heading_label, note_label, scrolled_column
from ui.i18n import window_language
from ui.labels import status_label
from ui.notes.addenda import AddendaView
from ui.notes.draft_saver import DraftSaver
from ui.notes.editor_facts import EditorFacts, read_editor_facts, same_format
from ui.notes.format_change import carried_texts
from ui.notes.note_sections import NoteSections
from ui.plain_text import literal
from ui.worker import DatabaseWorker, readable

NOT_HELD = frozenset({AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED,
                      AppointmentStatus.LATE_CANCELLATION,
                      AppointmentStatus.CANCELLED_BY_THERAPIST,
                      AppointmentStatus.MISSED_BY_THERAPIST})


class NoteEditor(QDialog):
    """One session's note. `note_changed(appointment_id)` when it is begun, signed or added
    to, for the screens that list notes."""

    note_changed = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, appointment_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self.appointment_id = appointment_id
        self.facts: EditorFacts | None = None
        self.note_id: int | None = None
        self.signed = False
        self._format: FormatChoice | None = None
        self._addenda: list[Addendum] = []
        self._focused: QWidget | None = None
        self.setWindowTitle(self.tr("Session note"))
        self.setObjectName("note_editor")
        self.resize(760, 740)
        self.saver = DraftSaver(vault, worker, self.draft, self)
        self.saver.saved.connect(self._draft_saved)
        self.saver.failed.connect(self._draft_failed)

        self.client = heading_label(self.tr("Reading the note…"))
        self.client.setObjectName("note_client")
        self.session = note_label()
        self.session.setObjectName("note_session")
        self.hint = note_label(self.tr(
            "The session did not take place as booked: you can note what happened and what "
            "was done."))
        self.hint.setObjectName("not_held_hint")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        self.format_picker = QComboBox()
        self.format_picker.setObjectName("note_format")
        self.format_picker.setAccessibleName(self.tr("Note format"))
        self.format_picker.setEnabled(False)
        self.format_picker.activated.connect(self._format_picked)
        self.state = note_label()
        self.state.setObjectName("note_state")
        self.state.setStyleSheet(HINT_STYLE)

        self.sections = NoteSections()
        self.sections.edited.connect(self._edited)
        self.error = note_label()
        self.error.setObjectName("note_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.addenda = AddendaView()
        self.addenda.wanted.connect(self._add_addendum)
        self.addenda.hide()
        self.sign_button = QPushButton(self.tr("Sign…"))
        self.sign_button.setObjectName("sign_note")
        self.sign_button.setEnabled(False)
        self.sign_button.clicked.connect(self.ask_to_sign)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close_note")
        close.clicked.connect(self.reject)
        close.setAutoDefault(False)
        self.sign_button.setAutoDefault(False)

        scroll, column = scrolled_column()
        column.addWidget(self.client)
        column.addWidget(self.session)
        column.addWidget(self.hint)
        picker = Form()
        picker.addRow(self.tr("Format"), self.format_picker)
        column.addLayout(picker)
        column.addWidget(self.sections, 1)
        column.addWidget(self.error)
        column.addWidget(self.addenda)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 0, 16, 12)
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self.load()

    # Reading ------------------------------------------------------------------------------

    def load(self) -> None:
        vault, appointment_id, language = self._vault, self.appointment_id, window_language()
        self._worker.run(lambda: read_editor_facts(vault, appointment_id, language),
                         self.show_facts, self._not_read)

    def show_facts(self, facts: EditorFacts) -> None:
        self.facts = facts
        entry, note = facts.entry, facts.note
        self.setWindowTitle(self.tr("Session note — {client}").format(client=entry.client_name))
        self.client.setText(entry.client_name)
        self.session.setText(self.tr("{when}, {minutes} min · {status}").format(
            when=when_text(entry.starts_at, facts.zone), minutes=entry.length_minutes,
            status=status_label(entry.status)))
        self.hint.setVisible(AppointmentStatus(entry.status) in NOT_HELD)
        self.format_picker.clear()
        for choice in facts.choices:
            self.format_picker.addItem(choice.name, choice)
        texts = {} if note is None else {s.key: s.text for s in note.sections}
        self._show_format(facts.current, texts)
        self.note_id = None if note is None else note.id
        self._addenda = [] if note is None else list(note.addenda)
        self._set_signed(note is not None and note.is_signed, note)
        if note is None:
            self.state.setText(self.tr("A new note: it is saved as you write."))
        elif not note.is_signed:
            self._say_saved(note)
        if not self.signed:
            self.sections.focus_first()

    def _not_read(self, error: StillroomError) -> None:
        self.client.setText(self.tr("The note could not be read."))
        self._show_error(error)

    def _show_format(self, choice: FormatChoice, texts: dict[str, str]) -> None:
        self._format = choice
        index = next(i for i in range(self.format_picker.count())
                     if same_format(self.format_picker.itemData(i), choice))
        self.format_picker.setCurrentIndex(index)
        self.sections.set_sections(choice.sections, texts)

    # Writing ------------------------------------------------------------------------------

    def draft(self) -> NoteDraft:
        """The note as the editor holds it now."""
        choice = self._format
        assert choice is not None, "nothing is typed before the note is read"
        return NoteDraft(self.appointment_id, choice.format, choice.language,
                         self.sections.texts(), choice.template_id)

    def _edited(self) -> None:
        self.state.setText(self.tr("Saving…"))
        self.saver.changed()

    def _format_picked(self, index: int) -> None:
        """Another format: what is written so far is kept, under the heading of the same name
        or, where the new format has none, at the end of its first heading."""
        choice: FormatChoice = self.format_picker.itemData(index)
        if self._format is None or self.signed or same_format(choice, self._format):
            return
        texts = carried_texts(self._format.sections, dict(self.sections.texts()),
                              choice.sections)
        self._show_format(choice, texts)
        self.sections.focus_first()
        self._edited()

    def _draft_saved(self, saved: SavedDraft) -> None:
        self.note_id = saved.note_id
        self.error.hide()
        if not self.saver.unsaved:
            self.state.setText(self.tr("Draft saved at {time}.").format(
                time=time_text(saved.updated_at, self._zone())))
        if saved.created:
            self.note_changed.emit(self.appointment_id)

    def _draft_failed(self, error: StillroomError) -> None:
        self.state.setText(self.tr("Not saved yet."))
        self._show_error(error)

    def _say_saved(self, note: Note) -> None:
        self.state.setText(self.tr("Draft saved at {time}.").format(
            time=when_text(note.updated_at, self._zone())))

    def _zone(self) -> ZoneInfo:
        assert self.facts is not None
        return self.facts.zone

    def _show_error(self, error: StillroomError) -> None:
        self.error.setText(readable(error))
        self.error.show()

    # Signing ------------------------------------------------------------------------------

    def ask_to_sign(self) -> QMessageBox:
        """Ask once, without blocking (the lock may come meanwhile); Sign signs."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign the note"), literal(self.tr(
            "Once signed, the note can no longer be edited. Anything you want to add later "
            "goes in a dated addendum below it.")), parent=self)
        box.setObjectName("sign_question")
        yes = box.addButton(self.tr("Sign"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self.sign() if box.clickedButton() is yes else None)
        box.open()
        return box

    def sign(self) -> None:
        """Save the last words and sign them, together, on the worker."""
        if self._format is None or self.signed:
            return
        self.saver.forget()
        vault, draft = self._vault, self.draft()
        self.sign_button.setEnabled(False)
        self._worker.run(lambda: save_and_sign(vault, draft), self._signed,
                         self._not_signed)

    def _signed(self, note: Note) -> None:
        self.note_id = note.id
        self.error.hide()
        self._addenda = list(note.addenda)
        self._set_signed(True, note)
        self.note_changed.emit(self.appointment_id)

    def _not_signed(self, error: StillroomError) -> None:
        self.sign_button.setEnabled(True)
        self._show_error(error)

    def _set_signed(self, signed: bool, note: Note | None) -> None:
        self.signed = signed
        self.sections.set_read_only(signed)
        self.format_picker.setEnabled(not signed)
        self.sign_button.setVisible(not signed)
        self.sign_button.setEnabled(not signed)
        self.addenda.setVisible(signed)
        if signed and note is not None and note.signed_at is not None:
            self.state.setText(self.tr("Signed on {when}. It can no longer be edited.").format(
                when=when_text(note.signed_at, self._zone())))
            self.addenda.show_addenda(self._addenda, self._zone())

    # Addenda ------------------------------------------------------------------------------

    def _add_addendum(self, text: str) -> None:
        if self.note_id is None:
            return
        vault, note_id = self._vault, self.note_id
        self._worker.run(lambda: add_addendum(vault, note_id, text), self._addendum_added,
                         lambda error: self.addenda.show_error(readable(error)))

    def _addendum_added(self, addendum: Addendum) -> None:
        self._addenda.append(addendum)
        self.addenda.show_addenda(self._addenda, self._zone())
        self.addenda.done()
        self.note_changed.emit(self.appointment_id)

    # Hiding and showing -------------------------------------------------------------------

    def reject(self) -> None:
        """Closed by the therapist: the note's boxes are saved as they go, but an addendum
        typed and not saved is asked about first."""
        if self.addenda.give_up():
            super().reject()

    def hideEvent(self, event: QHideEvent) -> None:
        """Closed, or hidden by the lock: what is typed is saved now, and the cursor's box is
        remembered for when it shows again."""
        self._focused = self.focusWidget()
        self.saver.save_now()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._focused is not None:
            self._focused.setFocus(Qt.FocusReason.OtherFocusReason)
