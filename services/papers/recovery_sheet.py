"""The recovery sheet: the vault's recovery code on paper, with how to use and keep it.

It is made when the practice is created and kept inside the vault (a letter with no client),
so it can be printed again; but only after the passphrase is typed again, since the code
opens the practice as the passphrase does.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Spacer, Table, TableStyle
from sqlalchemy import select

from models import Letter
from models.enums import Language, LetterKind
from services.errors import NotFound, WrongPassphrase
from services.papers import letter_templates as words
from services.papers.letter_dates import written_date
from services.papers.letter_layout import numbered_canvas
from services.papers.letterhead import Letterhead
from services.papers.pdf_page import BOLD, FONT, MM, document, style, text_paragraph
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault, open_vault, unlock_with_passphrase


def recovery_sheet_pdf(settings: PracticeSettings, code: str, language: Language,
                       made_on: date | None = None) -> bytes:
    """The recovery sheet as PDF bytes; `made_on` is the date printed (today by default)."""
    made_on = made_on or datetime.now(settings.zone).date()
    template = words.template("recovery_sheet", language)
    values = {"practice_name": settings.practice_name,
              "today": written_date(made_on, language)}
    code_style = ParagraphStyle("code", parent=style("body"), fontName=BOLD, fontSize=17,
                                leading=22, alignment=TA_CENTER, spaceAfter=0)
    box = Table([[text_paragraph(template.extra["code_label"], style("small"))],
                 [text_paragraph(code, code_style)]])
    box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),
                             ("BOX", (0, 0), (-1, -1), 1.2, "black"),
                             ("TOPPADDING", (0, 0), (-1, -1), 5 * MM / 2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * MM / 2),
                             ("LEFTPADDING", (0, 0), (-1, -1), 5 * MM)]))
    steps = ListFlowable(
        [ListItem(text_paragraph(words.fill(step, values), style("body")))
         for step in template.steps],
        bulletType="1", bulletFontName=BOLD, leftIndent=16)
    out = BytesIO()
    title = template.extra["title"]
    doc = document(out, settings.paper_size, Letterhead.of_practice(settings), title=title)
    doc.build([
        text_paragraph(title, style("heading")),
        text_paragraph(words.fill(template.extra["intro"], values), style("body")),
        Spacer(1, 4 * MM), box, Spacer(1, 6 * MM), steps, Spacer(1, 4 * MM),
        text_paragraph(words.fill(template.extra["made_on"], values), style("small")),
    ], canvasmaker=numbered_canvas(settings.practice_name, words.common(language)["page_words"]))
    return out.getvalue()


def keep_recovery_sheet(vault: Vault, code: str) -> None:
    """Make the sheet in the practice's language and keep it in the vault (no client)."""
    settings = read_settings(vault)
    pdf = recovery_sheet_pdf(settings, code, settings.language)
    with vault.unit_of_work() as session:
        session.add(Letter(client_id=None, kind=LetterKind.RECOVERY_SHEET,
                           language=settings.language, made_at=datetime.now(UTC),
                           sha256=hashlib.sha256(pdf).hexdigest(), edited_text="", pdf=pdf))


def _newest_sheet(vault: Vault) -> bytes:
    with vault.unit_of_work() as session:
        pdf = session.scalar(select(Letter.pdf).where(Letter.kind == LetterKind.RECOVERY_SHEET)
                             .order_by(Letter.made_at.desc(), Letter.id.desc()).limit(1))
    if pdf is None:
        raise NotFound("This practice keeps no recovery sheet.")
    return bytes(pdf)


def stored_recovery_sheet(folder_or_vault: Path | Vault, passphrase: str) -> bytes:
    """The kept recovery sheet, once the passphrase is checked again.

    An open vault is used as it is (the window has one); a folder is opened and closed.
    WrongPassphrase with field "passphrase" when the passphrase does not open the practice.
    """
    folder = folder_or_vault.paths.folder if isinstance(folder_or_vault, Vault) \
        else folder_or_vault
    try:
        key = unlock_with_passphrase(folder, passphrase)
    except WrongPassphrase as error:
        raise WrongPassphrase(error.template, field="passphrase", **error.values) from None
    if isinstance(folder_or_vault, Vault):
        for i in range(len(key)):
            key[i] = 0
        return _newest_sheet(folder_or_vault)
    with open_vault(folder, key) as vault:
        return _newest_sheet(vault)
