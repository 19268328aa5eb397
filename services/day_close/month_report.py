"""The month at a glance: sessions kept and missed (and those kept by phone or video instead of
being cancelled), income, who owes what and for how long, when and why clients cancel (by
weekday, time of day, reason and notice) and why they miss sessions without cancelling (a
no-show with no reason recorded counts as "no reason given"), as PDF charts.

Aging counts each client's balance at the month's end from their unpaid charges, newest
first: what they owe is matched to their latest charges, and each part is aged by its day.
"""

from __future__ import annotations

import io
import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import groupby
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.platypus import Spacer, Table, TableStyle
from sqlalchemy import Row, func, select, text

from models import Appointment, LedgerEntry
from models.enums import (
    AppointmentStatus,
    CancelledBy,
    Language,
    LedgerKind,
    NoShowReason,
    ReasonCategory,
)
from services.labels import label
from services.money.amounts import format_amount
from services.money.session_charges import CHARGE_KINDS
from services.papers.letterhead import Letterhead
from services.papers.pdf_page import (
    BOLD,
    FONT,
    MARGIN,
    document,
    one_line,
    paper,
    style,
    text_paragraph,
)
from services.practice.practice_settings import PracticeSettings, read_settings
from services.practice.practice_time import TIMES_OF_DAY, days_bounds, time_of_day
from services.vault.practice_vault import Vault

S = AppointmentStatus
KEPT = (S.ATTENDED, S.ATTENDED_LATE)
MISSED = (S.NO_SHOW, S.LATE_CANCELLATION)
CLIENT_CANCELLED = (S.CANCELLED, S.LATE_CANCELLATION)
# A session kept another way counts while it is kept: booked, or attended.
STILL_KEPT = (S.SCHEDULED, *KEPT)
AGES = ("0-30", "31-60", "61-90", "90+")
NOTICE = ("under 24 h", "1-2 days", "2-7 days", "over a week")
CATEGORY_WIDTH = 9  # letters on a line under a bar of the half-page charts


@dataclass(frozen=True)
class Debt:
    client_id: int
    client_name: str
    balance: int
    aging: dict[str, int]


@dataclass(frozen=True)
class MonthReport:
    year: int
    month: int
    currency: str
    sessions_by_status: dict[str, int]
    kept: int
    missed: int
    charged: int
    received: int
    waived: int
    debts: tuple[Debt, ...]
    cancellations_by_weekday: dict[int, int] = field(default_factory=dict)
    cancellations_by_time: dict[str, int] = field(default_factory=dict)
    cancellations_by_reason: dict[str, int] = field(default_factory=dict)
    cancellations_by_notice: dict[str, int] = field(default_factory=dict)
    kept_another_way: int = 0  # by phone or video instead of being cancelled
    no_shows_by_reason: dict[str, int] = field(default_factory=dict)

    @property
    def outstanding(self) -> int:
        return sum(d.balance for d in self.debts)


def _notice(starts_at: datetime, arrived: datetime | None) -> str:
    hours = (starts_at - arrived).total_seconds() / 3600 if arrived else 0
    return NOTICE[0 if hours < 24 else 1 if hours < 48 else 2 if hours < 168 else 3]


def _age(days: int) -> str:
    return AGES[0 if days <= 30 else 1 if days <= 60 else 2 if days <= 90 else 3]


_SIGNED = " ".join(f"WHEN '{kind.value}' THEN {kind.sign}" for kind in LedgerKind)
_AGED = ", ".join(f"'{kind.value}'" for kind in (*CHARGE_KINDS, LedgerKind.REFUND))
# Each client who owes at the month's end, with their charges newest first, as many as it takes
# to cover what they owe (a running sum, so ten years of paid charges are never read).
OWING = f"""
WITH owed AS (
    SELECT client_id, SUM(amount * CASE kind {_SIGNED} END) AS balance
    FROM ledger_entry WHERE day <= :last AND client_id IS NOT NULL
    GROUP BY client_id HAVING balance > 0
), charges AS (
    SELECT l.client_id, l.day, l.amount,
           SUM(l.amount) OVER (PARTITION BY l.client_id ORDER BY l.day DESC
                               ROWS UNBOUNDED PRECEDING) AS running
    FROM ledger_entry l JOIN owed o ON o.client_id = l.client_id
    WHERE l.day <= :last AND l.kind IN ({_AGED})
)
SELECT o.client_id, c.full_name, o.balance, ch.day, ch.amount, ch.running
FROM owed o JOIN client c ON c.id = o.client_id
LEFT JOIN charges ch ON ch.client_id = o.client_id AND ch.running - ch.amount < o.balance
ORDER BY o.client_id, ch.running
"""


