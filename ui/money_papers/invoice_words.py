"""How an invoice's state and a session's invoice read in the window's language."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from services.money_papers.invoice_status import InvoiceSummary
from ui.labels import window_label

translate = QCoreApplication.translate
NOT_IN_A_NAME = str.maketrans({character: "-" for character in '/\\:*?"<>|'})


def status_text(paper: InvoiceSummary) -> str:
    """'Paid', 'Overdue', 'Voided by CN-2026-0003'; for a credit note, what it voids."""
    if paper.status is None:
        return translate("InvoiceWords", "Voids {number}").format(number=paper.voids)
    if paper.voided_by:
        return translate("InvoiceWords", "Voided by {number}").format(number=paper.voided_by)
    return window_label(paper.status)


def with_invoice(status: str, appointment_id: int, invoices: Mapping[int, str]) -> str:
    """A session's status, with the number of the invoice it is on: 'Attended · 2026-0042'."""
    number = invoices.get(appointment_id)
    if number is None:
        return status
    return translate("InvoiceWords", "{status} · invoice {number}").format(status=status,
                                                                          number=number)


def file_name(number: str) -> str:
    """The paper's file name: its number, with nothing in it a folder could mistake
    ("INV/042/2026" is saved as INV-042-2026.pdf)."""
    return f"{number.translate(NOT_IN_A_NAME)}.pdf"
