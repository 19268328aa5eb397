"""A statement of account on paper (PDF) and for a spreadsheet (CSV), in English or Russian.

The PDF: the letterhead, whom and which period it is for, the opening balance, each line of
the period with its running balance, the closing balance, and the ageing of what is owed.
The CSV: the same rows, amounts as numbers a spreadsheet adds up (in major units and in minor
units), every other cell text that is never a formula (`services.csv_cells`).
Pure: from a `Statement` to bytes or text, safe on any thread.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Spacer

from models.enums import Language
from services.csv_cells import number_cell, safe_cell
from services.money.amounts import format_amount
from services.money_papers.line_words import line_words, short_date
from services.money_papers.paper_tables import amount_text, build, figures_table
from services.papers.letter_dates import written_date
from services.papers.letterhead import Letterhead
from services.papers.pdf_page import (
    headed_document,
    style,
    text_paragraph,
)
from services.practice.practice_settings import PracticeSettings

if TYPE_CHECKING:
    from services.money_papers.statements import Statement

WORDS: dict[Language, dict[str, str]] = {
    Language.ENGLISH: {
        "title": "Statement of account", "for": "For", "client": "Client",
        "period": "Period", "issued": "Issued on", "date": "Date", "what": "Description",
        "charged": "Charges and refunds", "paid": "Payments and waivers", "balance": "Balance",
        "opening": "Opening balance", "closing": "Closing balance",
        "no_lines": "Nothing was charged or paid in this period.",
        "sign": "A balance below zero is money held in credit for the client.",
        "ageing": "What is owed, by how long it is overdue",
        "current": "Not yet due", "1_30": "1–30 days", "31_60": "31–60 days",
        "61_90": "61–90 days", "over_90": "Over 90 days", "total": "Total owed",
        "nothing": "Nothing is owed at the end of the period.",
        "credit": "At the end of the period {amount} is held in credit.",
        "page": "Page",
    },
    Language.RUSSIAN: {
        "title": "Выписка по счёту", "for": "Плательщик", "client": "Клиент",
        "period": "Период", "issued": "Дата выдачи", "date": "Дата", "what": "Описание",
        "charged": "Начислено и возвращено", "paid": "Оплачено и списано", "balance": "Остаток",
        "opening": "Остаток на начало периода", "closing": "Остаток на конец периода",
        "no_lines": "За этот период начислений и оплат не было.",
        "sign": "Остаток со знаком минус — переплата, она зачитывается в счёт будущих сессий.",
        "ageing": "Задолженность по срокам просрочки",
        "current": "Срок ещё не наступил", "1_30": "1–30 дней", "31_60": "31–60 дней",
        "61_90": "61–90 дней", "over_90": "Более 90 дней", "total": "Всего к оплате",
        "nothing": "На конец периода задолженности нет.",
        "credit": "На конец периода переплата составляет {amount}.",
        "page": "Стр.",
    },
}
BUCKETS = ("current", "1_30", "31_60", "61_90", "over_90")


def period_text(figures: Statement, language: Language) -> str:
    return (f"{written_date(figures.period_from, language)} – "
            f"{written_date(figures.period_to, language)}")


def statement_pdf(figures: Statement, settings: PracticeSettings, language: Language) -> bytes:
    """The statement on the practice's letterhead and paper; its table's head repeats on
    every page, and each page after the first is headed with the title and page number."""
    language = Language(language)
    words, currency = WORDS[language], figures.currency

    def money(minor: int) -> str:
        return amount_text(minor, currency, language)

    title = f"{words['title']} — {figures.client.full_name}"
    out = io.BytesIO()
    doc, width = headed_document(out, settings.paper_size, Letterhead.of_practice(settings),
                                 title=title, page_word=words["page"])
    facts = [[words["client"], figures.client.full_name]]
    if figures.client.payer_name:
        facts.insert(0, [words["for"], figures.client.payer_name])
    facts += [[words["period"], period_text(figures, language)],
              [words["issued"], written_date(figures.issued_on, language)]]
    rows = [[words["date"], words["what"], words["charged"], words["paid"], words["balance"]],
            ["", words["opening"], "", "", money(figures.opening)]]
    for entry in figures.lines:
        line = entry.paper.line
        rows.append([short_date(line.day, language), line_words(entry.paper, language),
                     money(line.amount) if line.kind.sign > 0 else "",
                     money(line.amount) if line.kind.sign < 0 else "", money(entry.balance)])
    rows.append(["", words["closing"], "", "", money(figures.closing)])
    story: list[Any] = [
        text_paragraph(words["title"], style("heading")),
        figures_table(facts, [width * 0.3, width * 0.7], right_from=2), Spacer(1, 10),
        figures_table(rows, [width * f for f in (0.15, 0.4, 0.15, 0.15, 0.15)], right_from=2,
                      header=True, total=True)]
    if not figures.lines:
        story.append(text_paragraph(words["no_lines"], style("small")))
    if any(entry.balance < 0 for entry in figures.lines) or figures.opening < 0:
        story.append(text_paragraph(words["sign"], style("small")))
    story.append(Spacer(1, 12))
    if figures.closing > 0:
        story += [text_paragraph(words["ageing"], style("subject")),
                  figures_table([[words[name] for name in (*BUCKETS, "total")],
                                 [*map(money, figures.ageing.buckets), money(figures.closing)]],
                                [width / 6] * 6, right_from=0, header=True)]
    elif figures.closing < 0:
        story.append(text_paragraph(words["credit"].format(amount=money(-figures.closing)),
                                    style("body")))
    else:
        story.append(text_paragraph(words["nothing"], style("body")))
    build(doc, story)
    return out.getvalue()


CSV_COLUMNS = ("date", "description", "entry_code", "charged", "paid", "balance",
               "charged_minor", "paid_minor", "balance_minor")


def statement_csv(figures: Statement, language: Language) -> str:
    """The statement's rows for a spreadsheet (UTF-8 with a BOM): the opening balance, each
    line, the closing balance, then what is owed by age. Charged and paid are the period's
    lines; each balance is the running balance after its row."""
    language = Language(language)
    words, currency = WORDS[language], figures.currency
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)

    def row(day: str, what: str, code: str, charged: int | None, paid: int | None,
            balance: int | None) -> None:
        amounts = (charged, paid, balance)
        shown = ["" if a is None else format_amount(a, currency, symbol=False, group="")
                 for a in amounts]
        minor = ["" if a is None else str(a) for a in amounts]
        writer.writerow([safe_cell(day), safe_cell(what), safe_cell(code),
                         *map(number_cell, shown + minor)])

    row(figures.period_from.isoformat(), words["opening"], "opening", None, None,
        figures.opening)
    for entry in figures.lines:
        line = entry.paper.line
        row(line.day.isoformat(), line_words(entry.paper, language), line.kind.value,
            line.amount if line.kind.sign > 0 else None,
            line.amount if line.kind.sign < 0 else None, entry.balance)
    row(figures.period_to.isoformat(), words["closing"], "closing", None, None,
        figures.closing)
    for name, owed in zip(BUCKETS, figures.ageing.buckets, strict=True):
        row(figures.period_to.isoformat(), words[name], f"owed_{name}", None, None, owed)
    return out.getvalue()
