"""A dialog holding one made PDF: a heading, the preview, Save as PDF…, Print… and Close."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.forms import ERROR_STYLE, heading_label, note_label
from ui.letters.paper_pane import PaperPane
from ui.paper_files import paper_worker
from ui.worker import DatabaseWorker


class PaperDialog(QDialog):
    """Shows a PDF given now (`show_pdf`) or read later; `show_error` when it cannot be."""

    def __init__(self, title: str, heading: str, details: str = "", *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.heading = heading_label(heading)
        self.heading.setWordWrap(True)
        self.details = note_label(details)
        self.details.setVisible(bool(details))
        self.error = note_label()
        self.error.setObjectName("paper_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.pane = PaperPane(paper or paper_worker(), self.tr("Opening…"))
        self.pane.set_enabled_for(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.details)
        self.column.addWidget(self.error)
        self.column.addWidget(self.pane, 1)
        self.column.addLayout(bottom)
        self.resize(760, 860)

    def show_pdf(self, pdf: bytes, file_name: str) -> None:
        self.error.hide()
        self.pane.set_enabled_for(True)
        self.pane.set_pdf(pdf, file_name)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.pane.forget("")


def open_paper(parent: QWidget | None, title: str, pdf: bytes, file_name: str) -> PaperDialog:
    """Show `pdf` in a window-modal dialog, not blocking; returns it."""
    dialog = PaperDialog(title, title, parent=parent)
    dialog.show_pdf(pdf, file_name)
    dialog.open()
    return dialog


