"""The day sheet: a closed day on paper (PDF) and as rows for a spreadsheet (CSV).

The PDF is the practice's letterhead, the table of sessions (its header repeated on later
pages), the money entered on account, the totals, the corrections since the day was first
closed, and a line to sign. Its own words are in `WORDS`; statuses, payment methods, kinds of
entry and problems read as they do everywhere (`services.labels`); all in the practice's
language. The CSV has one row per session and per account entry, then a totals row whose sums
equal the rows; amounts in major units (decimal text) and in minor units, and each status,
entry and method both in those words and as its stored code.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from models.enums import AppointmentStatus, Language, LedgerKind, PaymentMethod
from services.csv_cells import number_cell, safe_cell
from services.day_close.day_review import DayReview
from services.labels import label
from services.money.amounts import format_amount, minor_digits
from services.papers.letterhead import Letterhead
from services.papers.pdf_page import (
    BOLD,
    FONT,
    headed_document,
    style,
    text_paragraph,
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
    },
}
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")


def words_for(language: Language | str) -> dict[str, str]:
    return WORDS["ru" if str(language) == "ru" else "en"]


def _methods(methods: tuple[PaymentMethod, ...], language: Language) -> str:
    return ", ".join(label(PaymentMethod(m), language) for m in methods)


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


def _cell(text: str, *, right: bool = False) -> Paragraph:
    """Words that wrap inside their column (flush right beside amounts)."""
    small = style("small")
    return text_paragraph(text, ParagraphStyle("small_right", parent=small, alignment=TA_RIGHT)
                          if right else small)


def _session_table(review: DayReview, w: dict[str, str], language: Language,
                   width: float) -> Table:
    cur = review.currency
    rows: list[list[Any]] = [[w["time"], w["client"], w["status"], w["charged"], w["received"],
                              w["method"], w["waived"], w["balance"]]]
    for line in review.lines:
        rows.append([line.starts_at.strftime("%H:%M"), _cell(line.client_name),
                     _cell(label(AppointmentStatus(line.status), language)),
                     _money(line.charged, cur), _money(line.received, cur),
                     _cell(_methods(line.methods, language)),
                     _money(line.waived, cur), _money(line.client_balance, cur)])
    fractions = (0.07, 0.19, 0.18, 0.11, 0.11, 0.13, 0.1, 0.11)
    table = _table(rows, [width * f for f in fractions], numbers_from=3)
    table.setStyle(TableStyle([("ALIGN", (5, 0), (5, -1), "LEFT")]))
    return table


def _totals_rows(review: DayReview, w: dict[str, str], language: Language) -> list[list[Any]]:
    t, cur = review.totals, review.currency
    by_status = ", ".join(f"{_part('sessions', s, language)}: {n}"
                          for s, n in t.sessions_by_status.items())
    rows: list[list[Any]] = [[w["sessions"], _cell(by_status or "0", right=True)],
                             [w["charged"], format_amount(t.charged, cur)],
                             [w["received"], format_amount(t.received, cur)]]
    rows += [[f"  {_part('received', m, language)}", format_amount(n, cur)]
             for m, n in t.received_by_method.items()]
    rows += [[w["waived"], format_amount(t.waived, cur)],
             [w["refunded"], format_amount(t.refunded, cur)],
             [w["outstanding"], format_amount(t.outstanding, cur)]]
    return rows


def day_sheet_pdf(review: DayReview, settings: PracticeSettings) -> bytes:
    """The day as a printed sheet, in the practice's language."""
    w, language = words_for(settings.language), Language(settings.language)
    title = f"{w['title']} — {day_title(review, settings.language)}"
    out = io.BytesIO()
    doc, width = headed_document(out, settings.paper_size, Letterhead.of_practice(settings),
                                 title=title, page_word=w["page"])
    state = (f"{w['closed']}: {review.closed_at.astimezone(settings.zone):%Y-%m-%d %H:%M}"
             if review.closed_at else w["open"])
    story: list[Any] = [text_paragraph(title, style("heading")),
                        text_paragraph(state, style("small")), Spacer(1, 6)]
    if review.lines:
        story.append(_session_table(review, w, language, width))
    else:
        story.append(text_paragraph(w["no_sessions"], style("body")))
    if review.account_lines:
        rows: list[list[Any]] = [[w["client"], w["kind"], w["method"], w["amount"]]]
        rows += [[_cell(a.client_name or w["no_client"]),
                  _cell(label(LedgerKind(a.kind), language)),
                  _cell(label(PaymentMethod(a.method), language)) if a.method else "",
                  _money(a.amount, review.currency)] for a in review.account_lines]
        story += [Spacer(1, 10), text_paragraph(w["account"], style("subject")),
                  _table(rows, [width * f for f in (0.4, 0.3, 0.15, 0.15)], numbers_from=3)]
    story += [Spacer(1, 10), text_paragraph(w["totals"], style("subject")),
              _table(_totals_rows(review, w, language), [width * 0.45, width * 0.55],
                     header=False)]
    if review.corrections:
        cur = review.currency
        rows = [["", w["first"], w["now"], w["difference"]]]
        rows += [[_what(c.what, w, language), format_amount(c.first, cur) if _is_money(c.what)
                  else str(c.first), format_amount(c.now, cur) if _is_money(c.what)
                  else str(c.now), format_amount(c.difference, cur) if _is_money(c.what)
                  else f"{c.difference:+d}"] for c in review.corrections]
        story += [Spacer(1, 10), text_paragraph(w["corrections"], style("subject")),
                  _table(rows, [width * f for f in (0.4, 0.2, 0.2, 0.2)])]
    for reopening in review.reopened:
        when = reopening.at.astimezone(settings.zone).strftime("%Y-%m-%d %H:%M")
        story.append(text_paragraph(f"{w['reopened']} {when}: {reopening.reason}",
                                    style("small")))
    if review.accepted:
        story.append(text_paragraph(w["accepted"], style("subject")))
        story += [text_paragraph(f"• {label(a.kind, language)}"
                                 + (f" ({a.client_name})" if a.client_name else "")
                                 + f": {a.note}", style("small")) for a in review.accepted]
    story += [Spacer(1, 36), _table([[f"{w['signature']}: ____________________________",
                                      f"{w['date']}: ______________"]],
                                    [width * 0.6, width * 0.4], header=False, numbers_from=2)]
    doc.build(story)
    return out.getvalue()


