"""The log in the data folder is its owner's alone, whatever the umask, and keeps two copies."""

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.crash_log import LOG_NAME, PrivateLog, close_log, open_log


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that lets everyone read what is created."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_window_s_messages_go_to_a_file_its_owner_alone_may_read(
        tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "practice"
    handler = open_log(folder)
    try:
        logging.getLogger("ui.app").error("The font %s could not be loaded", "DejaVuSans.ttf")
    finally:
        close_log(handler)
    log_file = folder / LOG_NAME
    assert mode(log_file) == 0o600
    assert mode(folder) == 0o700
    assert "ERROR ui.app: The font DejaVuSans.ttf could not be loaded" in log_file.read_text()


def test_a_log_left_readable_by_others_is_made_private_again(
        tmp_path: Path, open_umask: None) -> None:
    (tmp_path / LOG_NAME).write_text("an older line\n")
    (tmp_path / LOG_NAME).chmod(0o644)
    handler = open_log(tmp_path)
    logging.getLogger("ui.app").warning("A newer line")
    close_log(handler)
    assert mode(tmp_path / LOG_NAME) == 0o600
    assert (tmp_path / LOG_NAME).read_text().startswith("an older line\n")


def test_a_full_log_is_rotated_into_two_private_copies(
        tmp_path: Path, open_umask: None) -> None:
    handler = PrivateLog(tmp_path / LOG_NAME, maxBytes=100, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("tests.crash_log")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for line in range(10):
            logger.error("Line %d of a log that fills quickly, line after line", line)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
        handler.close()
    files = sorted(path.name for path in tmp_path.iterdir())
    assert files == [LOG_NAME, f"{LOG_NAME}.1", f"{LOG_NAME}.2"]
    assert [mode(tmp_path / name) for name in files] == [0o600] * 3


def test_closing_the_log_stops_writing_to_it(tmp_path: Path) -> None:
    handler = open_log(tmp_path)
    close_log(handler)
    logging.getLogger("ui.app").error("After the window closed")
    assert not (tmp_path / LOG_NAME).exists()
