"""Whether a cancellation came late: inside the practice's cancellation window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def is_late_cancellation(starts_at: datetime, arrived_at: datetime, window_hours: int) -> bool:
    """Whether notice arrived inside the window: counted in real hours before the start.

    In UTC, because arithmetic on local times counts wall-clock hours, and a night when the
    clocks change would move the boundary by an hour.
    """
    return arrived_at.astimezone(UTC) > starts_at.astimezone(UTC) - timedelta(hours=window_hours)
