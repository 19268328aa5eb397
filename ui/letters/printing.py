"""Printing a PDF made in memory: each page drawn as an image on the system's printer.

`print_pdf` runs on the paper worker, never the GUI thread: QPainter may paint on a QPrinter
from another thread, and it reads the PDF through its own QPdfDocument. The page is drawn from
the paper's corner (full page), so the address lands in the envelope's window as designed.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Pages are drawn at the printer's resolution, up to this: a finer image is only slower and
# larger (an A4 page at 1200 dpi would be half a gigabyte of pixels).
MAX_DPI = 300
POINTS_PER_INCH = 72


def printer_for(page: QSizeF) -> QPrinter:
    """A printer set to the paper the PDF was made for (`page`, in points: the practice's A4
    or US Letter), upright, drawing from the paper's corner."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(page, QPageSize.Unit.Point))  # matched to the named size
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page of `pdf` on `printer`; the number of pages printed (0: it would not
    start, as when the printer or its output file cannot be opened)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            return 0
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            for index in range(document.pageCount()):
                if index and not printer.newPage():
                    return index
                _draw_page(painter, document, index, paper, dpi)
        finally:
            painter.end()
        return document.pageCount()
    finally:
        document.close()
        buffer.close()


def _draw_page(painter: QPainter, document: QPdfDocument, index: int, paper: QRectF,
               dpi: int) -> None:
    """One page, as large as fits the paper and from its top left corner."""
    points = document.pagePointSize(index)
    scale = min(paper.width() / points.width(), paper.height() / points.height())
    image = document.render(index, QSize(round(points.width() * dpi / POINTS_PER_INCH),
                                         round(points.height() * dpi / POINTS_PER_INCH)))
    target = QRectF(0, 0, points.width() * scale, points.height() * scale)
    painter.drawImage(target, image)
