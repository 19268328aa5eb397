"""The practice's data as SQLAlchemy 2.0 mapped classes, and the engine over SQLCipher."""

from models.appointment import Appointment, Series
from models.audit import AuditEvent, AuditHead
from models.base import Base
from models.block import Block
from models.client import Acquaintance, Client, ContactNumber
from models.contact_log import ContactLogEntry
from models.day_close import DayClose
from models.invoice import Invoice, InvoiceLine, PaperNumber
from models.ledger import LedgerEntry
from models.letter import Letter
from models.note import NoteAddendum, NoteTemplate, SessionNote
from models.practice import Practice
from models.reflection import Reflection
from models.service_code import ServiceCode

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
]
