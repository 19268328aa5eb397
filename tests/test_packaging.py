"""What `pip install .` builds: the `stillroom` command and the compiled translations.

Building a real wheel and installing it in a fresh environment is the slow check
(`make package-test`); here the pieces it relies on are held in place.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from setuptools.command.build_py import build_py

import main
from build_translations import BuildWithTranslations, compile_translations
from ui.app import prepare_application

PROJECT = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())


def test_the_installed_command_opens_the_window_and_takes_the_sub_commands() -> None:
    assert PROJECT["project"]["gui-scripts"] == {"stillroom": "main:start"}
    assert PROJECT["project"]["scripts"] == {"stillroom-cli": "main:start"}


def test_the_command_reads_its_arguments_like_main_py(monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.argv", ["stillroom", "--help"])
    with pytest.raises(SystemExit) as exited:
        main.start()
    assert exited.value.code == 0
    assert "With no command, the Stillroom window opens." in capsys.readouterr().out


def test_the_build_compiles_the_translations_into_the_package(tmp_path: Path) -> None:
    setuptools = PROJECT["tool"]["setuptools"]
    assert setuptools["cmdclass"] == {"build_py": "build_translations.BuildWithTranslations"}
    assert "translations/*.qm" in setuptools["package-data"]["resources"]
    assert issubclass(BuildWithTranslations, build_py)
    [made] = compile_translations(tmp_path / "resources" / "translations")
    translator = QTranslator()
    assert translator.load(str(made))
    assert translator.translate("ClientLetters", "Date") == "Дата"


def test_the_window_wears_the_stillroom_icon(qapp: QApplication) -> None:
    prepare_application(qapp)
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().pixmap(48, 48).width() == 48
    assert qapp.desktopFileName() == "stillroom"
