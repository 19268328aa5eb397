from datetime import time

import pytest

from models import AuditEvent
from models.enums import FeeRule
from services.errors import InvalidValue
from services.practice.practice_settings import read_settings, update_settings
from services.vault.practice_vault import Vault


def test_changed_settings_are_kept_and_audited(vault: Vault) -> None:
    update_settings(vault, cancel_window_hours=48, no_show_fee_rule=FeeRule.PERCENT,
                    no_show_fee_value=50, session_fee=9000)
    settings = read_settings(vault)
    assert (settings.cancel_window_hours, settings.no_show_fee_value, settings.session_fee) == (
        48, 50, 9000)
    with vault.unit_of_work() as session:
        event = session.query(AuditEvent).filter_by(entity="practice", action="update").one()
    assert '"cancel_window_hours":48' in event.after and '"cancel_window_hours":24' in event.before


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"session_minutes": 0}, "session_minutes"),
        ({"session_minutes": 481}, "session_minutes"),
        ({"session_fee": -100}, "session_fee"),
        ({"cancel_window_hours": 169}, "cancel_window_hours"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"currency": "XYZ"}, "currency"),
        ({"work_starts": time(18), "work_ends": time(9)}, "work_ends"),
        ({"no_show_fee_rule": FeeRule.PERCENT, "no_show_fee_value": 150}, "no_show_fee_value"),
        ({"practice_name": ""}, "practice_name"),
    ],
)
def test_settings_out_of_range_are_refused_and_nothing_changes(
    vault: Vault, changes: dict[str, object], field: str
) -> None:
    before = read_settings(vault)
    with pytest.raises(InvalidValue) as caught:
        update_settings(vault, **changes)
    assert caught.value.field == field
    assert read_settings(vault) == before
