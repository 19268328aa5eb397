"""The demo practice: deterministic, realistic, and inside the practice's own rules."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from demo.practice import DemoSummary, add_demo_clients, fill_demo_practice
from models import (
    Appointment,
    Client,
    ContactLogEntry,
    ContactNumber,
    LedgerEntry,
    Practice,
    Series,
)
from models.audit import AuditEvent
from models.enums import (
    AppointmentStatus,
    CancelledBy,
    ClientStatus,
    ContactChannel,
    ContactOutcome,
    ContactReason,
    LedgerKind,
    Repeat,
)
from services.clients.search_key import fold
from services.errors import Refused
from services.money.missed_session_fees import still_charged
from services.vault.audit import verify
from services.vault.practice_vault import Vault, create_vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 3, 11)  # a Wednesday; the clocks in London change on 29 March
TABLES = ("practice", "client", "contact_number", "acquaintance", "series", "appointment",
          "ledger_entry", "contact_log_entry", "session_note", "note_addendum", "reflection")
S = AppointmentStatus


def new_vault(folder: Path) -> Vault:
    vault, _code = create_vault(folder, PASSPHRASE, "Quiet Room Practice",
                                therapist_name="Dr Ada Finch", timezone="Europe/London",
                                kdf=FAST_KDF, actor="test")
    return vault


def digest(vault: Vault) -> str:
    """A hash of every row the demo writes (not the audit trail, which is stamped with now,
    nor the practice's id, which is its key file's)."""
    sha = hashlib.sha256()
    with vault.engine.connect() as connection:
        for table in TABLES:
            for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2")):
                values = {name: value for name, value in row._mapping.items()
                          if name != "vault_id"}
                sha.update(repr(tuple(values.values())).encode())
    return sha.hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, DemoSummary]]:
    vault = new_vault(tmp_path_factory.mktemp("demo") / "practice")
    summary = fill_demo_practice(vault, years=2, clients=60, seed=1, today=TODAY)
    yield vault, summary
    vault.close()


def now_of(vault: Vault) -> tuple[ZoneInfo, datetime]:
    """The practice's zone and the demo's 'now': the middle of TODAY's working hours."""
    with vault.unit_of_work() as session:
        practice = session.get(Practice, 1)
        assert practice is not None
        zone = ZoneInfo(practice.timezone)
    return zone, datetime.combine(TODAY, time(13, 0), tzinfo=zone).astimezone(UTC)


def test_the_same_seed_gives_the_same_practice(tmp_path: Path) -> None:
    digests = []
    for name, seed in (("one", 7), ("two", 7), ("three", 8)):
        vault = new_vault(tmp_path / name)
        try:
            fill_demo_practice(vault, years=1, clients=15, seed=seed, today=TODAY)
            digests.append(digest(vault))
        finally:
            vault.close()
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]


