"""Undo and redo the therapist's last actions on the book, each as one transaction.

The vault keeps the history (`services.vault.undo_history`); here it is applied, after the
rules the book adds: a closed day is never changed, so an action that touched a closed
day's sessions or money cannot be undone or redone until the day is reopened; and a payment
or refund a receipt was made for stays as the receipt says.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session

from models import Appointment, LedgerEntry
from services.day_close.day_lock import local_day, refuse_if_closed
from services.errors import Refused
from services.money_papers.invoice_status import invoiced_charges
from services.money_papers.receipts import refuse_if_receipted
from services.vault.practice_vault import Vault
from services.vault.undo_history import Done, RowChange, values_of

CLOSED = ("This cannot be undone: it changed {day}, which is closed. Reopen the day first if "
          "it needs correcting.")
INVOICED = ("This cannot be undone: it changed a charge that is now on invoice {number}. Void "
            "the invoice first if it needs correcting.")


def undo(vault: Vault) -> Done | None:
    """Take back the newest action; returns it, or None when there is nothing to undo."""
    with vault.unit_of_work() as session:
        return vault.history.undo(session, _refuse)


def redo(vault: Vault) -> Done | None:
    """Make the newest undone action again; None when there is nothing to redo."""
    with vault.unit_of_work() as session:
        return vault.history.redo(session, _refuse)


def _refuse(session: Session, changes: Sequence[RowChange]) -> None:
    _refuse_closed_days(session, changes)
    # an issued invoice never changes: nor do the charges it lists, until it is voided
    invoiced = invoiced_charges(session, [change.key[0] for change in changes
                                          if change.model is LedgerEntry])
    if invoiced:
        raise Refused(INVOICED, number=min(invoiced.values()))


def _refuse_closed_days(session: Session, changes: Sequence[RowChange]) -> None:
    sessions = [c for c in changes if c.model is Appointment]
    money = [c for c in changes if c.model is LedgerEntry]
    days: set[date] = {day for day in values_of(money, "day")}
    for change in money:
        if change.before is not None and "day" not in change.before:
            entry = session.get(LedgerEntry, change.key)
            if entry is not None:
                days.add(entry.day)
    starts: list[datetime] = list(values_of(sessions, "starts_at"))
    for change in sessions:
        if change.before is not None and "starts_at" not in change.before:
            appointment = session.get(Appointment, change.key)
            if appointment is not None:
                starts.append(appointment.starts_at)
    days.update(local_day(session, start) for start in starts)
    try:
        refuse_if_closed(session, *sorted(days))
    except Refused as closed:
        raise Refused(CLOSED, day=closed.values["day"]) from None
    refuse_if_receipted(session, [change.key[0] for change in money
                                  if change.before is not None])
