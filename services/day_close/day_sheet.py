"""The day sheet: a closed day on paper (PDF) and as rows for a spreadsheet (CSV).

The PDF is the practice's letterhead, the table of sessions (its header repeated on later
pages), the money entered on account, the totals, the corrections since the day was first
closed, and a line to sign. Its words are in `WORDS`, in English and Russian by the practice's
language. The CSV has one row per session and per account entry, then a totals row whose sums
equal the rows; amounts in major units (decimal text) and in minor units.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from models.enums import Language
from services.day_close.day_review import DayReview
from services.money.amounts import format_amount, minor_digits
from services.papers.letterhead import Letterhead
from services.papers.pdf_page import (
    BOLD,
    FONT,
    MARGIN,
    document,
    draw_running_head,
    paper,
    style,
)
from services.practice.practice_settings import PracticeSettings

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Day sheet", "time": "Time", "client": "Client", "status": "Status",
        "charged": "Charged", "received": "Received", "method": "Method", "waived": "Waived",
        "balance": "Balance", "account": "Entered on account", "kind": "Entry",
        "amount": "Amount", "totals": "Totals", "sessions": "Sessions",
        "received_by": "Received by method", "refunded": "Refunded",
        "outstanding": "Outstanding (clients of the day)", "corrections": "Corrections since "
        "the day was first closed", "first": "When first closed", "now": "Now",
        "difference": "Difference", "reopened": "Reopened", "accepted": "Accepted problems",
        "closed": "Closed", "open": "NOT CLOSED", "signature": "Signature", "date": "Date",
        "page": "Page", "no_client": "(no client)", "no_sessions": "No sessions this day.",
        "scheduled": "Booked", "attended": "Attended", "attended_late": "Attended late",
        "no_show": "Did not come", "cancelled": "Cancelled in time",
        "late_cancellation": "Late cancellation",
        "cancelled_by_therapist": "Cancelled by me", "missed_by_therapist": "Missed by me",
        "cash": "Cash", "card": "Card", "transfer": "Transfer", "insurer": "Insurer",
        "session_charge": "Session", "late_cancel_fee": "Late-cancellation fee",
        "no_show_fee": "No-show fee", "payment": "Payment", "waiver": "Waiver",
        "refund": "Refund", "note": "Note",
        "earlier_day_open": "An earlier day still open",
        "still_scheduled": "Still booked after its end",
        "not_charged": "Attended but not charged", "fee_off_policy": "A fee off the policy",
        "payment_without_client": "A payment not tied to a client",
        "negative_balance": "A client in credit",
    },
    "ru": {
        "title": "Итоги дня", "time": "Время", "client": "Клиент", "status": "Статус",
        "charged": "Начислено", "received": "Получено", "method": "Способ", "waived": "Списано",
        "balance": "Баланс", "account": "Внесено на счёт", "kind": "Запись",
        "amount": "Сумма", "totals": "Итого", "sessions": "Сессии",
        "received_by": "Получено по способам", "refunded": "Возвращено",
        "outstanding": "Задолженность (клиенты дня)", "corrections": "Исправления после "
        "первого закрытия дня", "first": "При первом закрытии", "now": "Сейчас",
        "difference": "Разница", "reopened": "Открыт заново", "accepted": "Принятые замечания",
        "closed": "Закрыт", "open": "НЕ ЗАКРЫТ", "signature": "Подпись", "date": "Дата",
        "page": "Стр.", "no_client": "(клиент не указан)", "no_sessions": "В этот день сессий "
        "не было.",
        "scheduled": "Запланирована", "attended": "Состоялась", "attended_late": "С опозданием",
        "no_show": "Не пришёл", "cancelled": "Отменена вовремя",
        "late_cancellation": "Поздняя отмена", "cancelled_by_therapist": "Отменена мной",
        "missed_by_therapist": "Пропущена мной",
        "cash": "Наличные", "card": "Карта", "transfer": "Перевод", "insurer": "Страховая",
        "session_charge": "Сессия", "late_cancel_fee": "Плата за позднюю отмену",
        "no_show_fee": "Плата за неявку", "payment": "Оплата", "waiver": "Списание",
        "refund": "Возврат", "note": "Примечание",
        "earlier_day_open": "Не закрыт более ранний день",
        "still_scheduled": "Сессия так и осталась запланированной",
        "not_charged": "Клиент пришёл, но ничего не начислено",
        "fee_off_policy": "Сумма не по правилам", "payment_without_client": "Платёж без клиента",
        "negative_balance": "Переплата клиента",
    },
}
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")


def words_for(language: Language | str) -> dict[str, str]:
    return WORDS["ru" if str(language) == "ru" else "en"]


def day_title(review: DayReview, language: Language | str) -> str:
    day = review.day
    if str(language) == "ru":
        return f"{day.day} {MONTHS_RU[day.month - 1]} {day.year}"
    return day.strftime("%A %-d %B %Y")


def _money(amount: int, currency: str) -> str:
    return format_amount(amount, currency, symbol=False)


def _table(rows: list[list[Any]], widths: list[float], *, header: bool = True,
           total: bool = False, numbers_from: int = 1) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (numbers_from, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands += [("FONT", (0, 0), (-1, 0), BOLD, 8.5),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]
    if total:
        commands += [("FONT", (0, -1), (-1, -1), BOLD, 8.5),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)]
    table.setStyle(TableStyle(commands))
    return table


def _session_table(review: DayReview, w: dict[str, str], width: float) -> Table:
    cur = review.currency
    rows: list[list[Any]] = [[w["time"], w["client"], w["status"], w["charged"], w["received"],
                              w["method"], w["waived"], w["balance"]]]
    for line in review.lines:
        rows.append([line.starts_at.strftime("%H:%M"), Paragraph(line.client_name,
                     style("small")), w[str(line.status)], _money(line.charged, cur),
                     _money(line.received, cur), ", ".join(w[str(m)] for m in line.methods),
                     _money(line.waived, cur), _money(line.client_balance, cur)])
    fractions = (0.08, 0.24, 0.15, 0.1, 0.1, 0.11, 0.1, 0.12)
    table = _table(rows, [width * f for f in fractions], numbers_from=3)
    table.setStyle(TableStyle([("ALIGN", (5, 0), (5, -1), "LEFT")]))
    return table


def _totals_rows(review: DayReview, w: dict[str, str]) -> list[list[str]]:
    t, cur = review.totals, review.currency
    rows = [[w["sessions"], ", ".join(f"{w[s]}: {n}" for s, n in t.sessions_by_status.items())
             or "0"],
            [w["charged"], format_amount(t.charged, cur)],
            [w["received"], format_amount(t.received, cur)]]
    rows += [[f"  {w.get(m, m)}", format_amount(n, cur)] for m, n in t.received_by_method.items()]
    rows += [[w["waived"], format_amount(t.waived, cur)],
             [w["refunded"], format_amount(t.refunded, cur)],
             [w["outstanding"], format_amount(t.outstanding, cur)]]
    return rows


def day_sheet_pdf(review: DayReview, settings: PracticeSettings) -> bytes:
    """The day as a printed sheet, in the practice's language."""
    w = words_for(settings.language)
    head = Letterhead.of(settings.practice_name, settings.therapist_name, settings.credentials,
                         settings.letterhead, settings.address, settings.phone, settings.email)
    page_width, page_height = paper(settings.paper_size)
    width = page_width - 2 * MARGIN
    title = f"{w['title']} — {day_title(review, settings.language)}"

    def later(canvas: Any, doc: Any) -> None:
        draw_running_head(canvas, title, f"{w['page']} {doc.page}", page_width, page_height)

    out = io.BytesIO()
    doc = document(out, settings.paper_size, head, title=title, later_page=later)
    state = (f"{w['closed']}: {review.closed_at.astimezone(settings.zone):%Y-%m-%d %H:%M}"
             if review.closed_at else w["open"])
    story: list[Any] = [Paragraph(title, style("heading")), Paragraph(state, style("small")),
                        Spacer(1, 6)]
    if review.lines:
        story.append(_session_table(review, w, width))
    else:
        story.append(Paragraph(w["no_sessions"], style("body")))
    if review.account_lines:
        rows: list[list[Any]] = [[w["client"], w["kind"], w["method"], w["amount"]]]
        rows += [[Paragraph(a.client_name or w["no_client"], style("small")), w[str(a.kind)],
                  w[str(a.method)] if a.method else "", _money(a.amount, review.currency)]
                 for a in review.account_lines]
        story += [Spacer(1, 10), Paragraph(w["account"], style("subject")),
                  _table(rows, [width * f for f in (0.4, 0.3, 0.15, 0.15)], numbers_from=3)]
    story += [Spacer(1, 10), Paragraph(w["totals"], style("subject")),
              _table(_totals_rows(review, w), [width * 0.45, width * 0.55], header=False)]
    if review.corrections:
        cur = review.currency
        rows = [["", w["first"], w["now"], w["difference"]]]
        rows += [[_what(c.what, w), format_amount(c.first, cur) if _is_money(c.what)
                  else str(c.first), format_amount(c.now, cur) if _is_money(c.what)
                  else str(c.now), format_amount(c.difference, cur) if _is_money(c.what)
                  else f"{c.difference:+d}"] for c in review.corrections]
        story += [Spacer(1, 10), Paragraph(w["corrections"], style("subject")),
                  _table(rows, [width * f for f in (0.4, 0.2, 0.2, 0.2)])]
    for reopening in review.reopened:
        when = reopening.at.astimezone(settings.zone).strftime("%Y-%m-%d %H:%M")
        story.append(Paragraph(f"{w['reopened']} {when}: {_escape(reopening.reason)}",
                               style("small")))
    if review.accepted:
        story.append(Paragraph(w["accepted"], style("subject")))
        story += [Paragraph(_escape(f"• {w[a.kind.value]}"
                                    + (f" ({a.client_name})" if a.client_name else "")
                                    + f": {a.note}"), style("small")) for a in review.accepted]
    story += [Spacer(1, 36), _table([[f"{w['signature']}: ____________________________",
                                      f"{w['date']}: ______________"]],
                                    [width * 0.6, width * 0.4], header=False, numbers_from=2)]
    doc.build(story)
    return out.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _is_money(what: str) -> bool:
    return not what.startswith("sessions:")