def test_every_status_and_both_repeats_appear(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = demo
    with vault.unit_of_work() as session:
        statuses = set(session.scalars(select(Appointment.status).distinct()))
        repeats = set(session.scalars(select(Series.repeat).distinct()))
        one_offs = session.scalar(select(func.count()).where(Appointment.series_id.is_(None)))
    assert statuses == set(AppointmentStatus)
    assert repeats == set(Repeat)
    assert one_offs  # sessions made up after the therapist cancelled


def test_clients_have_english_and_russian_names_folded_for_search(
    demo: tuple[Vault, DemoSummary],
) -> None:
    vault, _summary = demo
    with vault.unit_of_work() as session:
        clients = session.scalars(select(Client)).all()
        cyrillic = [c for c in clients if any("а" <= ch <= "я" for ch in c.full_name.lower())]
        latin = [c for c in clients if c.full_name[0].isascii()]
        assert cyrillic and latin
        assert any(c.preferred_name for c in clients)
        assert {ClientStatus.ACTIVE, ClientStatus.ENDED} <= {c.status for c in clients}
        for client in clients:
            assert client.search_key == fold(f"{client.full_name} {client.preferred_name}")
            assert client.numbers, client.full_name
            if client.status == ClientStatus.ENDED:
                assert client.ended_on is not None and client.ended_on <= TODAY


def test_sessions_today_and_ahead(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    zone, now = now_of(vault)
    start_of_today = datetime.combine(TODAY, time(0), tzinfo=zone)
    with vault.unit_of_work() as session:
        today = session.execute(
            select(Appointment.starts_at, Appointment.status)
            .where(Appointment.starts_at >= start_of_today,
                   Appointment.starts_at < start_of_today + timedelta(days=1))
        ).all()
        future = session.scalars(select(Appointment.status)
                                 .where(Appointment.starts_at >= now)).all()
        past_open = session.scalar(select(func.count()).where(
            Appointment.starts_at < now, Appointment.status == S.SCHEDULED))
    assert any(status == S.SCHEDULED for _at, status in today)
    assert all((status == S.SCHEDULED) == (at >= now) for at, status in today
               if status != S.CANCELLED)
    assert future and all(s in (S.SCHEDULED, S.CANCELLED) for s in future)
    assert past_open == 1  # one left booked on an open day, for the close-day dialog (issue 6)
    assert summary.upcoming_appointments == len(future)


def test_no_overlaps_and_all_within_working_hours(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    assert summary.parallel_sessions == 1
    with vault.unit_of_work() as session:
        practice = session.get(Practice, 1)
        assert practice is not None
        zone, days = ZoneInfo(practice.timezone), {int(d) for d in practice.work_days}
        rows = session.execute(
            select(Appointment.starts_at, Appointment.length_minutes)
            .order_by(Appointment.starts_at)
        ).all()
        for (start, length), (following, _) in zip(rows, rows[1:], strict=False):
            assert start + timedelta(minutes=length) <= following
        for start, length in rows:
            local = start.astimezone(zone)
            assert local.isoweekday() in days
            assert practice.work_starts <= local.time()
            assert (local + timedelta(minutes=length)).time() <= practice.work_ends


def test_series_keep_their_wall_clock_time_across_clock_changes(
    demo: tuple[Vault, DemoSummary],
) -> None:
    vault, _summary = demo
    zone, _now = now_of(vault)
    offsets = set()
    with vault.unit_of_work() as session:
        rows = session.execute(
            select(Series.local_start, Appointment.starts_at)
            .join(Appointment, Appointment.series_id == Series.id)
        ).all()
    for local_start, starts_at in rows:
        local = starts_at.astimezone(zone)
        assert local.time() == local_start
        offsets.add(local.utcoffset())
    assert len(offsets) == 2  # both summer and winter time are covered


def test_cancellations_say_who_when_and_why(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = demo
    with vault.unit_of_work() as session:
        practice = session.get(Practice, 1)
        assert practice is not None
        window = timedelta(hours=practice.cancel_window_hours)
        cancelled = session.scalars(select(Appointment).where(Appointment.status.in_(
            [S.CANCELLED, S.LATE_CANCELLATION, S.CANCELLED_BY_THERAPIST]))).all()
        for a in cancelled:
            assert a.cancellation_arrived_at is not None and a.reason_category is not None
            assert a.cancellation_arrived_at < a.starts_at
            if a.status == S.CANCELLED_BY_THERAPIST:
                assert a.cancelled_by == CancelledBy.THERAPIST
            else:
                assert a.cancelled_by == CancelledBy.CLIENT
                late = a.cancellation_arrived_at > a.starts_at - window
                assert late == (a.status == S.LATE_CANCELLATION)
        assert any(a.reason_text for a in cancelled)


def test_the_ledger_follows_the_sessions(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = demo
    zone, now = now_of(vault)
    with vault.unit_of_work() as session:
        entries = session.scalars(select(LedgerEntry)).all()
        assert {e.kind for e in entries} == set(LedgerKind)
        assert all(e.amount > 0 for e in entries)
        assert all(e.day <= TODAY for e in entries)
        for entry in entries:
            if entry.kind == LedgerKind.WAIVER:
                assert entry.waiver_reason is not None
            if entry.kind in (LedgerKind.PAYMENT, LedgerKind.REFUND):
                assert entry.method is not None
        charged = {e.appointment_id: e for e in entries if e.kind == LedgerKind.SESSION_CHARGE}
        attended = session.execute(select(Appointment.id, Appointment.starts_at).where(
            Appointment.status.in_([S.ATTENDED, S.ATTENDED_LATE]))).all()
        assert attended
        # One attended session on an open day is left uncharged for the close-day dialog.
        assert sum(1 for appointment_id, _at in attended if appointment_id not in charged) == 1
        for appointment_id, starts_at in attended:
            if appointment_id in charged:
                assert charged[appointment_id].day == starts_at.astimezone(zone).date()
        paid = sum(e.amount for e in entries if e.kind == LedgerKind.PAYMENT)
        owed = sum(e.amount for e in entries if e.kind.sign > 0)
        assert 0.8 * owed < paid <= owed  # most charges are paid; none twice over
    assert now  # the demo's now is inside today's working hours


def test_no_session_the_therapist_missed_carries_a_charge_or_fee(
    demo: tuple[Vault, DemoSummary],
) -> None:
    """As in the guided "I missed this session" dialog: the client never pays for it, so the
    book holds no charge (nor a waiver taking one back) against any such session."""
    vault, _summary = demo
    with vault.unit_of_work() as session:
        missed = set(session.scalars(select(Appointment.id).where(
            Appointment.status == S.MISSED_BY_THERAPIST)))
        assert missed
        held = session.execute(select(LedgerEntry.appointment_id, LedgerEntry.kind).where(
            LedgerEntry.appointment_id.in_(missed))).all()
        assert held == []
        assert all(still_charged(session, appointment_id) == 0 for appointment_id in missed)


def test_calls_and_messages_follow_no_shows_and_cancellations(
    demo: tuple[Vault, DemoSummary],
) -> None:
    vault, _summary = demo
    with vault.unit_of_work() as session:
        channels = set(session.scalars(select(ContactLogEntry.channel).distinct()))
        no_shows = set(session.scalars(select(Appointment.id).where(
            Appointment.status == S.NO_SHOW)))
        followed = set(session.scalars(select(ContactLogEntry.appointment_id)))
    assert {ContactChannel.CALL, ContactChannel.VOICEMAIL, ContactChannel.TEXT} <= channels
    assert len(no_shows & followed) >= 0.8 * len(no_shows)


def test_the_summary_matches_and_one_audit_event_records_it(
    demo: tuple[Vault, DemoSummary],
) -> None:
    vault, summary = demo
    with vault.unit_of_work() as session:
        assert summary.clients == session.scalar(select(func.count()).select_from(Client))
        assert summary.appointments == session.scalar(
            select(func.count()).select_from(Appointment))
        assert summary.ledger_entries == session.scalar(
            select(func.count()).select_from(LedgerEntry))
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "demo")).all()
        assert len(events) == 1 and f'"appointments":{summary.appointments}' in events[0].after
        assert verify(session) == []
        practice = session.get(Practice, 1)
        assert practice is not None
        assert practice.session_fee == 8000  # set, since the new practice had none
        assert practice.therapist_name == "Dr Ada Finch"  # kept


def test_a_practice_with_clients_is_not_filled_again(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = demo
    with pytest.raises(Refused):
        fill_demo_practice(vault, years=1, clients=5, today=TODAY)


def test_extra_clients_for_measuring_search(vault: Vault) -> None:
    assert add_demo_clients(vault, 30, seed=3, today=TODAY) == 30
    with vault.unit_of_work() as session:
        clients = session.scalars(select(Client)).all()
        assert len(clients) == 30
        assert all(c.search_key == fold(f"{c.full_name} {c.preferred_name}") for c in clients)
        assert all(c.numbers and c.status == ClientStatus.ENDED for c in clients)
        assert [e.action for e in session.scalars(select(AuditEvent))][-1] == "demo"


def test_messages_we_leave_keep_to_the_consent_given(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = demo
    with vault.unit_of_work() as session:
        outgoing = session.scalars(select(ContactLogEntry).where(
            ContactLogEntry.reason_code != ContactReason.CANCELLATION)).all()
        assert outgoing
        for entry in outgoing:
            numbers = session.scalars(select(ContactNumber).where(
                ContactNumber.client_id == entry.client_id)).all()
            if entry.channel == ContactChannel.TEXT:
                assert any(n.may_text for n in numbers)
            if entry.channel == ContactChannel.CALL:
                assert any(n.may_call for n in numbers)
            if entry.outcome == ContactOutcome.VOICEMAIL:
                assert any(n.may_voicemail for n in numbers)