def _debts(owing: Sequence[Row[Any]], last: date) -> list[Debt]:
    """Each balance aged: the part covered by each of the newest charges takes that charge's
    age; whatever no charge explains counts as the oldest."""
    debts = []
    for client_id, rows in groupby(owing, key=lambda row: row.client_id):
        rows_of = list(rows)
        name, balance = rows_of[0].full_name, rows_of[0].balance
        aging = dict.fromkeys(AGES, 0)
        left = balance
        for row in rows_of:
            if row.day is None:
                continue
            part = min(left, row.amount)
            aging[_age((last - date.fromisoformat(str(row.day))).days)] += part
            left -= part
        aging[AGES[-1]] += left
        debts.append(Debt(client_id, name, balance, aging))
    return debts


def month_report(vault: Vault, year: int, month: int) -> MonthReport:
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    with vault.unit_of_work() as session:
        settings_zone = session.connection().exec_driver_sql(
            "SELECT timezone, currency FROM practice WHERE id = 1").one()
        zone, currency = ZoneInfo(settings_zone[0]), settings_zone[1]
        low, high = days_bounds(first, (following - first).days, zone)
        rows = session.execute(select(
            Appointment.starts_at, Appointment.status, Appointment.cancelled_by,
            Appointment.cancellation_arrived_at, Appointment.reason_category,
            Appointment.kept_another_way, Appointment.no_show_reason)
            .where(Appointment.starts_at >= low, Appointment.starts_at < high)).all()
        money = session.execute(select(LedgerEntry.kind, func.sum(LedgerEntry.amount)).where(
            LedgerEntry.day >= first, LedgerEntry.day <= last).group_by(LedgerEntry.kind)).all()
        owing = session.execute(text(OWING), {"last": last.isoformat()}).all()
    statuses = Counter(str(r.status) for r in rows)
    weekday: Counter[int] = Counter()
    times: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    notice: Counter[str] = Counter()
    no_shows: Counter[str] = Counter()
    for r in rows:
        if r.status == S.NO_SHOW:
            no_shows[str(r.no_show_reason or NoShowReason.NO_REASON_GIVEN)] += 1
        if r.status in CLIENT_CANCELLED and r.cancelled_by != CancelledBy.THERAPIST:
            local = r.starts_at.astimezone(zone)
            weekday[local.weekday()] += 1
            times[time_of_day(local)] += 1
            reasons[str(r.reason_category or "other")] += 1
            notice[_notice(r.starts_at, r.cancellation_arrived_at)] += 1
    sums: Counter[str] = Counter()
    for kind, amount in money:
        sums["charged" if kind in CHARGE_KINDS else str(kind)] += amount
    debts = _debts(owing, last)
    debts.sort(key=lambda d: (-d.balance, d.client_name))
    return MonthReport(
        year=year, month=month, currency=currency, sessions_by_status=dict(statuses),
        kept=sum(statuses[str(s)] for s in KEPT), missed=sum(statuses[str(s)] for s in MISSED),
        charged=sums["charged"], received=sums[str(LedgerKind.PAYMENT)],
        waived=sums[str(LedgerKind.WAIVER)], debts=tuple(debts),
        cancellations_by_weekday={d: weekday[d] for d in range(7)},
        cancellations_by_time={t: times[t] for t in TIMES_OF_DAY},
        cancellations_by_reason=dict(sorted(reasons.items())),
        cancellations_by_notice={n: notice[n] for n in NOTICE},
        kept_another_way=sum(1 for r in rows if r.kept_another_way and r.status in STILL_KEPT),
        no_shows_by_reason={str(reason): no_shows[str(reason)] for reason in NoShowReason})


