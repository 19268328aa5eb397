"""The demo practice gives the call list a client for every rule on its today."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from demo.call_list import DemoRows, _late_now
from demo.practice import fill_demo_practice
from models.enums import AppointmentStatus, ClientStatus, LedgerKind
from services.calls.call_list import CallRule, call_list
from tests.demo.test_practice import TODAY, new_vault, now_of

NOW = datetime(2026, 3, 11, 9, 20, tzinfo=UTC)
UTC_ZONE = ZoneInfo("UTC")


def test_every_rule_has_a_client_on_the_demo_s_today(tmp_path: Path) -> None:
    vault = new_vault(tmp_path / "practice")
    try:
        fill_demo_practice(vault, years=2, clients=60, seed=1, today=TODAY)
        _zone, now = now_of(vault)
        # This demo's now falls between sessions, so nobody is late yet; the next session
        # today is left unmarked, and late once the late-call minutes (15) have passed.
        assert CallRule.LATE_NOW not in {e.rule for e in call_list(vault, now)}
        entries = call_list(vault, now + timedelta(minutes=16))
    finally:
        vault.close()
    assert {r.rule for e in entries for r in e.reasons} == set(CallRule)
    shy = [e for e in entries if e.do_not_contact]
    assert shy and all(r.rule == CallRule.SCHEDULING_MISTAKE for e in shy for r in e.reasons)
    assert any(r.rule == CallRule.FOLLOW_UP_DUE and r.follow_up_on == TODAY
               for e in entries for r in e.reasons)


def _rows(paid_with_another: bool) -> DemoRows:
    """Two clients today: one whose session began 20 minutes ago, one due this afternoon."""
    clients = [{"id": n, "status": ClientStatus.ACTIVE, "do_not_contact": False}
               for n in (1, 2)]
    sessions = [
        {"id": 10, "client_id": 1, "starts_at": NOW - timedelta(minutes=20),
         "length_minutes": 50, "status": AppointmentStatus.ATTENDED, "arrived_at": NOW},
        {"id": 11, "client_id": 2, "starts_at": NOW + timedelta(hours=3),
         "length_minutes": 50, "status": AppointmentStatus.SCHEDULED, "arrived_at": None},
    ]
    ledger = [{"client_id": 1, "appointment_id": 10, "kind": LedgerKind.SESSION_CHARGE,
               "amount": 8000, "day": NOW.date()}]
    if paid_with_another:  # one transfer for this session and the last: not cleanly undone
        ledger.append({"client_id": 1, "appointment_id": 10, "kind": LedgerKind.PAYMENT,
                       "amount": 16000, "day": NOW.date()})
    return DemoRows(clients, [], sessions, ledger, [], [])


def _context() -> SimpleNamespace:
    return SimpleNamespace(now=NOW, today=NOW.date(), policy=SimpleNamespace(zone=UTC_ZONE))


def test_a_session_under_way_is_left_unmarked_so_its_client_is_late_at_once() -> None:
    rows = _rows(paid_with_another=False)
    _late_now(_context(), rows, late_call_minutes=15)
    late, later = rows.appointments
    assert (late["status"], late["arrived_at"]) == (AppointmentStatus.SCHEDULED, None)
    assert rows.ledger == [] and rows.used == {1}
    assert later["status"] == AppointmentStatus.SCHEDULED


def test_out_of_reach_of_a_clean_undo_the_next_session_today_is_the_late_one() -> None:
    rows = _rows(paid_with_another=True)
    _late_now(_context(), rows, late_call_minutes=15)
    assert rows.appointments[0]["status"] == AppointmentStatus.ATTENDED
    assert len(rows.ledger) == 2 and rows.used == {2}
