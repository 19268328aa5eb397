"""The year's income on paper (PDF) and as rows for a spreadsheet (CSV), in English or Russian.

The PDF is the practice's letterhead, "Income for 2026", the month table with its total row,
the year's payments by method, what was waived by reason (with a line saying the book keeps
no separate write-offs), and what clients owed at the year's end. The CSV has one row per
month and a total row whose sums equal the months; its header names the currency. Payment
methods and waiver reasons read as they do everywhere (`services.labels`); the paper's own
words are in `WORDS`.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer, Table, TableStyle

from models.enums import Language, PaymentMethod, WaiverReason
from services.csv_cells import number_cell, safe_cell
from services.labels import label
from services.money.amounts import format_amount
from services.money_papers.income_year import IncomeMonth, IncomeYear
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
        "title": "Income for {year}", "month": "Month", "payments": "Received",
        "refunded": "Refunded", "net": "Net", "waived": "Waived", "total": "Total",
        "amounts": "Amounts in {currency}. Days are the practice's own ({zone}).",
        "by_method": "Received by payment method", "method": "Method", "amount": "Amount",
        "share": "Share",
        "by_reason": "Waived, by reason", "reason": "Reason",
        "no_write_off": "Stillroom keeps no separate write-offs: a fee the practice gives up "
                        "is waived with a reason. “{goodwill}” and “{other}” are the nearest "
                        "to a write-off.",
        "owed": "Owed at the year's end",
        "owed_line": "{amount} was owed by {clients} on 31 December {year} (the clients' "
                     "balances that day).",
        "clients_one": "1 client", "clients_many": "{count} clients", "page": "Page",
        "owed_column": "Owed at year end", "owing_column": "Clients owing",
        "months": "January February March April May June July August September October "
                  "November December",
    },
    "ru": {
        "title": "Доход за {year} год", "month": "Месяц", "payments": "Получено",
        "refunded": "Возвраты", "net": "Чистый доход", "waived": "Списано",
        "total": "Итого",
        "amounts": "Суммы в {currency}. Дни — по времени практики ({zone}).",
        "by_method": "Получено по способам оплаты", "method": "Способ", "amount": "Сумма",
        "share": "Доля",
        "by_reason": "Списано, по причинам", "reason": "Причина",
        "no_write_off": "Отдельного списания долгов в Stillroom нет: плата, от которой "
                        "практика отказывается, списывается с указанием причины. Ближе всего "
                        "к списанию долга — «{goodwill}» и «{other}».",
        "owed": "Задолженность на конец года",
        "owed_line": "На 31 декабря {year} года задолженность составила {amount}; "
                     "должников: {clients} (по балансам клиентов на этот день).",
        "clients_one": "1", "clients_many": "{count}", "page": "Стр.",
        "owed_column": "Задолженность на конец года", "owing_column": "Должников",
        "months": "Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь "
                  "Ноябрь Декабрь",
    },
}


def words_for(language: Language | str) -> dict[str, str]:
    return WORDS["ru" if str(language) == "ru" else "en"]


def month_name(month: int, language: Language | str) -> str:
    return words_for(language)["months"].split()[month - 1]


def title_of(year: int, language: Language | str) -> str:
    return words_for(language)["title"].format(year=year)


def _clients(count: int, w: dict[str, str]) -> str:
    return w["clients_one"] if count == 1 else w["clients_many"].format(count=count)


def _money(amount: int, currency: str) -> str:
    return format_amount(amount, currency, symbol=False)


def _month_cells(m: IncomeMonth | IncomeYear, currency: str) -> list[str]:
    """The month table's amounts: each method, received, refunded, net, waived."""
    received = m.received
    return [*(_money(received[method], currency) for method in PaymentMethod),
            _money(m.payments, currency), _money(m.refunded, currency),
            _money(m.net, currency), _money(m.waived_total, currency)]


def _table(rows: list[list[Any]], widths: list[float], *, total: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8), ("FONT", (0, 0), (-1, 0), BOLD, 8),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total:
        commands += [("FONT", (0, -1), (-1, -1), BOLD, 8),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)]
    table.setStyle(TableStyle(commands))
    return table


HEADER = ParagraphStyle("income_header", fontName=BOLD, fontSize=6.8, leading=8.5,
                        alignment=TA_RIGHT)


HEADER_LEFT = ParagraphStyle("income_header_left", parent=HEADER, alignment=TA_LEFT)


def _header(text: str, *, left: bool = False) -> Any:
    """A column's name, wrapped at spaces inside its narrow column, flush with the amounts."""
    return text_paragraph(text, HEADER_LEFT if left else HEADER)


