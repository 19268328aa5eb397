from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models import AuditEvent, Client
from models.audit import event_hash
from services.vault.audit import verify
from services.vault.practice_vault import Vault

names = st.text(min_size=1, max_size=40)
changes = st.lists(
    st.one_of(
        st.tuples(st.just("add"), names),
        st.tuples(st.just("rename"), names),
        st.tuples(st.just("delete"), st.just("")),
    ),
    min_size=1,
    max_size=8,
)


def apply(vault: Vault, action: str, name: str) -> None:
    """One audited change through the ORM, each in its own unit of work."""
    with vault.unit_of_work() as session:
        client = session.scalars(select(Client).order_by(Client.id.desc())).first()
        if action == "add" or client is None:
            session.add(Client(full_name=name or "x", search_key=(name or "x").casefold(),
                               created_at=datetime.now(UTC)))
        elif action == "rename":
            client.full_name = name
        else:
            session.delete(client)


def rewrite(session: Session, seq: int) -> None:
    """Edit an event and give it a hash that matches the edit, as a careful forger would."""
    event = session.get_one(AuditEvent, seq)
    forged = event.after + " "
    digest = event_hash(event.seq, event.at, event.actor, event.action, event.entity,
                        event.entity_id, event.before, forged, event.prev_hash)
    session.execute(text("UPDATE audit_event SET after = :a, hash = :h WHERE seq = :s"),
                    {"a": forged, "h": digest, "s": seq})


TAMPERING = {
    "edit": lambda session, seq: session.execute(
        text("UPDATE audit_event SET actor = actor || '!' WHERE seq = :s"), {"s": seq}),
    "delete": lambda session, seq: session.execute(
        text("DELETE FROM audit_event WHERE seq = :s"), {"s": seq}),
    "rewrite": rewrite,
}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=changes, victim=st.integers(min_value=0), how=st.sampled_from(sorted(TAMPERING)))
def test_any_tampered_event_is_reported(vault: Vault, changes: list[tuple[str, str]],
                                        victim: int, how: str) -> None:
    for action, name in changes:
        apply(vault, action, name)
    with Session(vault.engine) as session:
        assert verify(session) == []
        seqs = session.scalars(select(AuditEvent.seq)).all()
        TAMPERING[how](session, seqs[victim % len(seqs)])
        assert verify(session) != []
        session.rollback()  # the vault is shared by every example: undo the tampering


def test_a_new_practice_has_an_intact_trail(vault: Vault) -> None:
    with vault.unit_of_work() as session:
        assert session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc())) == 1
        assert verify(session) == []


def test_an_edited_event_is_named(vault: Vault) -> None:
    apply(vault, "add", "Mira Holt")
    with Session(vault.engine) as session:
        session.execute(text("UPDATE audit_event SET after = '{}' WHERE seq = 2"))
        assert verify(session) == ["Audit event 2 was changed after it was written."]


def test_deleting_the_newest_event_is_reported(vault: Vault) -> None:
    apply(vault, "add", "Mira Holt")
    with Session(vault.engine) as session:
        session.execute(text("DELETE FROM audit_event WHERE seq = 2"))
        assert verify(session) == [
            "The audit trail should end at event 2 but ends at event 1: "
            "its newest events were deleted or altered."
        ]


def test_a_deleted_event_in_the_middle_is_reported_as_a_gap(vault: Vault) -> None:
    apply(vault, "add", "Mira Holt")
    apply(vault, "rename", "Mira Holt-Jones")
    with Session(vault.engine) as session:
        session.execute(text("DELETE FROM audit_event WHERE seq = 2"))
        problems = verify(session)
    assert problems == ["The audit trail skips from event 1 to event 3: events were deleted."]


def test_every_event_names_the_row_it_is_about(vault: Vault) -> None:
    from services.clients.client_records import ClientDraft, create_client

    client_id = create_client(vault, ClientDraft(full_name="Ida Marsh"))
    with vault.unit_of_work() as session:
        created = session.query(AuditEvent).filter_by(entity="client", action="create").one()
    assert created.entity_id == str(client_id)


