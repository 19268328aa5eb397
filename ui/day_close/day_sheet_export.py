"""The closed day's sheet saved as PDF or CSV, as the file's name says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from services.day_close.day_sheet import day_sheet_csv, day_sheet_pdf
from services.day_close.reconciliation import DayReview
from services.practice.practice_settings import PracticeSettings
from ui.day_close.file_export import FileExport

translate = QCoreApplication.translate


def write_day_sheet(path: Path, review: DayReview, settings: PracticeSettings) -> None:
    """CSV for a .csv name, else PDF."""
    if path.suffix.lower() == ".csv":
        path.write_text(day_sheet_csv(review, settings.language), encoding="utf-8", newline="")
    else:
        path.write_bytes(day_sheet_pdf(review, settings))


def ask_for_day_sheet(export: FileExport, window: QWidget, review: DayReview,
                      settings: PracticeSettings) -> None:
    export.ask(window, translate("DaySheet", "Save the day sheet"),
               f"day-sheet-{review.day.isoformat()}.pdf",
               [(translate("DaySheet", "PDF document (*.pdf)"), "pdf"),
                (translate("DaySheet", "CSV spreadsheet (*.csv)"), "csv")],
               lambda path: write_day_sheet(path, review, settings))
