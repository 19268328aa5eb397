"""The desktop bundle `make package` builds, run from a folder outside the checkout.

Slow (the bundle is built first by `make package-test`); skipped by `make test`.
"""

from __future__ import annotations

import configparser
import shutil
from pathlib import Path

import pytest

from tests.packaging.conftest import environment, run, window_titles

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "stillroom"
PROGRAM = BUNDLE / "stillroom"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PROGRAM.exists(), reason="no bundle: `make package` builds it"),
]


def test_the_bundle_makes_and_checks_a_practice_from_another_folder(tmp_path: Path) -> None:
    env = environment(tmp_path / "home")
    practice = tmp_path / "practice"
    run([str(PROGRAM), "--data-dir", str(practice), "demo", "--years", "1", "--clients", "12"],
        cwd=tmp_path, env=env)
    checked = run([str(PROGRAM), "--data-dir", str(practice), "check"], cwd=tmp_path, env=env)
    assert checked.stdout.strip().endswith("OK")


def test_the_bundle_opens_the_week_of_the_demo_practice(tmp_path: Path) -> None:
    env = environment(tmp_path / "home")
    practice = tmp_path / "practice"
    run([str(PROGRAM), "--data-dir", str(practice), "demo", "--years", "1", "--clients", "12"],
        cwd=tmp_path, env=env)
    shot = tmp_path / "bundle-week.png"
    titles = window_titles([str(PROGRAM), "--data-dir", str(practice)], cwd=tmp_path, env=env,
                           shot=shot)
    assert '"Stillroom — Demo practice"' in titles
    assert shot.stat().st_size > 10_000  # a painted screen, not a black one
    shutil.copy(shot, BUNDLE.parent / "bundle-week.png")


def test_the_bundle_carries_its_desktop_entry_and_icons() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(BUNDLE / "share" / "applications" / "stillroom.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert (desktop["Type"], desktop["Exec"], desktop["Icon"]) == (
        "Application", "stillroom", "stillroom")
    icons = BUNDLE / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 128, 256):
        assert (icons / f"{size}x{size}" / "apps" / "stillroom.png").is_file()
    assert (icons / "scalable" / "apps" / "stillroom.svg").is_file()
