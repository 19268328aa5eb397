"""Which charges each payment and waiver settles, and what is still owed on which charge.

The ledger records money, not matches: a payment says at most which session it was for. The
papers need the matches (a receipt names the sessions a payment settles, a statement ages
what is still owed), so they are worked out here the same way every time:

1. a payment or waiver tied to a session settles that session's charges first;
2. what is left of every payment and waiver, oldest first, settles the charges still open,
   oldest first (a refund counts as a charge: it adds to what the client owes).

"Oldest" is by day, then by the order the lines were entered. Money beyond every charge is
held on account: the client is in credit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from services.money.ledger import LedgerLine


@dataclass
class Settled:
    """What the matching found: each credit's matches and each charge's unpaid rest."""

    # credit id -> [(charge id, amount of the charge it settles)], oldest charge first
    matches: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    # charge id -> what is still owed on it
    unpaid: dict[int, int] = field(default_factory=dict)
    # credit id -> what is left of it, held on account
    unspent: dict[int, int] = field(default_factory=dict)


def settle(lines: Iterable[LedgerLine]) -> Settled:
    """Match the credits (payments, waivers) of a client's lines against their charges."""
    ordered = sorted(lines, key=lambda line: (line.day, line.id))
    charges = [line for line in ordered if line.kind.sign > 0]
    credits = [line for line in ordered if line.kind.sign < 0]
    result = Settled(matches={c.id: [] for c in credits},
                     unpaid={c.id: c.amount for c in charges},
                     unspent={c.id: c.amount for c in credits})
    for credit in credits:
        if credit.appointment_id is not None:
            _apply(result, credit.id, [c for c in charges
                                       if c.appointment_id == credit.appointment_id])
    for credit in credits:
        _apply(result, credit.id, charges)
    order = {charge.id: n for n, charge in enumerate(charges)}
    for matches in result.matches.values():
        matches.sort(key=lambda match: order[match[0]])
    return result


def _apply(result: Settled, credit_id: int, charges: list[LedgerLine]) -> None:
    for charge in charges:
        left, owed = result.unspent[credit_id], result.unpaid[charge.id]
        if left == 0:
            break
        if owed == 0:
            continue
        taken = min(left, owed)
        result.unspent[credit_id] -= taken
        result.unpaid[charge.id] -= taken
        result.matches[credit_id].append((charge.id, taken))
