from datetime import UTC, date, datetime, timedelta

from models.enums import AppointmentStatus, LedgerKind, PaymentMethod
from services.calendar.appointments import book, set_status
from services.clients.client_panel import client_panel
from services.clients.client_records import ClientDraft, create_client
from services.money.ledger import record
from services.vault.practice_vault import Vault


def test_the_panel_holds_the_ledger_newest_first_and_the_balance(vault: Vault) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    other = create_client(vault, ClientDraft(full_name="Other Person"))
    record(vault, client_id, LedgerKind.SESSION_CHARGE, 6000, day=date(2026, 3, 2))
    record(vault, client_id, LedgerKind.PAYMENT, 2000, method=PaymentMethod.CASH,
           day=date(2026, 3, 9))
    record(vault, client_id, LedgerKind.SESSION_CHARGE, 6000, day=date(2026, 3, 9))
    record(vault, other, LedgerKind.SESSION_CHARGE, 9900, day=date(2026, 3, 9))
    panel = client_panel(vault, client_id)
    assert [(line.day, line.kind, line.amount) for line in panel.ledger] == [
        (date(2026, 3, 9), LedgerKind.SESSION_CHARGE, 6000),
        (date(2026, 3, 9), LedgerKind.PAYMENT, 2000),
        (date(2026, 3, 2), LedgerKind.SESSION_CHARGE, 6000),
    ]
    assert panel.balance == 10000


def test_the_panel_keeps_at_most_100_ledger_lines(vault: Vault) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    first = date(2025, 1, 1)
    for i in range(105):
        record(vault, client_id, LedgerKind.SESSION_CHARGE, 100, day=first + timedelta(days=i))
    panel = client_panel(vault, client_id)
    assert len(panel.ledger) == 100
    assert panel.ledger[0].day == first + timedelta(days=104)
    assert panel.balance == 10500


def test_the_panel_splits_sessions_at_now(vault: Vault) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    now = datetime(2030, 5, 6, 12, tzinfo=UTC)
    earlier = book(vault, client_id, now - timedelta(days=7))[0]
    set_status(vault, earlier, AppointmentStatus.NO_SHOW, now=now)
    later = book(vault, client_id, now + timedelta(days=7))[0]
    panel = client_panel(vault, client_id, now)
    assert [(s.id, s.status) for s in panel.past_sessions] == [
        (earlier, AppointmentStatus.NO_SHOW)]
    assert [s.id for s in panel.next_sessions] == [later]


def test_the_panel_reads_the_invoices_and_settings_in_its_one_read(vault: Vault) -> None:
    from services.money_papers.invoice_status import InvoiceStatus
    from services.money_papers.invoices import issue_invoice
    from tests.services.money_papers.invoice_book import FEE, NOW, charged_client, pay

    client, sessions = charged_client(vault, sessions=2)
    issue_invoice(vault, client, appointment_id=sessions[0], now=NOW)
    pay(vault, client, FEE // 2)
    panel = client_panel(vault, client, NOW)
    [invoice] = panel.invoices
    assert (invoice.number, invoice.total, invoice.paid) == ("2026-0001", FEE, FEE // 2)
    assert invoice.status is InvoiceStatus.PART_PAID
    assert panel.session_invoices == {sessions[0]: "2026-0001"}
    assert (panel.settings.currency, panel.superbills) == ("GBP", False)
    # Due after two weeks: a month on, the same invoice is overdue.
    later = client_panel(vault, client, NOW + timedelta(days=31))
    assert later.invoices[0].status is InvoiceStatus.OVERDUE
