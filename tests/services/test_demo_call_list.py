"""The demo practice gives the call list a client for every rule on its today."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from services.call_list import CallRule, call_list
from services.demo import fill_demo_practice
from tests.services.test_demo import TODAY, new_vault, now_of


def test_every_rule_has_a_client_on_the_demo_s_today(tmp_path: Path) -> None:
    vault = new_vault(tmp_path / "practice")
    try:
        fill_demo_practice(vault, years=2, clients=60, seed=1, today=TODAY)
        _zone, now = now_of(vault)
        # Nobody is late at the demo's very now (every past session is settled); the session
        # booked at now is late once the late-call minutes (15) have passed.
        assert CallRule.LATE_NOW not in {e.rule for e in call_list(vault, now)}
        entries = call_list(vault, now + timedelta(minutes=16))
    finally:
        vault.close()
    assert {r.rule for e in entries for r in e.reasons} == set(CallRule)
    shy = [e for e in entries if e.do_not_contact]
    assert shy and all(r.rule == CallRule.SCHEDULING_MISTAKE for e in shy for r in e.reasons)
    assert any(r.rule == CallRule.FOLLOW_UP_DUE and r.follow_up_on == TODAY
               for e in entries for r in e.reasons)
