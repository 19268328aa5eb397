from datetime import date

import pytest

from models import AuditEvent
from services.clients.chart import add_to_chart
from services.clients.client_records import ClientDraft, client_details, create_client
from services.errors import InvalidValue
from services.vault.practice_vault import Vault


def notes(vault: Vault, client_id: int) -> str:
    with vault.unit_of_work() as session:
        return client_details(session, client_id).draft.chart_notes


def test_entries_are_added_in_order_with_their_date_and_audited(vault: Vault) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Ida Marsh", chart_notes="Intake."))
    add_to_chart(vault, client_id, date(2026, 11, 20), "Missed session", "I forgot; I rang.")
    add_to_chart(vault, client_id, date(2026, 11, 22), "Repair plan", "Talk it through.")
    assert notes(vault, client_id) == (
        "Intake.\n\n2026-11-20 — Missed session\nI forgot; I rang.\n\n"
        "2026-11-22 — Repair plan\nTalk it through.")
    with vault.unit_of_work() as session:
        updates = session.query(AuditEvent).filter_by(entity="client", action="update").count()
    assert updates == 2


def test_an_empty_entry_is_refused_and_the_chart_is_unchanged(vault: Vault) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Ida Marsh"))
    with pytest.raises(InvalidValue):
        add_to_chart(vault, client_id, date(2026, 11, 20), "Note", "   ")
    assert notes(vault, client_id) == ""
