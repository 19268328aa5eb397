"""A made PDF on screen: its preview, "Save as PDF…" (Ctrl+S) and "Print…" (Ctrl+P).

Shared by the letter dialog, the kept-letter viewer and the recovery sheet. Saving writes only
the file the therapist chose; printing goes through the system's print dialog. Both run on the
paper worker, so a slow disk or printer never freezes the window. `delivered` says the PDF
has left Stillroom (saved or printed), for the letter dialog to keep the letter then.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from services.errors import StillroomError
from ui.file_dialogs import SAVE_FOLDER, forget_qt_history
from ui.forms import ERROR_STYLE, HINT_STYLE, note_label, refit
from ui.letters.pdf_preview import PdfPreview
from ui.letters.printing import print_pdf, printer_for
from ui.paper_files import written
from ui.worker import DatabaseWorker, readable

# What the pane asks its owner before saving or printing: make the PDF current, then go on.
Ready = Callable[[Callable[[], None]], None]


class PaperPane(QWidget):
    """The preview of `pdf`, with its Save and Print buttons and a line saying how it went."""

    delivered = Signal()

    def __init__(self, paper: DatabaseWorker, hint: str = "", ready: Ready | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paper = paper
        self._ready = ready
        self._pdf: bytes | None = None
        self._file_name = "letter.pdf"
        self._busy = False
        self._allowed = True
        self.preview = PdfPreview(hint)
        self.message = note_label()
        self.message.setObjectName("paper_message")
        self.message.hide()
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_button.setToolTip(self.tr("Save the letter as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Print on paper (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_pages)
        for keys, act in ((QKeySequence.StandardKey.Save, self.save),
                          (QKeySequence.StandardKey.Print, self.print_pages)):
            QShortcut(QKeySequence(keys), self, act)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.message, 1)
        buttons.addStretch()  # (while the message is hidden)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self._enable()

    @property
    def pdf(self) -> bytes | None:
        return self._pdf

    def set_pdf(self, pdf: bytes, file_name: str) -> None:
        """Show `pdf`; saving suggests `file_name`."""
        self._pdf, self._file_name = pdf, file_name
        self.preview.show_pdf(pdf)
        self.say("")
        self._enable()

    def forget(self, hint: str) -> None:
        """The PDF shown no longer stands (the letter was changed): show `hint` instead."""
        self._pdf = None
        self.preview.show_hint(hint)
        self._enable()

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        self.message.setVisible(bool(text))
        refit(self.message)

    def set_enabled_for(self, can: bool) -> None:
        """Whether the owner allows saving and printing now (not while it makes the PDF)."""
        self._allowed = can
        self._enable()

    def _enable(self) -> None:
        can = not self._busy and self._allowed and (
            self._pdf is not None or self._ready is not None)
        self.save_button.setEnabled(can)
        self.print_button.setEnabled(can)

    def _when_ready(self, then: Callable[[], None]) -> None:
        if not self.save_button.isEnabled():
            return  # busy, or nothing to save: the shortcut does what the button would
        if self._ready is None:
            then()
        else:
            self._ready(then)

    # Saving ------------------------------------------------------------------------------

    def save(self) -> None:
        self._when_ready(self._save)

    def _save(self) -> None:
        pdf = self._pdf
        if pdf is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(SAVE_FOLDER.start() / self._file_name),
            self.tr("PDF files (*.pdf)"))
        forget_qt_history()  # the dialog is gone, and wrote the folders it saw
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        SAVE_FOLDER.chosen(path)
        self._set_busy(True)
        self._paper.run(lambda: written(path, lambda target: target.write_bytes(pdf)),
                        lambda why: self._saved(path, why), self._failed)

    def _saved(self, path: Path, why: str) -> None:
        self._set_busy(False)
        if why:
            self.say(self.tr("Stillroom could not save {path}: {reason}").format(
                path=str(path), reason=why), error=True)
            return
        self.say(self.tr("Saved as {path}.").format(path=str(path)))
        self.delivered.emit()

    # Printing ----------------------------------------------------------------------------

    def print_pages(self) -> None:
        self._when_ready(self._print)

    def _print(self) -> None:
        pdf = self._pdf
        if pdf is None:
            return
        printer = printer_for(self.preview.document.pagePointSize(0))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        for option in (QAbstractPrintDialog.PrintDialogOption.PrintSelection,
                       QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
                       QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage):
            dialog.setOption(option, False)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        self._set_busy(True)
        self.say(self.tr("Printing…"))
        self._paper.run(lambda: print_pdf(pdf, printer), self._printed, self._failed)

    def _printed(self, pages: int) -> None:
        self._set_busy(False)
        if pages == 0:
            self.say(self.tr("The printer could not be started. Check that it is on and "
                             "connected, then try again."), error=True)
            return
        self.say(self.tr("Sent %n page(s) to the printer.", "", pages))
        self.delivered.emit()

    def _failed(self, error: StillroomError) -> None:
        self._set_busy(False)
        self.say(readable(error), error=True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._enable()
