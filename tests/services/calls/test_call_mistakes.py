from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from models.enums import AppointmentStatus, Modality
from services.calendar.appointments import CalendarEntry, clash_between
from services.calls.call_mistakes import clashes

START = datetime(2026, 6, 15, 9, 0, tzinfo=UTC)
sessions = st.lists(st.tuples(st.integers(1, 6), st.integers(0, 600), st.integers(1, 120)),
                    max_size=25)
pairs = st.sets(st.tuples(st.integers(1, 6), st.integers(1, 6)).filter(lambda p: p[0] < p[1]))


@given(sessions, pairs, st.integers(0, 30))
def test_the_sweep_finds_every_clash_that_each_pair_asked_would(
        given_sessions: list[tuple[int, int, int]], known: set[tuple[int, int]],
        gap_minutes: int) -> None:
    """Every pair asked `clash_between`, in time order, finds the same clashes as the sweep
    that skips strangers one after the other."""
    booked = sorted((CalendarEntry(n, client, f"Client {client}",
                                   START + timedelta(minutes=offset), length,
                                   Modality.IN_PERSON, AppointmentStatus.SCHEDULED)
                     for n, (client, offset, length) in enumerate(given_sessions)),
                    key=lambda e: (e.starts_at, e.id))
    gap = timedelta(minutes=gap_minutes)
    expected = []
    for i, first in enumerate(booked):
        for second in booked[i + 1:]:
            pair = (min(first.client_id, second.client_id),
                    max(first.client_id, second.client_id))
            kind = clash_between(first.starts_at,
                                 first.starts_at + timedelta(minutes=first.length_minutes),
                                 second.starts_at,
                                 second.starts_at + timedelta(minutes=second.length_minutes),
                                 acquainted=pair in known, gap=gap)
            if kind is not None:
                expected += [(first, second, kind), (second, first, kind)]
    assert clashes(booked, known, gap) == expected