def _what(what: str, w: dict[str, str]) -> str:
    group, _, part = what.partition(":")
    return f"{w[group]}: {w.get(part, part)}" if part else w.get(group, group)


CSV_COLUMNS = ["date", "time", "client", "status", "entry", "method", "charged", "received",
               "waived", "refunded", "balance", "charged_minor", "received_minor",
               "waived_minor", "refunded_minor", "balance_minor"]


def _major(amount: int, currency: str) -> str:
    digits = minor_digits(currency)
    sign = "-" if amount < 0 else ""
    whole, part = divmod(abs(amount), 10**digits)
    return f"{sign}{whole}.{part:0{digits}d}" if digits else f"{sign}{whole}"


def day_sheet_csv(review: DayReview) -> str:
    """One row per session and per account entry, then the totals row (UTF-8 with a BOM).

    The totals row's charged, received, waived and refunded are the sums of the rows above;
    its balance is what the day's clients owe, each counted once.
    """
    cur, day = review.currency, review.day.isoformat()
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)

    def money(charged: int, received: int, waived: int, refunded: int,
              balance: int | None) -> list[str]:
        amounts = [charged, received, waived, refunded]
        shown = [_major(a, cur) for a in amounts] + [
            "" if balance is None else _major(balance, cur)]
        return shown + [str(a) for a in amounts] + ["" if balance is None else str(balance)]

    for line in review.lines:
        writer.writerow([day, line.starts_at.strftime("%H:%M"), line.client_name,
                         str(line.status), "session", "+".join(map(str, line.methods)),
                         *money(line.charged, line.received, line.waived, 0,
                                line.client_balance)])
    for a in review.account_lines:
        amounts = {"payment": (0, a.amount, 0, 0), "waiver": (0, 0, a.amount, 0),
                   "refund": (0, 0, 0, a.amount)}.get(str(a.kind), (a.amount, 0, 0, 0))
        writer.writerow([day, "", a.client_name, "", str(a.kind), str(a.method or ""),
                         *money(*amounts, None)])
    t = review.totals
    writer.writerow([day, "", "", "", "totals", "",
                     *money(t.charged, t.received, t.waived, t.refunded, t.outstanding)])
    return out.getvalue()