WEEKDAYS = {"en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
            "ru": ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс")}
WORDS = {
    "en": {"title": "Month report", "kept": "Sessions kept", "missed": "Missed (did not come, "
           "late cancellation)", "another_way": "Kept by phone or video instead of cancelling",
           "charged": "Charged", "received": "Received", "waived": "Waived",
           "outstanding": "Outstanding", "debts": "Outstanding balances by age (days)",
           "client": "Client", "weekday": "Cancellations by weekday", "time": "by time of day",
           "reason": "by reason", "notice": "by notice given",
           "no_shows": "Missed without cancelling, by reason", "morning": "morning",
           "afternoon": "afternoon", "evening": "evening",
           "under 24 h": "under 24 h",
           "1-2 days": "1–2 days", "2-7 days": "2–7 days", "over a week": "over a week",
           "months": "January February March April May June July August September October "
                     "November December"},
    "ru": {"title": "Отчёт за месяц", "kept": "Состоявшиеся сессии", "missed": "Пропущенные "
           "(неявка, поздняя отмена)", "another_way": "Проведены по телефону или видео вместо "
           "отмены", "charged": "Начислено", "received": "Получено",
           "waived": "Списано", "outstanding": "Задолженность", "debts": "Задолженность по "
           "давности (дни)", "client": "Клиент", "weekday": "Отмены по дням недели",
           "time": "по времени дня", "reason": "по причине", "notice": "по сроку "
           "предупреждения", "no_shows": "Неявки без отмены, по причине", "morning": "утро",
           "afternoon": "день", "evening": "вечер",
           "under 24 h": "меньше суток", "1-2 days": "1–2 дня", "2-7 days": "2–7 дней",
           "over a week": "больше недели",
           "months": "январь февраль март апрель май июнь июль август сентябрь октябрь "
                     "ноябрь декабрь"},
}


def _reason(reason: str, language: Language) -> str:
    """A reason for cancelling as it reads everywhere, in lines short enough for a bar."""
    words = (label(ReasonCategory(reason), language)
             if reason in ReasonCategory._value2member_map_ else reason)
    return "\n".join(textwrap.wrap(words, CATEGORY_WIDTH)) or words


def _no_show_reason(reason: str, language: Language) -> str:
    """A reason for a no-show, in lines short enough for a bar."""
    words = label(NoShowReason(reason), language)
    return "\n".join(textwrap.wrap(words, CATEGORY_WIDTH)) or words


def _chart(title: str, labels: list[str], values: list[int], width: float) -> Drawing:
    drawing = Drawing(width, 130)
    drawing.add(String(0, 118, one_line(title), fontName=BOLD, fontSize=9))
    chart = VerticalBarChart()
    extra = 7 * (max((name.count("\n") for name in labels), default=0))  # wrapped names
    chart.x, chart.y, chart.width, chart.height = 25, 20 + extra, width - 35, 85 - extra
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6 if extra else 7
    chart.categoryAxis.labels.leading = 7
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = max(1, -(-max(values or [0]) // 4))  # whole counts only
    chart.bars[0].fillColor = colors.HexColor("#5b7f95")
    drawing.add(chart)
    return drawing


def month_report_pdf(report: MonthReport, settings: PracticeSettings) -> bytes:
    language = Language(settings.language)
    lang = language.value
    w, cur = WORDS[lang], report.currency
    head = Letterhead.of_practice(settings)
    width = paper(settings.paper_size)[0] - 2 * MARGIN
    out = io.BytesIO()
    month_name = w["months"].split()[report.month - 1]
    title = f"{w['title']}: {month_name} {report.year}"
    doc = document(out, settings.paper_size, head, title=title)
    summary = [[w["kept"], str(report.kept)], [w["missed"], str(report.missed)],
               [w["another_way"], str(report.kept_another_way)],
               [w["charged"], format_amount(report.charged, cur)],
               [w["received"], format_amount(report.received, cur)],
               [w["waived"], format_amount(report.waived, cur)],
               [w["outstanding"], format_amount(report.outstanding, cur)]]
    table = Table(summary, colWidths=[width * 0.6, width * 0.4])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9),
                               ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    half = width / 2 - 6
    charts = Table([
        [_chart(w["weekday"], list(WEEKDAYS[lang]), list(report.cancellations_by_weekday
                                                         .values()), half),
         _chart(w["time"], [w[t] for t in report.cancellations_by_time],
                list(report.cancellations_by_time.values()), half)],
        [_chart(w["reason"], [_reason(r, language) for r in report.cancellations_by_reason],
                list(report.cancellations_by_reason.values()), half),
         _chart(w["notice"], [w[n] for n in report.cancellations_by_notice],
                list(report.cancellations_by_notice.values()), half)]],
        colWidths=[width / 2, width / 2])
    debts: list[list[Any]] = [[w["client"], *AGES, w["outstanding"]]]
    debts += [[text_paragraph(d.client_name, style("small")),
               *(format_amount(d.aging[a], cur, symbol=False) for a in AGES),
               format_amount(d.balance, cur, symbol=False)] for d in report.debts]
    debt_table = Table(debts, colWidths=[width * 0.3] + [width * 0.14] * 5, repeatRows=1)
    debt_table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8),
                                    ("FONT", (0, 0), (-1, 0), BOLD, 8),
                                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
    no_shows = _chart(w["no_shows"], [_no_show_reason(r, language)
                                      for r in report.no_shows_by_reason],
                      list(report.no_shows_by_reason.values()), width)
    doc.build([text_paragraph(title, style("heading")), table, Spacer(1, 10), charts, no_shows,
               Spacer(1, 10), text_paragraph(w["debts"], style("subject")), debt_table])
    return out.getvalue()


def month_report_of(vault: Vault, year: int, month: int) -> tuple[MonthReport, bytes]:
    """The report and its PDF, in the practice's language."""
    report = month_report(vault, year, month)
    return report, month_report_pdf(report, read_settings(vault))
