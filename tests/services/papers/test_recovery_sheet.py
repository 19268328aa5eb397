"""The recovery sheet: made with the vault, printed again only with the passphrase."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import Letter
from models.enums import Language, LetterKind
from services.errors import NotFound, WrongPassphrase
from services.papers.recovery_sheet import (
    keep_recovery_sheet,
    recovery_sheet_pdf,
    stored_recovery_sheet,
)
from services.practice.practice_settings import read_settings
from services.vault.practice_vault import Vault
from tests.conftest import PASSPHRASE

CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(("language", "words"), [(Language.ENGLISH, "Recovery code"),
                                                 (Language.RUSSIAN, "Код восстановления")])
def test_the_sheet_holds_the_code_and_its_instructions(
    vault: Vault, language: Language, words: str,
) -> None:
    pdf = recovery_sheet_pdf(read_settings(vault), CODE, language)
    text = text_of(pdf)
    assert CODE in text and words in text and "Quiet Room Practice" in text
    fonts = [f.get_object() for f in PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
             .values()]
    assert all("/FontFile2" in font["/FontDescriptor"] for font in fonts)


def test_the_kept_sheet_is_a_letter_without_a_client(vault: Vault) -> None:
    keep_recovery_sheet(vault, CODE)
    with vault.unit_of_work() as session:
        letter = session.scalars(select(Letter)).one()
        assert (letter.client_id, letter.kind) == (None, LetterKind.RECOVERY_SHEET)
    assert CODE in text_of(stored_recovery_sheet(vault, PASSPHRASE))


def test_the_sheet_is_given_back_only_for_the_passphrase(vault: Vault) -> None:
    keep_recovery_sheet(vault, CODE)
    with pytest.raises(WrongPassphrase) as error:
        stored_recovery_sheet(vault, "not the passphrase")
    assert error.value.field == "passphrase"


def test_the_sheet_is_read_from_a_closed_practice_s_folder(vault: Vault, data_dir: Path) -> None:
    keep_recovery_sheet(vault, CODE)
    vault.close()
    assert CODE in text_of(stored_recovery_sheet(data_dir, PASSPHRASE))
    with pytest.raises(WrongPassphrase):
        stored_recovery_sheet(data_dir, "not the passphrase")


def test_a_practice_without_a_sheet_says_so(vault: Vault) -> None:
    with pytest.raises(NotFound):
        stored_recovery_sheet(vault, PASSPHRASE)
