"""The build step that compiles the window's translations into the package.

The .ts files are kept in git (they are what translators edit); a wheel carries the compiled
.qm beside them, made here by Qt's `lrelease` from PySide6, so an installed Stillroom never
starts with its Russian words missing. Named in pyproject.toml as the `build_py` command.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"


def lrelease() -> Path:
    """Qt's lrelease as the PySide6 wheel ships it (PySide6 is a build requirement)."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def compile_translations(target: Path) -> list[Path]:
    """Each resources/translations/*.ts compiled into `target`; a failure stops the build."""
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        compiled = target / source.with_suffix(".qm").name
        subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(compiled)],
                       check=True)
        if not compiled.is_file():
            raise RuntimeError(f"lrelease made no {compiled.name}")
        made.append(compiled)
    return made


class BuildWithTranslations(build_py):
    """build_py, then the translations compiled into the built package in place of their
    sources: an installed .ts newer than its .qm would be compiled again at each first start
    (ui/compiled_translations.py)."""

    def run(self) -> None:
        super().run()
        built = Path(self.build_lib, "resources", "translations")
        compile_translations(built)
        for source in built.glob("*.ts"):
            source.unlink()
