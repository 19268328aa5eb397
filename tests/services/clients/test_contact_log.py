from datetime import UTC, date, datetime

import pytest

from models import AuditEvent
from models.enums import ContactChannel, ContactOutcome
from services.clients.client_panel import client_panel
from services.clients.client_records import ClientDraft, create_client
from services.clients.contact_log import log_contact
from services.errors import InvalidValue, NotFound
from services.vault.practice_vault import Vault


def test_contacts_show_newest_first_in_the_panel_and_are_audited(vault: Vault) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    log_contact(vault, client_id, ContactChannel.VOICEMAIL, ContactOutcome.VOICEMAIL,
                reason="missed session", at=datetime(2026, 3, 2, 10, tzinfo=UTC))
    log_contact(vault, client_id, ContactChannel.CALL, ContactOutcome.REACHED,
                reason="rebooking", follow_up_on=date(2026, 3, 9),
                at=datetime(2026, 3, 3, 10, tzinfo=UTC))
    contacts = client_panel(vault, client_id).contacts
    assert [(c.reason, c.follow_up_on) for c in contacts] == [
        ("rebooking", date(2026, 3, 9)), ("missed session", None)]
    with vault.unit_of_work() as session:
        assert session.query(AuditEvent).filter_by(entity="contact_log_entry").count() == 2


def test_a_contact_for_nobody_or_in_the_far_future_is_refused(vault: Vault) -> None:
    with pytest.raises(NotFound):
        log_contact(vault, 404, ContactChannel.CALL, ContactOutcome.NO_ANSWER)
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    with pytest.raises(InvalidValue) as caught:
        log_contact(vault, client_id, ContactChannel.CALL, ContactOutcome.NO_ANSWER,
                    follow_up_on=date(2201, 1, 1))
    assert caught.value.field == "follow_up_on"
    assert client_panel(vault, client_id).contacts == ()