def _is_money(what: str) -> bool:
    return not what.startswith("sessions:")


def _part(group: str, part: str, language: Language) -> str:
    """A status counted under "sessions", a method under "received", in words."""
    vocabulary = {"sessions": AppointmentStatus, "received": PaymentMethod}.get(group)
    if vocabulary is None or part not in vocabulary._value2member_map_:
        return part
    return label(vocabulary(part), language)


def _what(what: str, w: dict[str, str], language: Language) -> str:
    """A totals key said in words: "received:cash" is "Received: Cash"."""
    group, _, part = what.partition(":")
    return f"{w[group]}: {_part(group, part, language)}" if part else w.get(group, group)


CSV_COLUMNS = ["date", "time", "client", "status", "entry", "method", "charged", "received",
               "waived", "refunded", "balance", "charged_minor", "received_minor",
               "waived_minor", "refunded_minor", "balance_minor", "status_code", "entry_code",
               "method_code"]


def _major(amount: int, currency: str) -> str:
    digits = minor_digits(currency)
    sign = "-" if amount < 0 else ""
    whole, part = divmod(abs(amount), 10**digits)
    return f"{sign}{whole}.{part:0{digits}d}" if digits else f"{sign}{whole}"


def day_sheet_csv(review: DayReview, language: Language) -> str:
    """One row per session and per account entry, then the totals row (UTF-8 with a BOM).

    Status, entry and method are in the words of `language` (the practice's), as the window
    and the PDF say them; the `_code` columns hold the same as stored codes, for scripts.
    The totals row's charged, received, waived and refunded are the sums of the rows above;
    its balance is what the day's clients owe, each counted once. The amounts are numbers
    for the spreadsheet (`number_cell`); every other cell is text (`safe_cell`), so a name
    beginning with = is never a formula.
    """
    language = Language(language)
    cur, day = review.currency, review.day.isoformat()
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)

    def row(words: list[str], amounts: list[str], codes: list[str]) -> None:
        """The words and codes as text, the amounts as numbers."""
        writer.writerow([*map(safe_cell, words), *map(number_cell, amounts),
                         *map(safe_cell, codes)])

    def money(charged: int, received: int, waived: int, refunded: int,
              balance: int | None) -> list[str]:
        amounts = [charged, received, waived, refunded]
        shown = [_major(a, cur) for a in amounts] + [
            "" if balance is None else _major(balance, cur)]
        return shown + [str(a) for a in amounts] + ["" if balance is None else str(balance)]

    session = label(LedgerKind.SESSION_CHARGE, language)
    for line in review.lines:
        status = AppointmentStatus(line.status)
        row([day, line.starts_at.strftime("%H:%M"), line.client_name, label(status, language),
             session, _methods(line.methods, language)],
            money(line.charged, line.received, line.waived, 0, line.client_balance),
            [status.value, "session", "+".join(map(str, line.methods))])
    for a in review.account_lines:
        kind = LedgerKind(a.kind)
        amounts = {LedgerKind.PAYMENT: (0, a.amount, 0, 0), LedgerKind.WAIVER: (0, 0, a.amount, 0),
                   LedgerKind.REFUND: (0, 0, 0, a.amount)}.get(kind, (a.amount, 0, 0, 0))
        method = PaymentMethod(a.method) if a.method else None
        row([day, "", a.client_name, "", label(kind, language),
             label(method, language) if method else ""],
            money(*amounts, None), ["", kind.value, method.value if method else ""])
    t = review.totals
    row([day, "", "", "", words_for(language)["totals"], ""],
        money(t.charged, t.received, t.waived, t.refunded, t.outstanding), ["", "totals", ""])
    return out.getvalue()
