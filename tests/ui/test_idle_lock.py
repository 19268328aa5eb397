from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ui.idle_lock import IdleLock, awake_or_asleep_clock

MINUTE = 60.0


@dataclass
class Clock:
    seconds: float = 1000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, minutes: float) -> None:
        self.seconds += minutes * MINUTE


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def idle_lock(qapp: QApplication, clock: Clock) -> Iterator[IdleLock]:
    lock = IdleLock(10, now=clock, check_every_ms=60_000)
    yield lock
    lock.stop()
    lock.deleteLater()


def focused(qtbot: QtBot, edit: QLineEdit) -> QLineEdit:
    """Shown and given the focus, as on a desktop a window shown takes it."""
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is edit.windowHandle())
    return edit


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    return focused(qtbot, QLineEdit())


def window_of(field: QLineEdit) -> QWindow:
    """Where the therapist's keys and clicks arrive first, as from the desktop."""
    window = field.windowHandle()
    assert window is not None
    return window


def test_no_lock_before_the_idle_time_then_a_lock_at_it(
        qtbot: QtBot, idle_lock: IdleLock, clock: Clock) -> None:
    clock.advance(9.99)
    with qtbot.assertNotEmitted(idle_lock.lock_requested):
        assert not idle_lock.check()

    clock.advance(0.01)
    with qtbot.waitSignal(idle_lock.lock_requested, timeout=100):
        assert idle_lock.check()
    assert idle_lock.paused


def test_it_asks_once_then_waits_to_be_resumed(
        qtbot: QtBot, idle_lock: IdleLock, clock: Clock) -> None:
    clock.advance(10)
    idle_lock.check()
    clock.advance(30)
    with qtbot.assertNotEmitted(idle_lock.lock_requested):
        assert not idle_lock.check()

    idle_lock.resume()  # unlocked: the count starts again from now
    clock.advance(9)
    assert not idle_lock.check()
    clock.advance(1)
    assert idle_lock.check()


def test_a_key_press_counts_as_activity(
        qtbot: QtBot, idle_lock: IdleLock, clock: Clock, field: QLineEdit) -> None:
    clock.advance(9)
    QTest.keyClick(window_of(field), Qt.Key.Key_A)
    assert field.text() == "a"
    clock.advance(9)
    assert not idle_lock.check()
    clock.advance(1)
    assert idle_lock.check()


def test_a_click_and_a_scroll_count_as_activity(
        qtbot: QtBot, idle_lock: IdleLock, clock: Clock, field: QLineEdit) -> None:
    clock.advance(9)
    QTest.mouseClick(window_of(field), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    clock.advance(9)
    assert not idle_lock.check()

    wheel = QWheelEvent(QPointF(5, 5), QPointF(field.mapToGlobal(QPoint(5, 5))), QPoint(),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(window_of(field), wheel)
    clock.advance(9)
    assert not idle_lock.check()
    assert idle_lock.idle_seconds() == pytest.approx(9 * MINUTE)


def test_other_events_are_not_activity(
        qtbot: QtBot, idle_lock: IdleLock, clock: Clock, field: QLineEdit) -> None:
    clock.advance(10)
    field.setText("set by the program, not typed")
    field.repaint()
    field.resize(300, 40)
    assert idle_lock.check()


def test_a_window_opened_later_is_watched_too(
        qtbot: QtBot, idle_lock: IdleLock, clock: Clock) -> None:
    later = focused(qtbot, QLineEdit())
    clock.advance(9)
    QTest.keyClick(window_of(later), Qt.Key.Key_B)
    clock.advance(9)
    assert not idle_lock.check()


def test_keys_a_widget_is_sent_by_the_program_are_not_activity(
        qtbot: QtBot, idle_lock: IdleLock, clock: Clock, field: QLineEdit) -> None:
    """Only what reaches a window counts: the lock watches windows, not every object (a
    filter on the whole application would run for every event the window handles)."""
    clock.advance(10)
    qtbot.keyClick(field, Qt.Key.Key_A)  # straight to the widget, as no desktop sends
    assert field.text() == "a"
    assert idle_lock.check()


def test_a_new_idle_time_applies_at_once(idle_lock: IdleLock, clock: Clock) -> None:
    clock.advance(5)
    assert not idle_lock.check()
    idle_lock.set_minutes(5)
    assert idle_lock.minutes == 5
    assert idle_lock.check()


def test_reset_and_pause(idle_lock: IdleLock, clock: Clock) -> None:
    clock.advance(9)
    idle_lock.reset()
    clock.advance(9)
    assert not idle_lock.check()

    idle_lock.pause()
    clock.advance(60)
    assert not idle_lock.check()
    assert not idle_lock.timer.isActive()


def test_the_timer_checks_by_itself(qtbot: QtBot, clock: Clock) -> None:
    lock = IdleLock(1, now=clock, check_every_ms=10)
    try:
        clock.advance(1)
        with qtbot.waitSignal(lock.lock_requested, timeout=2000):
            pass
        assert lock.paused
    finally:
        lock.stop()
        lock.deleteLater()


def test_the_default_clock_never_goes_back() -> None:
    first = awake_or_asleep_clock()
    assert awake_or_asleep_clock() >= first
