"""The letters' figures: one letter against a bare reportlab page, a hundred letters, the size.

`letter_one` is a ratio: a bare reportlab page with the same embedded font (DejaVu Sans, its
regular and bold faces, as a letter has) and two paragraphs is measured in the same run as its
floor, so the machine's speed cancels out.
"""

from __future__ import annotations

from functools import partial
from io import BytesIO

from reportlab.platypus import Paragraph, SimpleDocTemplate
from sqlalchemy import select

from benchmarks.figures import Bench, figure
from benchmarks.timing import Measurement, median, seconds
from models import Client
from models.enums import Language, LetterKind
from services.papers.letter_layout import render_letter
from services.papers.letters import LetterDraft, TerminationReason, draft_letter
from services.papers.pdf_page import FONT, register_fonts, style

LETTER_RATIO = 2.0
LETTERS = 100
LETTERS_BUDGET_S = 4.0
SIZE_BUDGET_KIB = 60.0


def _clients_with_address(bench: Bench, count: int) -> list[int]:
    with bench.vault.unit_of_work() as session:
        ids = list(session.scalars(select(Client.id).where(Client.address != "")
                                   .order_by(Client.id).limit(count)))
    assert ids, "the demo practice gives its clients postal addresses"
    return ids


def _termination(bench: Bench, client_id: int, language: Language | None = None) -> LetterDraft:
    return draft_letter(bench.vault, LetterKind.TERMINATION, client_id, language=language,
                        reason=TerminationReason.CHOSE_TO_STOP)


def bare_page() -> bytes:
    """A reportlab page as plain as can be: the letter's font, a bold line and a paragraph."""
    register_fonts()
    out = BytesIO()
    doc = SimpleDocTemplate(out, invariant=True, initialFontName=FONT)
    doc.build([Paragraph("Ending our work together", style("subject")),
               Paragraph("Thank you for letting me know; I wish you all the very best. "
                         "Спасибо, что сообщили мне о своём решении.", style("body"))])
    return out.getvalue()


@figure("letter_one")
def letter_one(bench: Bench) -> Measurement:
    draft = _termination(bench, _clients_with_address(bench, 1)[0])
    repeats = max(5, bench.repeats * 2)
    render_letter(draft), bare_page()  # both fonts' first subsetting is not what is timed
    floors, samples = [], []
    for _ in range(repeats):  # taken in turn, so a busy moment slows both alike
        floors.append(seconds(bare_page) * 1000)
        samples.append(seconds(partial(render_letter, draft)) * 1000)
    floor = median(floors)
    return Measurement(median(samples), "ms", LETTER_RATIO * floor, floor,
                       how="median: render one termination letter, against a bare page")


@figure("letters_100")
def letters_100(bench: Bench) -> Measurement:
    ids = _clients_with_address(bench, LETTERS)
    clients = [ids[n % len(ids)] for n in range(LETTERS)]

    def hundred() -> None:
        for client_id in clients:
            render_letter(_termination(bench, client_id))

    samples = [seconds(hundred) for _ in range(max(1, bench.repeats // 2))]
    return Measurement(median(samples), "s", LETTERS_BUDGET_S,
                       how=f"median: draft and render {LETTERS} termination letters, "
                           "each for another client")


@figure("letter_size")
def letter_size(bench: Bench) -> Measurement:
    client_id = _clients_with_address(bench, 1)[0]
    sizes = [len(render_letter(_termination(bench, client_id, language))) / 1024
             for language in Language]
    return Measurement(max(sizes), "KiB", SIZE_BUDGET_KIB,
                       how="the larger of one termination letter in English and in Russian")
