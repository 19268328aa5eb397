from datetime import UTC, datetime, timedelta

import pytest

from models import AuditEvent, Client
from models.enums import AppointmentStatus, CancelledBy, ClientStatus, ReasonCategory
from services.calendar.appointments import book, cancel, set_status
from services.clients.client_records import (
    ClientDraft,
    ListOrder,
    PhoneNumber,
    client_details,
    create_client,
    find_client,
    link_acquaintances,
    list_clients,
    read_client,
    search_clients,
    update_chart_notes,
    update_client,
)
from services.errors import Ambiguous, InvalidValue, NotFound
from services.vault.practice_vault import Vault

NAMES = ["O'Brien", "Zoë Łódź-Ñandú", "Евгения Порошина", "ليلى حداد", "Sam 🌿 Rivers"]


@pytest.mark.parametrize("name", NAMES)
def test_names_in_any_script_come_back_exactly(vault: Vault, name: str) -> None:
    client_id = create_client(vault, ClientDraft(full_name=name))
    with vault.unit_of_work() as session:
        assert client_details(session, client_id).draft.full_name == name


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (ClientDraft(full_name=""), "full_name"),
        (ClientDraft(full_name="x" * 201), "full_name"),
        (ClientDraft(full_name="Bad\x00Name"), "full_name"),
        (ClientDraft(full_name="Tab\tName"), "full_name"),
        (ClientDraft(full_name="Ok", fee_override=-1), "fee_override"),
        (ClientDraft(full_name="Ok", email="not-an-email"), "email"),
        (ClientDraft(full_name="Ok", numbers=(PhoneNumber("call me"),)), "numbers.0"),
    ],
)
def test_bad_values_are_refused_with_the_field_and_nothing_is_written(
    vault: Vault, draft: ClientDraft, field: str
) -> None:
    with pytest.raises(InvalidValue) as caught:
        create_client(vault, draft)
    assert caught.value.field == field
    with vault.unit_of_work() as session:
        assert session.query(Client).count() == 0


def test_search_ignores_case_and_accents_in_any_script(vault: Vault) -> None:
    for name in NAMES + ["Zoe Adams", "Евгений Ёлкин"]:
        create_client(vault, ClientDraft(full_name=name))
    assert {c.full_name for c in search_clients(vault, "ZOE")} == {"Zoë Łódź-Ñandú", "Zoe Adams"}
    assert {c.full_name for c in search_clients(vault, "лодз")} == set()
    assert {c.full_name for c in search_clients(vault, "lodz")} == {"Zoë Łódź-Ñandú"}
    assert [c.full_name for c in search_clients(vault, "евген")] == [
        "Евгений Ёлкин", "Евгения Порошина"]
    assert [c.full_name for c in search_clients(vault, "елкин")] == ["Евгений Ёлкин"]
    assert search_clients(vault, "%") == []


@pytest.mark.parametrize("typed", ["obrien", "O'Brien", "o’brien", "OBRIEN", "o brien"])
def test_search_ignores_punctuation_in_the_name_and_in_what_is_typed(vault: Vault,
                                                                       typed: str) -> None:
    create_client(vault, ClientDraft(full_name="Siobhán O'Brien"))
    create_client(vault, ClientDraft(full_name="Anne-Marie St. John"))
    found = [c.full_name for c in search_clients(vault, typed)]
    assert found == ([] if typed == "o brien" else ["Siobhán O'Brien"])
    assert [c.full_name for c in search_clients(vault, "anne marie st john")] == [
        "Anne-Marie St. John"]
    assert search_clients(vault, "'") == search_clients(vault, "-") == []


def test_the_list_sorts_by_surname(vault: Vault) -> None:
    for name in ("Zoe Adams", "Anna O'Brien", "Boris Ivanov", "Cher"):
        create_client(vault, ClientDraft(full_name=name))
    listed = list_clients(vault, order=ListOrder.SURNAME).clients
    assert [c.full_name for c in listed] == ["Zoe Adams", "Cher", "Boris Ivanov",
                                             "Anna O'Brien"]


def test_search_filters_by_status(vault: Vault) -> None:
    create_client(vault, ClientDraft(full_name="Ann Active"))
    create_client(vault, ClientDraft(full_name="Ann Ended", status=ClientStatus.ENDED))
    found = search_clients(vault, "ann", status=ClientStatus.ENDED)
    assert [c.full_name for c in found] == ["Ann Ended"]


def test_edit_keeps_numbers_with_their_consent_flags_and_is_audited(vault: Vault) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Mira Cole"))
    number = PhoneNumber("+44 7700 900123", "mobile", may_call=True, may_voicemail=True)
    update_client(vault, client_id, ClientDraft(full_name="Mira Cole", numbers=(number,)))
    with vault.unit_of_work() as session:
        assert client_details(session, client_id).draft.numbers == (number,)
        actions = [(e.action, e.entity) for e in session.query(AuditEvent).order_by(AuditEvent.seq)]
    assert ("create", "contact_number") in actions
    assert actions.count(("create", "client")) == 1


