"""The window's Russian words are there whether or not a build step compiled them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

import ui.compiled_translations as compiled_translations
import ui.i18n
from ui.compiled_translations import TRANSLATIONS, compiled_translation
from ui.i18n import install_language

SOURCE = TRANSLATIONS / "stillroom_ru.ts"


def shipped_folder(tmp_path: Path, *, with_compiled: bool) -> Path:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    shutil.copy(SOURCE, shipped / SOURCE.name)
    if with_compiled:
        (shipped / "stillroom_ru.qm").write_bytes(b"compiled")
    return shipped


def says_in_russian(path: Path) -> str:
    translator = QTranslator()
    assert translator.load(str(path))
    return translator.translate("ClientLetters", "Date")


def test_an_up_to_date_shipped_translation_is_used_as_it_is(tmp_path: Path) -> None:
    shipped = shipped_folder(tmp_path, with_compiled=True)
    assert compiled_translation("stillroom_ru", shipped=shipped,
                                cache=tmp_path / "cache") == shipped / "stillroom_ru.qm"
    assert not (tmp_path / "cache").exists()


def test_a_missing_translation_is_compiled_once_from_its_source(qapp: QCoreApplication,
                                                                tmp_path: Path) -> None:
    shipped = shipped_folder(tmp_path, with_compiled=False)
    made = compiled_translation("stillroom_ru", shipped=shipped, cache=tmp_path / "cache")
    assert made == tmp_path / "cache" / "stillroom_ru.qm"
    assert says_in_russian(made) == "Дата"
    stamp = made.stat().st_mtime_ns
    assert compiled_translation("stillroom_ru", shipped=shipped, cache=tmp_path / "cache") == made
    assert made.stat().st_mtime_ns == stamp


def test_a_translation_older_than_its_source_is_compiled_again(qapp: QCoreApplication,
                                                               tmp_path: Path) -> None:
    shipped = shipped_folder(tmp_path, with_compiled=True)
    old = shipped / "stillroom_ru.qm"
    os.utime(old, (1_000_000, 1_000_000))
    made = compiled_translation("stillroom_ru", shipped=shipped, cache=tmp_path / "cache")
    assert made == tmp_path / "cache" / "stillroom_ru.qm"
    assert says_in_russian(made) == "Дата"


def test_without_source_or_compiler_there_is_no_translation(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert compiled_translation("stillroom_ru", shipped=empty, cache=tmp_path / "c") is None
    monkeypatch.setattr(compiled_translations, "lrelease", lambda: tmp_path / "no-lrelease")
    shipped = shipped_folder(tmp_path, with_compiled=False)
    assert compiled_translation("stillroom_ru", shipped=shipped, cache=tmp_path / "c") is None


def test_russian_words_that_cannot_be_loaded_are_reported_not_silently_missing(
        qapp: QCoreApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        assert install_language(qapp, "ru") is True
        assert QCoreApplication.translate("ClientLetters", "Date") == "Дата"
        monkeypatch.setattr(ui.i18n, "compiled_translation", lambda name: None)
        assert install_language(qapp, "ru") is False
        assert QCoreApplication.translate("ClientLetters", "Date") == "Date"
    finally:
        install_language(qapp, "en")
