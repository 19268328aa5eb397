"""`pip install .` into a fresh environment: the `stillroom` command, from any folder, with
its resources and its Russian words inside the installed package.

Slow (a whole environment is installed); run by `make package-test`, skipped by `make test`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import environment, run, window_titles

ROOT = Path(__file__).resolve().parents[2]
RUSSIAN = """
import sys
from PySide6.QtCore import QCoreApplication
import resources
from ui.i18n import install_language
app = QCoreApplication([])
assert install_language(app, "ru"), "the Russian words are missing"
print(resources.FOLDER)
print(QCoreApplication.translate("ClientLetters", "Date"))
"""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with Stillroom installed from the checkout, as a user would."""
    env_folder = tmp_path_factory.mktemp("installed") / "env"
    source = env_folder.parent / "source"  # the checkout without what builds left in it
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.qm", "benchmarks"))
    run([sys.executable, "-m", "venv", str(env_folder)], cwd=env_folder.parent,
        env=environment(env_folder.parent))
    run([str(env_folder / "bin" / "python"), "-m", "pip", "install", "--quiet", str(source)],
        cwd=env_folder.parent, env=environment(env_folder.parent), timeout=1200)
    return env_folder / "bin"


def test_the_installed_command_runs_from_anywhere(installed: Path, tmp_path: Path) -> None:
    env = environment(tmp_path / "home")
    practice = tmp_path / "practice"
    run([str(installed / "stillroom"), "--data-dir", str(practice), "demo", "--years", "1",
         "--clients", "12"], cwd=tmp_path, env=env)
    checked = run([str(installed / "stillroom-cli"), "--data-dir", str(practice), "check"],
                  cwd=tmp_path, env=env)
    assert checked.stdout.strip().endswith("OK")


def test_the_installed_package_carries_its_russian_words(installed: Path,
                                                         tmp_path: Path) -> None:
    env = {**environment(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    said = run([str(installed / "python"), "-c", RUSSIAN], cwd=tmp_path, env=env)
    folder, word = said.stdout.split()
    assert Path(folder).is_relative_to(installed.parent)  # not the checkout
    assert word == "Дата"
    assert not (tmp_path / "home" / "cache" / "Stillroom").exists()  # compiled in the build


def test_the_installed_window_opens_in_russian_when_chosen(installed: Path,
                                                           tmp_path: Path) -> None:
    env = environment(tmp_path / "home")
    practice = tmp_path / "practice"
    run([str(installed / "stillroom"), "--data-dir", str(practice), "demo", "--years", "1",
         "--clients", "12"], cwd=tmp_path, env=env)
    settings = tmp_path / "home" / "config" / "Stillroom" / "Stillroom.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[General]\nlanguage=ru\n")
    shot = tmp_path / "installed-ru.png"
    titles = window_titles([str(installed / "stillroom"), "--data-dir", str(practice)],
                           cwd=tmp_path, env=env, shot=shot)
    assert '"Stillroom — Demo practice"' in titles
    (ROOT / "dist").mkdir(exist_ok=True)
    shutil.copy(shot, ROOT / "dist" / "installed-ru.png")
