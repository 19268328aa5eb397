"""`stillroom` with nothing but a folder is the window; anything else is the command line's."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.window_or_command import default_data_dir, window_folder


@pytest.mark.parametrize(("argv", "folder"), [
    ([], default_data_dir()),
    (["--data-dir", "/srv/practice"], Path("/srv/practice")),
    (["--data-dir=/srv/practice"], Path("/srv/practice")),
    (["check"], None),
    (["--data-dir", "/srv/practice", "check"], None),
    (["--help"], None),
    (["--data-dir"], None),
    (["--data"], None),  # no abbreviations: the full parser answers
])
def test_the_window_is_asked_for_by_a_folder_alone(argv: list[str], folder: Path | None) -> None:
    assert window_folder(argv) == folder