def test_find_client_by_id_name_and_ambiguity(vault: Vault) -> None:
    first = create_client(vault, ClientDraft(full_name="Anna Petrova"))
    create_client(vault, ClientDraft(full_name="Anna Smith"))
    assert find_client(vault, str(first)).full_name == "Anna Petrova"
    assert find_client(vault, "petrova").id == first
    with pytest.raises(Ambiguous) as caught:
        find_client(vault, "anna")
    assert len(caught.value.matches) == 2
    with pytest.raises(NotFound):
        find_client(vault, "Nobody")


def test_acquaintances_are_one_link_seen_from_both_sides(vault: Vault) -> None:
    a = create_client(vault, ClientDraft(full_name="Kit A"))
    b = create_client(vault, ClientDraft(full_name="Kit B"))
    link_acquaintances(vault, b, a)
    link_acquaintances(vault, a, b)
    with vault.unit_of_work() as session:
        assert [c.id for c in client_details(session, a).acquaintances] == [b]
        assert [c.id for c in client_details(session, b).acquaintances] == [a]


def test_unlinking_acquaintances_removes_the_link(vault: Vault) -> None:
    from services.clients.client_records import unlink_acquaintances

    a = create_client(vault, ClientDraft(full_name="Kit A"))
    b = create_client(vault, ClientDraft(full_name="Kit B"))
    link_acquaintances(vault, a, b)
    unlink_acquaintances(vault, b, a)
    with vault.unit_of_work() as session:
        assert client_details(session, a).acquaintances == ()


def test_the_list_shows_each_clients_next_booked_session(vault: Vault) -> None:
    now = datetime(2030, 5, 6, 9, tzinfo=UTC)
    ada = create_client(vault, ClientDraft(full_name="Ada Bell"))
    bo = create_client(vault, ClientDraft(full_name="Bo Cole"))
    cy = create_client(vault, ClientDraft(full_name="Cy Dunn"))
    create_client(vault, ClientDraft(full_name="Di Ended", status=ClientStatus.ENDED))
    book(vault, ada, now + timedelta(days=9))
    past = book(vault, ada, now - timedelta(days=2))[0]
    set_status(vault, past, AppointmentStatus.ATTENDED, now=now)
    bo_first = book(vault, bo, now + timedelta(days=1))[0]
    book(vault, bo, now + timedelta(days=3))
    # cancelled, so not the next session:
    cancel(vault, bo_first, CancelledBy.CLIENT, now, ReasonCategory.WORK)
    book(vault, cy, now + timedelta(days=2))

    by_name = list_clients(vault, status=ClientStatus.ACTIVE, now=now)
    assert [(c.full_name, c.next_session) for c in by_name.clients] == [
        ("Ada Bell", now + timedelta(days=9)),
        ("Bo Cole", now + timedelta(days=3)),
        ("Cy Dunn", now + timedelta(days=2)),
    ]
    assert not by_name.more
    by_next = list_clients(vault, now=now, order=ListOrder.NEXT_SESSION)
    assert [c.full_name for c in by_next.clients] == ["Cy Dunn", "Bo Cole", "Ada Bell",
                                                      "Di Ended"]
    assert by_next.clients[-1].next_session is None


def test_the_list_says_when_more_clients_match_than_it_shows(vault: Vault) -> None:
    for i in range(5):
        create_client(vault, ClientDraft(full_name=f"Евгения {i}", preferred_name=f"Женя {i}"))
    listing = list_clients(vault, "евг", limit=3)
    assert [c.display_name for c in listing.clients] == ["Женя 0", "Женя 1", "Женя 2"]
    assert listing.more
    assert not list_clients(vault, "евг", limit=5).more


def test_chart_notes_change_alone_and_are_checked(vault: Vault) -> None:
    number = PhoneNumber("+44 7700 900123", "mobile", may_text=True)
    client_id = create_client(vault, ClientDraft(full_name="Mira Cole", numbers=(number,)))
    assert update_chart_notes(vault, client_id, "First session.\n\tGoals: sleep.") == (
        "First session.\n\tGoals: sleep.")
    details = read_client(vault, client_id)
    assert details.draft.chart_notes == "First session.\n\tGoals: sleep."
    assert details.draft.numbers == (number,)
    with pytest.raises(InvalidValue) as caught:
        update_chart_notes(vault, client_id, "bell\x07")
    assert caught.value.field == "chart_notes"
    assert read_client(vault, client_id).draft.chart_notes == "First session.\n\tGoals: sleep."
    with pytest.raises(NotFound):
        update_chart_notes(vault, 404, "x")
