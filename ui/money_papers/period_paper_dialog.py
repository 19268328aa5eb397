"""A paper of one client for a period (a statement of account, a superbill): the first and
last day and the language above the preview; read on the database worker, rendered on the
paper worker, then printed or saved, and kept with the client's papers once it has left
Stillroom (once for each one made), so trying a few periods keeps nothing.

Each paper says what it reads, renders and keeps (`PeriodPaper`), names its fields and lays
out its row of days (`days_row`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QWidget

from models.enums import Language
from services.vault.practice_vault import Vault
from ui.client_fields import date_format
from ui.dates import qdate
from ui.letters.paper_dialog import ClientPaperDialog, language_choice
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker


def last_month(today: date) -> tuple[date, date]:
    """The calendar month before the one `today` is in: its first and last days."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def day_field(name: str, day: date) -> QDateEdit:
    field = QDateEdit(qdate(day))
    field.setObjectName(name)
    field.setCalendarPopup(True)
    field.setDisplayFormat(date_format())
    return field


def picked(field: QDateEdit) -> date:
    day = field.date()
    return date(day.year(), day.month(), day.day())


@dataclass(frozen=True)
class PeriodPaper:
    """What a paper for a period is made of: `read(vault, client id, first, last, language,
    now)` on the database worker, `render(read, language)` to PDF bytes on the paper worker,
    its file's name, and `keep(vault, read, pdf, language)` on the database worker."""

    kind: str  # names the fields: "<kind>_from", "<kind>_to", "<kind>_language", "make_<kind>"
    read: Callable[[Vault, int, date, date, Language, datetime], Any]
    render: Callable[[Any, Language], bytes]
    file_name: Callable[[Any], str]
    keep: Callable[[Vault, Any, bytes, Language], object]


class PeriodPaperDialog(ClientPaperDialog):
    """`paper_read` with what was read (before it is rendered), `paper_kept` with it once it
    is kept."""

    paper_read = Signal(object)
    paper_kept = Signal(object)

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int, name: str,
                 now: Callable[[], datetime], words: tuple[str, str, str], make: str,
                 paper_kind: PeriodPaper, days: tuple[date, date], *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, client_id, name, now, words, make, paper=paper,
                         parent=parent)
        self._kind = paper_kind
        self._made: tuple[Any, bytes, Language] | None = None
        self._kept_pdf: bytes | None = None
        kind = paper_kind.kind
        self.first = day_field(f"{kind}_from", days[0])
        self.last = day_field(f"{kind}_to", days[1])
        self.language = language_choice(f"{kind}_language", "")
        self.make_button.setObjectName(f"make_{kind}")
        self.make_button.clicked.connect(self.make)
        self.pane.delivered.connect(self._keep)

    def days_row(self, before: str, between: str) -> QWidget:
        """The two days in a row: `before` the first (if any words), `between` them."""
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        if before:
            row.addWidget(plain_label(before))
        row.addWidget(self.first)
        row.addWidget(plain_label(between))
        row.addWidget(self.last)
        row.addStretch()
        return days

    def make(self) -> None:
        """Read on the database worker, then render on the paper worker."""
        if self._busy:
            return
        self.errors.clear()
        first, last = picked(self.first), picked(self.last)
        language = Language(self.language.currentData())
        vault, client_id, now, reading = self._vault, self._client_id, self._now(), self._kind.read
        self._set_busy(True)
        self._worker.run(lambda: reading(vault, client_id, first, last, language, now),
                         lambda read: self._render(read, language), self._refused)

    def _render(self, read: Any, language: Language) -> None:
        self.paper_read.emit(read)
        render = self._kind.render
        self._paper.run(lambda: render(read, language),
                        lambda pdf: self._rendered(read, pdf, language), self._refused)

    def _rendered(self, read: Any, pdf: bytes, language: Language) -> None:
        self._set_busy(False)
        self._made = (read, pdf, language)
        self.show_pdf(pdf, self._kind.file_name(read))

    def _keep(self) -> None:
        """The paper left Stillroom: keep it with the client's papers, once."""
        if self._made is None or self._kept_pdf is self._made[1]:
            return
        read, pdf, language = self._made
        self._kept_pdf = pdf
        vault, keep = self._vault, self._kind.keep
        self._worker.run(lambda: keep(vault, read, pdf, language),
                         lambda _id: self.paper_kept.emit(read), self._refused)