def income_pdf(report: IncomeYear, settings: PracticeSettings,
               language: Language | None = None) -> bytes:
    """The year on the practice's paper, in `language` (the practice's when not given)."""
    language = Language(language or settings.language)
    w, cur = words_for(language), report.currency
    title = title_of(report.year, language)
    out = io.BytesIO()
    doc, width = headed_document(out, settings.paper_size, Letterhead.of_practice(settings),
                                 title=title, page_word=w["page"])
    columns = [w["month"], *(label(method, language) for method in PaymentMethod),
               w["payments"], w["refunded"], w["net"], w["waived"]]
    months: list[list[Any]] = [[_header(columns[0], left=True),
                                *(_header(c) for c in columns[1:])]]
    months += [[month_name(m.month, language), *_month_cells(m, cur)] for m in report.months]
    months.append([w["total"], *_month_cells(report, cur)])
    first = 0.12
    story: list[Any] = [
        text_paragraph(title, style("heading")),
        text_paragraph(w["amounts"].format(currency=cur, zone=settings.timezone),
                       style("small")),
        Spacer(1, 6),
        _table(months, [width * first] + [width * (1 - first) / 8] * 8),
    ]
    payments = report.payments
    methods: list[list[Any]] = [[w["method"], w["amount"], w["share"]]]
    methods += [[label(method, language), format_amount(amount, cur),
                 f"{amount * 100 / payments:.1f} %" if payments else "—"]
                for method, amount in report.received.items()]
    methods.append([w["total"], format_amount(payments, cur), "100 %" if payments else "—"])
    reasons: list[list[Any]] = [[w["reason"], w["amount"]]]
    reasons += [[label(reason, language), format_amount(amount, cur)]
                for reason, amount in report.waived.items()]
    reasons.append([w["total"], format_amount(report.waived_total, cur)])
    story += [
        Spacer(1, 12), text_paragraph(w["by_method"], style("subject")),
        _table(methods, [width * 0.45, width * 0.3, width * 0.25]),
        Spacer(1, 12), text_paragraph(w["by_reason"], style("subject")),
        _table(reasons, [width * 0.45, width * 0.3]),
        Spacer(1, 4), text_paragraph(w["no_write_off"].format(
            goodwill=label(WaiverReason.GOODWILL, language),
            other=label(WaiverReason.OTHER, language)), style("small")),
        Spacer(1, 12), text_paragraph(w["owed"], style("subject")),
        text_paragraph(w["owed_line"].format(
            amount=format_amount(report.owed_at_end, cur), year=report.year,
            clients=_clients(report.clients_owing, w)), style("body")),
    ]
    doc.build(story)
    return out.getvalue()


def _major(amount: int, currency: str) -> str:
    """An amount as a plain decimal number for a spreadsheet: 123456 GBP is 1234.56."""
    return format_amount(amount, currency, symbol=False, group="")


def income_csv(report: IncomeYear, language: Language | str) -> str:
    """One row per month and a total row (UTF-8 text with a BOM, for spreadsheets).

    Amounts are plain decimal numbers in the currency the header names, so the spreadsheet
    adds them up (`number_cell`); the month's name and the words are text (`safe_cell`).
    The total row's amounts are the sums of the months; it alone also says what was owed at
    the year's end and by how many clients.
    """
    language = Language(language)
    w, cur = words_for(language), report.currency

    def money(name: str) -> str:
        return f"{name}, {cur}"

    header = [w["month"], *(money(label(m, language)) for m in PaymentMethod),
              money(w["payments"]), money(w["refunded"]), money(w["net"]),
              *(money(f"{w['waived']}: {label(r, language)}") for r in WaiverReason),
              money(w["waived"]), money(w["owed_column"]), w["owing_column"]]
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([safe_cell(cell) for cell in header])

    def amounts(m: IncomeMonth | IncomeYear) -> list[int]:
        return [*(m.received[method] for method in PaymentMethod), m.payments, m.refunded,
                m.net, *(m.waived[reason] for reason in WaiverReason), m.waived_total]

    for m in report.months:
        writer.writerow([safe_cell(f"{report.year}-{m.month:02d}"),
                         *(number_cell(_major(a, cur)) for a in amounts(m)), "", ""])
    writer.writerow([safe_cell(w["total"]),
                     *(number_cell(_major(a, cur)) for a in amounts(report)),
                     number_cell(_major(report.owed_at_end, cur)),
                     number_cell(str(report.clients_owing))])
    return out.getvalue()
