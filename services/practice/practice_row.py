"""The practice's one row, inside the caller's unit of work: every vault is created with it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from models import Practice


def practice_of(session: Session) -> Practice:
    practice = session.get(Practice, 1)
    assert practice is not None, "every vault is created with its practice row"
    return practice


def practice_zone(session: Session) -> ZoneInfo:
    """The practice's time zone: local days and wall-clock times are read in it."""
    return ZoneInfo(practice_of(session).timezone)
