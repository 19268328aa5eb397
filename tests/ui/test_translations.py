"""Russian is complete: every message translated, placeholders kept, the .ts in step."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from models.enums import AppointmentStatus
from ui import collect_error_texts
from ui.compiled_translations import TRANSLATIONS
from ui.i18n import install_language
from ui.labels import status_label

TS = TRANSLATIONS / "stillroom_ru.ts"
ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]*(?:![rs])?\}")


def messages(ts: Path) -> Iterator[tuple[str, str, ElementTree.Element]]:
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source") or "", translation


def text_of(translation: ElementTree.Element) -> str:
    """The translation's text; for a message with plural forms, every form."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return " ".join(forms) if forms else translation.text or ""


def unfinished(ts: Path) -> list[str]:
    return [f"{context}: {source}" for context, source, translation in messages(ts)
            if translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not text_of(translation).strip()
            or any(not (form.text or "").strip() for form in translation.iter("numerusform"))]


def test_every_message_has_a_finished_russian_translation() -> None:
    assert unfinished(TS) == []


def test_translations_keep_every_placeholder() -> None:
    wrong = [source for _, source, translation in messages(TS)
             if sorted(PLACEHOLDER.findall(source)) != sorted(
                 PLACEHOLDER.findall(translation.text or ""))
             and not list(translation.iter("numerusform"))]
    assert wrong == []


def test_the_ts_file_holds_every_text_of_the_window(tmp_path: Path) -> None:
    updated = tmp_path / TS.name
    shutil.copy(TS, updated)
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources,
                    "-ts", str(updated)], check=True, cwd=ROOT)
    assert unfinished(updated) == [], "run `make translations` and translate the new texts"


def test_service_messages_for_translation_are_in_step() -> None:
    generated = (ROOT / "ui" / "error_texts.py").read_text(encoding="utf-8")
    assert generated == collect_error_texts.render(), "run `make translations`"


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


def test_the_window_speaks_russian(russian: None) -> None:
    assert QCoreApplication.translate("Balance", "settled") == "долга нет"
    assert status_label(AppointmentStatus.ATTENDED) == "Состоялась"  # from the labels table
    assert QLocale().toString(QLocale().toDate("2026-11-16", "yyyy-MM-dd"), "MMMM") == "ноября"
