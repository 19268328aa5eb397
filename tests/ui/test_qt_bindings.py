"""The Qt bindings in use keep Python's reference to None balanced.

PySide6 6.12.0 under Python 3.11 drops a reference to None on every call that returns
nothing; a few thousand paint calls later the interpreter aborts. pyproject.toml keeps that
release out; this test fails if it ever comes back.
"""

import sys

from PySide6.QtGui import QFont


def test_void_calls_do_not_leak_none() -> None:
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setBold(True)
    assert abs(sys.getrefcount(None) - before) < 10
