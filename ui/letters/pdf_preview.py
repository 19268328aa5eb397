"""A PDF shown inside a dialog, straight from memory: no temporary file is ever written.

QPdfDocument reads the bytes through a QBuffer over a QByteArray; both are kept here for as
long as the document shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QStackedLayout, QWidget

from ui.forms import HINT_STYLE
from ui.plain_text import plain_label


class PdfPreview(QWidget):
    """The pages of one PDF, one under the other, fitted to the width; or a hint when empty."""

    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer = QBuffer(self)
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setAccessibleName(self.tr("Preview of the printed pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.hint = plain_label(hint)
        self.hint.setObjectName("preview_hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(HINT_STYLE)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.hint)
        self._stack.addWidget(self.view)

    def show_pdf(self, pdf: bytes) -> None:
        """Show these PDF bytes, from memory, in place of what was shown."""
        self.clear()
        self._bytes = QByteArray(pdf)
        self._buffer.setBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._stack.setCurrentWidget(self.view)

    def show_hint(self, text: str) -> None:
        """Words in place of the pages (nothing made yet, or the letter changed since)."""
        self.clear()
        self.hint.setText(text)

    def clear(self) -> None:
        self.document.close()
        if self._buffer.isOpen():
            self._buffer.close()
        self._bytes = QByteArray()
        self._stack.setCurrentWidget(self.hint)

    def is_showing(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready
