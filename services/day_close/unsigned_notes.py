"""Notes left unsigned too long, as problems of the day being closed.

A note still a draft more days after its session than the practice allows (its note
settings, three days by default) blocks closing the day until it is signed or accepted with a
note, like the day's other problems. Every open day flags it until it is signed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from services.day_close.day_review import DayProblem, ProblemKind
from services.notes.note_reading import notes_to_finish_in


def unsigned_note_problems(session: Session, day: date) -> list[DayProblem]:
    """One problem per note unsigned for too long as of `day`, oldest session first."""
    return [DayProblem(ProblemKind.UNSIGNED_NOTE, f"unsigned_note:{note.note_id}",
                       appointment_id=note.appointment_id, client_id=note.client_id,
                       client_name=note.client_name,
                       values={"starts_at": note.starts_at, "days": note.days})
            for note in notes_to_finish_in(session, day) if note.overdue]
