"""What the demo's sessions say beyond their status: some a client would have cancelled were
kept by phone or video instead, and some no-shows carry the reason the client gave later.

Both draw on their own dice (seeded from the practice's seed), so the rest of a practice
made from a seed stays as it was before they were added.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from models.enums import AppointmentStatus, Modality, NoShowReason

S = AppointmentStatus
KEPT_ANOTHER_WAY = 0.015  # of the sessions attended
# What therapists hear after a no-show; some are never explained, some never asked.
NO_SHOW_REASONS = (NoShowReason.FORGOT, NoShowReason.UNWELL, NoShowReason.TRANSPORT,
                   NoShowReason.WORK, NoShowReason.FAMILY_CARE, NoShowReason.NO_REASON_GIVEN)
NO_SHOW_WEIGHTS = (35, 18, 8, 14, 10, 15)
WITH_A_REASON = 0.8
# A no-show of the last fortnight may not have been talked over yet (the call list asks).
NOT_HEARD_YET = timedelta(days=14)
# The session's note, by the way it was kept instead.
KEPT_NOTES = {
    "en": {Modality.PHONE: "Away from home that week: kept by phone instead of cancelling.",
           Modality.VIDEO: "Unwell and staying in: met by video instead of cancelling."},
    "ru": {Modality.PHONE: "В ту неделю в отъезде: сессия по телефону вместо отмены.",
           Modality.VIDEO: "Недомогание, дома: встреча по видео вместо отмены."},
}


def mark_another_way_and_reasons(seed: int, language: str, rows: list[dict[str, Any]],
                                 now: datetime) -> None:
    """Mark some attended sessions kept by phone or video, and give most no-shows older than
    a fortnight the reason the client gave."""
    rng = random.Random(f"{seed}:another way")
    for row in rows:
        if row["starts_at"] >= now:
            continue
        if row["status"] == S.ATTENDED and rng.random() < KEPT_ANOTHER_WAY:
            way = Modality.VIDEO if row["modality"] == Modality.IN_PERSON else Modality.PHONE
            if way == Modality.VIDEO and rng.random() < 0.4:
                way = Modality.PHONE
            row.update(modality=way, kept_another_way=True,
                       note=row["note"] or KEPT_NOTES[language][way])
        elif (row["status"] == S.NO_SHOW and row["starts_at"] < now - NOT_HEARD_YET
              and rng.random() < WITH_A_REASON):
            row["no_show_reason"] = rng.choices(NO_SHOW_REASONS, weights=NO_SHOW_WEIGHTS)[0]
