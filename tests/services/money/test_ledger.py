from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import AuditEvent
from models.enums import LedgerKind, PaymentMethod, WaiverReason
from services.clients.client_records import ClientDraft, create_client
from services.errors import InvalidValue
from services.money.ledger import balance, lines, record
from services.vault.practice_vault import Vault

entries = st.lists(
    st.tuples(st.sampled_from(list(LedgerKind)), st.integers(min_value=0, max_value=10**9)),
    max_size=12,
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries)
def test_balance_is_the_signed_sum_of_the_lines(vault: Vault,
                                                 drawn: list[tuple[LedgerKind, int]]) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Ruth Hale"))
    for kind, amount in drawn:
        record(vault, client_id, kind, amount, method=PaymentMethod.CARD,
               waiver_reason=WaiverReason.GOODWILL, day=date(2026, 3, 2))
    expected = sum(amount if kind.sign > 0 else -amount for kind, amount in drawn)
    assert balance(vault, client_id) == expected
    assert sum(line.signed for line in lines(vault, client_id)) == expected


def test_payment_needs_a_method_and_waiver_a_reason(vault: Vault) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Ruth Hale"))
    with pytest.raises(InvalidValue) as caught:
        record(vault, client_id, LedgerKind.PAYMENT, 5000)
    assert caught.value.field == "method"
    with pytest.raises(InvalidValue) as caught:
        record(vault, client_id, LedgerKind.WAIVER, 5000)
    assert caught.value.field == "waiver_reason"
    with pytest.raises(InvalidValue):
        record(vault, client_id, LedgerKind.SESSION_CHARGE, -1)
    assert lines(vault, client_id) == []


def test_every_entry_is_audited_with_its_amount(vault: Vault) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Ruth Hale"))
    record(vault, client_id, LedgerKind.SESSION_CHARGE, 8000)
    with vault.unit_of_work() as session:
        event = session.query(AuditEvent).filter_by(entity="ledger_entry").one()
    assert '"amount":8000' in event.after
    assert event.actor == "test"
