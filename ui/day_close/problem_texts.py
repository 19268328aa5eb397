"""A day's problems said as sentences a therapist reads at a glance, in the window's language."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from models.enums import PaymentMethod
from services.day_close.reconciliation import DayProblem, ProblemKind, SessionLine
from ui.client_labels import day_text, money_text, payment_method_label, time_text
from ui.labels import status_label, window_label

translate = QCoreApplication.translate


def problem_kind_label(kind: ProblemKind) -> str:
    """The kind of problem in a few words, for a problem accepted with a note."""
    return window_label(ProblemKind(kind))


def _starts_at(problem: DayProblem, line: SessionLine | None) -> datetime | None:
    value = problem.values.get("starts_at")
    if isinstance(value, datetime):
        return value
    return line.starts_at if line is not None else None


def problem_text(problem: DayProblem, line: SessionLine | None, currency: str,
                 zone: ZoneInfo) -> str:
    """What is wrong, with the client, the session's time and the amounts it is about."""
    values = problem.values
    starts_at = _starts_at(problem, line)
    time = time_text(starts_at, zone) if starts_at is not None else "—"
    client = problem.client_name or (line.client_name if line is not None else "")

    def money(name: str) -> str:
        return money_text(abs(int(values.get(name, 0))), currency)

    kind = problem.kind
    if kind == ProblemKind.STILL_SCHEDULED:
        return translate("DayProblem", "{client}'s session at {time} is still marked as booked. "
                         "What happened?").format(client=client, time=time)
    if kind == ProblemKind.NOT_CHARGED:
        status = status_label(line.status) if line is not None else ""
        return translate("DayProblem", "Nothing is charged for {client}'s session at {time} "
                         "({status}). The policy's fee is {policy}.").format(
            client=client, time=time, status=status, policy=money("policy"))
    if kind == ProblemKind.FEE_OFF_POLICY and not values.get("charged"):
        status = status_label(line.status) if line is not None else ""
        return translate("DayProblem", "Nothing is charged for {client}'s session at {time} "
                         "({status}), but the policy's fee is {policy}. Charge it, or say why "
                         "not.").format(client=client, time=time, status=status,
                                        policy=money("policy"))
    if kind == ProblemKind.FEE_OFF_POLICY:
        return translate("DayProblem", "{client}'s session at {time} is charged {charged}, but "
                         "the policy says {policy}, and no reason is noted.").format(
            client=client, time=time, charged=money("charged"), policy=money("policy"))
    if kind == ProblemKind.PAYMENT_WITHOUT_CLIENT:
        method = values.get("method")
        if method:
            return translate("DayProblem", "A payment of {amount} ({method}) is not tied to "
                             "any client.").format(amount=money("amount"),
                                                  method=payment_method_label(
                                                      PaymentMethod(method)))
        return translate("DayProblem", "A payment of {amount} is not tied to any client."
                         ).format(amount=money("amount"))
    if kind == ProblemKind.NEGATIVE_BALANCE:
        return translate("DayProblem", "{client} has {amount} in credit, paid ahead for "
                         "sessions to come. Nothing to put right.").format(
            client=client, amount=money("balance"))
    if kind == ProblemKind.UNSIGNED_NOTE:
        day = day_text(starts_at.astimezone(zone).date()) if starts_at is not None else "—"
        return translate("DayProblem", "The note of {client}'s session on {day} is still a "
                         "draft after {days} days. Sign it, or say why it waits.").format(
            client=client, day=day, days=int(values.get("days", 0)))
    earlier = values.get("day")
    shown = day_text(earlier) if isinstance(earlier, date) else "—"
    return translate("DayProblem", "An earlier working day, {day}, is not closed yet."
                     ).format(day=shown)
