"""A missed session's fee as a dialog opened again reads it: a fee waived reads as waived,
with its reason, never as charged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.enums import AppointmentStatus, WaiverReason
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client
from services.money.missed_session_fees import (
    FeeSoFar,
    charge_fee,
    fee_so_far,
    waive_fee,
    waive_uncharged_fee,
)
from services.vault.practice_vault import Vault

MISSED_AT = datetime(2026, 6, 16, 9, 0, tzinfo=UTC)
DAYS = count(1)  # each example its own earlier day: sessions never overlap


@pytest.fixture
def no_show(vault: Vault) -> int:
    client = create_client(vault, ClientDraft(full_name="Nadia Volkova"))
    (appointment_id,) = book(vault, client, MISSED_AT)
    set_status(vault, appointment_id, AppointmentStatus.NO_SHOW)
    return appointment_id


def test_nothing_decided_is_nothing(vault: Vault, no_show: int) -> None:
    assert fee_so_far(vault, no_show) == FeeSoFar()
    assert not fee_so_far(vault, no_show).decided


def test_a_fee_waived_before_it_was_charged_reads_as_waived(vault: Vault, no_show: int) -> None:
    waive_uncharged_fee(vault, no_show, 6000, WaiverReason.OTHER, "Her flight was cancelled.")
    fee = fee_so_far(vault, no_show)
    assert fee == FeeSoFar(0, 6000, WaiverReason.OTHER, "Her flight was cancelled.")
    assert fee.decided


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(charged=st.integers(1, 20_000), part=st.floats(0, 1))
def test_a_fee_charged_then_partly_waived_reads_as_what_stands_and_what_went(
        vault: Vault, charged: int, part: float) -> None:
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    (appointment_id,) = book(vault, client, MISSED_AT - timedelta(days=next(DAYS)))
    set_status(vault, appointment_id, AppointmentStatus.NO_SHOW)
    charge_fee(vault, appointment_id, charged)
    let_go = int(charged * part)
    if let_go:
        waive_fee(vault, appointment_id, let_go, WaiverReason.GOODWILL)
    fee = fee_so_far(vault, appointment_id)
    assert (fee.charged, fee.waived) == (charged - let_go, let_go)
    assert fee.reason == (WaiverReason.GOODWILL if let_go else None)
    assert fee.decided
