"""What a day holds, as the close-day dialog and the day sheet show it: plain values only."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from models.enums import AppointmentStatus, LedgerKind, PaymentMethod


class ProblemKind(enum.StrEnum):
    EARLIER_DAY_OPEN = "earlier_day_open"
    STILL_SCHEDULED = "still_scheduled"
    NOT_CHARGED = "not_charged"
    FEE_OFF_POLICY = "fee_off_policy"
    PAYMENT_WITHOUT_CLIENT = "payment_without_client"
    NEGATIVE_BALANCE = "negative_balance"
    UNSIGNED_NOTE = "unsigned_note"

    @property
    def blocks_closing(self) -> bool:
        """A client in credit is shown with the day, not held against closing it: paying
        ahead is normal. Everything else is put right or accepted with a note first."""
        return self != ProblemKind.NEGATIVE_BALANCE


@dataclass(frozen=True)
class DayProblem:
    """Something that blocks closing the day until it is put right or accepted with a note.

    `key` is stable across reviews ("still_scheduled:123"), for accepting the problem by it.
    `values` fills the message: amounts in minor units (`charged`, `policy`, `amount`,
    `balance`), `starts_at` as an aware datetime in the practice's zone, `day` as a date;
    an unsigned note gives its session's `starts_at` and `days` since that session's day.
    """

    kind: ProblemKind
    key: str
    appointment_id: int | None = None
    ledger_id: int | None = None
    client_id: int | None = None
    client_name: str = ""
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class SessionLine:
    """One session of the day, with the money tied to it (minor units)."""

    appointment_id: int
    client_id: int
    client_name: str
    starts_at: datetime
    minutes: int
    status: AppointmentStatus
    charged: int
    received: int
    methods: tuple[PaymentMethod, ...]
    waived: int
    client_balance: int
    received_by_method: Mapping[str, int] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class AccountLine:
    """Money entered on the day that belongs to no session of the day: a payment on account
    or with no client yet, a refund, a waiver or fee for a session on another day."""

    ledger_id: int
    client_id: int | None
    client_name: str
    kind: LedgerKind
    amount: int
    method: PaymentMethod | None
    appointment_id: int | None
    note: str


@dataclass(frozen=True)
class DayTotals:
    """The day's sums. `charged` is charges and fees, `received` payments, `refunded` refunds;
    `outstanding` is what the day's clients owe at the end of it (positive balances only)."""

    sessions_by_status: Mapping[str, int]
    charged: int
    received_by_method: Mapping[str, int]
    received: int
    waived: int
    refunded: int
    outstanding: int

    def as_dict(self) -> dict[str, Any]:
        """Plain values for the `DayClose.totals` JSON."""
        return {"sessions_by_status": dict(self.sessions_by_status), "charged": self.charged,
                "received_by_method": dict(self.received_by_method), "received": self.received,
                "waived": self.waived, "refunded": self.refunded,
                "outstanding": self.outstanding}

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> DayTotals:
        return cls(sessions_by_status=dict(values.get("sessions_by_status", {})),
                   charged=int(values.get("charged", 0)),
                   received_by_method=dict(values.get("received_by_method", {})),
                   received=int(values.get("received", 0)), waived=int(values.get("waived", 0)),
                   refunded=int(values.get("refunded", 0)),
                   outstanding=int(values.get("outstanding", 0)))

    def flat(self) -> dict[str, int]:
        """One number per name ("charged", "received:cash", "sessions:no_show"...)."""
        flat = {f"sessions:{k}": v for k, v in self.sessions_by_status.items()}
        flat |= {f"received:{k}": v for k, v in self.received_by_method.items()}
        flat |= {"charged": self.charged, "received": self.received, "waived": self.waived,
                 "refunded": self.refunded, "outstanding": self.outstanding}
        return flat


@dataclass(frozen=True)
class Reopening:
    at: datetime
    reason: str


@dataclass(frozen=True)
class Correction:
    """One total that differs from when the day was first closed: `what` is a totals key
    ("charged", "received", "received:cash", "sessions:no_show"...)."""

    what: str
    first: int
    now: int

    @property
    def difference(self) -> int:
        return self.now - self.first


@dataclass(frozen=True)
class AcceptedProblem:
    key: str
    kind: ProblemKind
    note: str
    client_name: str = ""


@dataclass(frozen=True)
class DayReview:
    """A day as the close-day dialog and the day sheet show it.

    `problems` are those still open (accepted ones are in `accepted` once the day is closed).
    `closed_at` is None while the day is open; `reopened` lists every reopening, oldest first;
    `corrections` compare the totals now with those when the day was first closed.
    """

    day: date
    lines: tuple[SessionLine, ...]
    problems: tuple[DayProblem, ...]
    totals: DayTotals
    closed_at: datetime | None
    account_lines: tuple[AccountLine, ...] = ()
    reopened: tuple[Reopening, ...] = ()
    corrections: tuple[Correction, ...] = ()
    accepted: tuple[AcceptedProblem, ...] = ()
    note: str = ""
    currency: str = "GBP"

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