def test_replacing_a_clients_numbers_records_the_old_ones_deleted(vault: Vault) -> None:
    from services.clients.client_records import (
        ClientDraft,
        PhoneNumber,
        create_client,
        read_client,
        update_client,
    )

    create_client(vault, ClientDraft(full_name="Ann Lee",
                                     numbers=(PhoneNumber("+44 7700 900001"),)))
    second = create_client(vault, ClientDraft(full_name="Bo Park",
                                              numbers=(PhoneNumber("+44 7700 900002"),)))
    draft = read_client(vault, second).draft
    update_client(vault, second, draft.__class__(**{**draft.__dict__, "numbers": (
        PhoneNumber("+44 7700 900003"),)}))
    with vault.unit_of_work() as session:
        deleted = session.scalars(select(AuditEvent.entity_id).where(
            AuditEvent.entity == "contact_number", AuditEvent.action == "delete")).all()
        assert deleted == ["2"]  # the orphan the flush deleted itself
        assert verify(session, records=True) == []


def test_a_row_changed_behind_the_trails_back_is_named(vault: Vault) -> None:
    apply(vault, "add", "Mira Holt")
    apply(vault, "add", "Ida Marsh")
    with Session(vault.engine) as session:
        assert verify(session, records=True) == []
        session.execute(text("UPDATE client SET chart_notes = 'not through Stillroom' "
                             "WHERE id = 2"))
        session.execute(text("DELETE FROM contact_number"))  # nothing the trail knows of
        assert verify(session, records=True) == [
            "The record of client 2 no longer matches its audit trail."]
        assert verify(session) == []  # the chain alone cannot see it
        session.rollback()


def test_a_deleted_row_back_again_or_a_row_gone_is_named(vault: Vault) -> None:
    apply(vault, "add", "Mira Holt")
    apply(vault, "add", "Ida Marsh")
    apply(vault, "delete", "")  # Ida, the newest
    with Session(vault.engine) as session:
        session.execute(text("INSERT INTO client (id, full_name, preferred_name, search_key, "
                             "email, address, preferred_modality, online_handle, status, "
                             "do_not_contact, chart_notes, created_at) SELECT 2, full_name, "
                             "preferred_name, search_key, email, address, preferred_modality, "
                             "online_handle, status, do_not_contact, chart_notes, created_at "
                             "FROM client WHERE id = 1"))
        session.execute(text("DELETE FROM client WHERE id = 1"))
        assert verify(session, records=True) == [
            "The record of client 1 no longer matches its audit trail.",
            "The record of client 2 no longer matches its audit trail."]
        session.rollback()


def test_an_instant_recorded_in_another_time_zone_is_the_same_instant(vault: Vault) -> None:
    from zoneinfo import ZoneInfo

    with vault.unit_of_work() as session:
        session.add(Client(full_name="Mira Holt", search_key="mira holt",
                           created_at=datetime(2026, 3, 10, 9, 30, tzinfo=ZoneInfo("Asia/Tokyo"))))
    with Session(vault.engine) as session:
        recorded = session.scalars(select(AuditEvent.after).where(
            AuditEvent.entity == "client")).one()
        assert "+09:00" in recorded
        assert verify(session, records=True) == []


def test_a_row_with_a_two_column_key_is_compared_too(vault: Vault) -> None:
    from services.clients.client_records import link_acquaintances

    apply(vault, "add", "Mira Holt")
    apply(vault, "add", "Ida Marsh")
    link_acquaintances(vault, 1, 2)
    with Session(vault.engine) as session:
        assert verify(session, records=True) == []
        session.execute(text("UPDATE acquaintance SET note = 'changed by hand'"))
        assert verify(session, records=True) == [
            "The record of acquaintance 1:2 no longer matches its audit trail."]
        session.rollback()
