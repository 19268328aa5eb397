"""The practice's data as SQLAlchemy 2.0 mapped classes, and the engine over SQLCipher.

The mapped classes load on first use (`from models import Client`), all of them at once so
every relationship finds its class: SQLAlchemy is heavy, and the window's first frame needs
`models.enums` (a package import runs this file) long before it needs any data.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.appointment import Appointment, Series
    from models.audit import AuditEvent, AuditHead
    from models.base import Base
    from models.block import Block
    from models.client import Acquaintance, Client, ContactNumber
    from models.contact_log import ContactLogEntry
    from models.day_close import DayClose
    from models.imported_event import EventOrigin
    from models.invoice import Invoice, InvoiceLine, PaperNumber
    from models.ledger import LedgerEntry
    from models.letter import Letter
    from models.note import NoteAddendum, NoteTemplate, SessionNote
    from models.practice import Practice
    from models.reflection import Reflection
    from models.service_code import ServiceCode
    from models.waiting import WaitingPerson, WaitingTime

# Where each mapped class lives.
MAPPED = {
    "Acquaintance": "models.client",
    "Appointment": "models.appointment",
    "AuditEvent": "models.audit",
    "AuditHead": "models.audit",
    "Base": "models.base",
    "Block": "models.block",
    "Client": "models.client",
    "ContactLogEntry": "models.contact_log",
    "ContactNumber": "models.client",
    "DayClose": "models.day_close",
    "EventOrigin": "models.imported_event",
    "Invoice": "models.invoice",
    "InvoiceLine": "models.invoice",
    "LedgerEntry": "models.ledger",
    "Letter": "models.letter",
    "NoteAddendum": "models.note",
    "NoteTemplate": "models.note",
    "PaperNumber": "models.invoice",
    "Practice": "models.practice",
    "Reflection": "models.reflection",
    "Series": "models.appointment",
    "ServiceCode": "models.service_code",
    "SessionNote": "models.note",
    "WaitingPerson": "models.waiting",
    "WaitingTime": "models.waiting",
}

__all__ = [
    "Acquaintance",
    "Appointment",
    "AuditEvent",
    "AuditHead",
    "Base",
    "Block",
    "Client",
    "ContactLogEntry",
    "ContactNumber",
    "DayClose",
    "EventOrigin",
    "Invoice",
    "InvoiceLine",
    "LedgerEntry",
    "Letter",
    "NoteAddendum",
    "NoteTemplate",
    "PaperNumber",
    "Practice",
    "Reflection",
    "Series",
    "ServiceCode",
    "SessionNote",
    "WaitingPerson",
    "WaitingTime",
]


def __getattr__(name: str) -> Any:
    """The mapped class `name`, every mapped class imported the first time one is asked for."""
    if name not in MAPPED:
        raise AttributeError(f"module 'models' has no attribute {name!r}")
    for each, module in MAPPED.items():
        globals()[each] = getattr(import_module(module), each)
    return globals()[name]
