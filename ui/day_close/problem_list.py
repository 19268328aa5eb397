"""The day's problems, first in the close-day dialog: each said in a sentence, each with the
ways to put it right there and then, or "Accept with a note…".

The list asks, never acts: `fix_requested(problem, action)` tells the dialog what to do. The
notes of accepted problems are kept here, by the problem's key, until the day is closed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import AppointmentStatus
from services.day_close.reconciliation import DayProblem, ProblemKind, SessionLine
from ui.client_labels import money_text
from ui.day_close.problem_texts import problem_text
from ui.forms import ERROR_STYLE, HINT_STYLE, clear_layout, note_label
from ui.labels import status_label
from ui.plain_text import plain_label

translate = QCoreApplication.translate
ROW_STYLE = ("#day_problem { border: 1px solid #c77700; border-left: 5px solid #c77700;"
             " border-radius: 4px; }"
             "#day_problem[accepted=\"true\"] { border-color: palette(mid); }")

# The statuses a session still booked can be given from the list; "cancel" opens the guided
# cancellation dialog, which asks who cancelled and when.
STATUS_ACTIONS = ("attended", "attended_late", "no_show", "missed_by_therapist", "cancel")


def status_action_text(action: str) -> str:
    """A status the session is given as it reads everywhere; the two that ask more, in the
    first person and with an ellipsis."""
    if action in ("attended", "attended_late", "no_show"):
        return status_label(AppointmentStatus(action))
    return {
        "missed_by_therapist": translate("DayProblems", "I missed it"),
        "cancel": translate("DayProblems", "Cancelled…"),
    }[action]


def fixes(problem: DayProblem, currency: str) -> list[tuple[str, str]]:
    """(action, button text) for the ways to put the problem right from the list."""
    def money(name: str) -> str:
        return money_text(abs(int(problem.values.get(name, 0))), currency)

    return {
        ProblemKind.NOT_CHARGED: [
            ("charge_policy", translate("DayProblems", "Charge {amount}").format(
                amount=money("policy"))),
            ("edit_charge", translate("DayProblems", "Another amount…"))],
        ProblemKind.FEE_OFF_POLICY: [
            ("charge_policy", translate("DayProblems", "Charge the policy's {amount}").format(
                amount=money("policy"))),
            ("edit_charge", translate("DayProblems", "Keep {amount}, with a reason…").format(
                amount=money("charged")) if problem.values.get("charged")
             else translate("DayProblems", "Charge nothing, with a reason…"))],
        ProblemKind.PAYMENT_WITHOUT_CLIENT: [
            ("assign_payment", translate("DayProblems", "Whose payment is it?…"))],
        ProblemKind.NEGATIVE_BALANCE: [
            ("refund", translate("DayProblems", "Refund it…"))],
        ProblemKind.EARLIER_DAY_OPEN: [
            ("go_to_day", translate("DayProblems", "Open that day"))],
    }.get(problem.kind, [])


class ProblemRow(QFrame):
    """One problem: the sentence, its fixes, and the note that accepts it."""

    def __init__(self, problem: DayProblem, text: str, currency: str, note: str,
                 owner: ProblemList) -> None:
        super().__init__()
        self.problem = problem
        self._owner = owner
        self.setObjectName("day_problem")
        self.setProperty("accepted", bool(note))
        self.setStyleSheet(ROW_STYLE)
        self.setAccessibleName(text)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(6)
        said = note_label(text)
        said.setObjectName("problem_text")
        column.addWidget(said)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        if note:
            accepted = note_label(translate("DayProblems", "Accepted: {note}").format(note=note))
            accepted.setObjectName("accepted_note")
            accepted.setStyleSheet(HINT_STYLE)
            buttons.addWidget(accepted, 1)
            buttons.addWidget(self._button("take_back", translate("DayProblems", "Take back")))
            return
        if problem.kind == ProblemKind.STILL_SCHEDULED:
            buttons.addWidget(self._status_menu())
        for action, label in fixes(problem, currency):
            buttons.addWidget(self._button(action, label))
        if not problem.kind.blocks_closing:  # told, with its fix, but nothing to accept
            self.setProperty("accepted", True)
            buttons.addStretch()
            return
        self.accept_button = self._button("accept", translate("DayProblems",
                                                               "Accept with a note…"))
        buttons.addWidget(self.accept_button)
        buttons.addStretch()

        self.note = QLineEdit()
        self.note.setObjectName(f"note:{problem.key}")
        self.note.setAccessibleName(translate("DayProblems", "Why you accept this"))
        self.note.setPlaceholderText(translate(
            "DayProblems", "Why you accept it as it is (kept with the day)"))
        confirm = self._button("confirm_accept", translate("DayProblems", "Accept"))
        self.note.returnPressed.connect(confirm.click)
        self.accepting = QWidget()
        line = QHBoxLayout(self.accepting)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.note, 1)
        line.addWidget(confirm)
        self.note_error = plain_label()
        self.note_error.setObjectName(f"note_error:{problem.key}")
        self.note_error.setStyleSheet(ERROR_STYLE)
        self.note_error.setWordWrap(True)
        self.note_error.hide()
        self.accepting.hide()
        column.addWidget(self.accepting)
        column.addWidget(self.note_error)

    def _button(self, action: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{action}:{self.problem.key}")
        button.clicked.connect(lambda _checked=False: self._act(action))
        return button

    def _status_menu(self) -> QPushButton:
        button = QPushButton(translate("DayProblems", "Mark as"))
        button.setObjectName(f"mark:{self.problem.key}")
        menu = QMenu(button)
        for action in STATUS_ACTIONS:
            item = QAction(status_action_text(action), menu)
            item.setObjectName(action)
            item.triggered.connect(lambda _checked=False, a=action: self._act(a))
            menu.addAction(item)
        button.setMenu(menu)
        return button

    def _act(self, action: str) -> None:
        if action == "accept":
            self.accepting.show()
            self.accept_button.hide()
            self.note.setFocus()
        elif action == "confirm_accept":
            note = self.note.text().strip()
            if not note:
                self.note_error.setText(translate(
                    "DayProblems", "Please say in a few words why you accept it."))
                self.note_error.show()
                return
            self._owner.accept(self.problem.key, note)
        elif action == "take_back":
            self._owner.accept(self.problem.key, "")
        else:
            self._owner.fix_requested.emit(self.problem, action)


class ProblemList(QWidget):
    """The day's open problems, each with its fixes; notes of those accepted (by key)."""

    fix_requested = Signal(object, str)  # DayProblem, action
    accepted_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Problems to put right before closing the day"))
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(6)
        self._notes: dict[str, str] = {}
        self._shown: tuple[Sequence[DayProblem], Mapping[int, SessionLine], str, ZoneInfo] = (
            (), {}, "GBP", ZoneInfo("UTC"))

    def show_problems(self, problems: Sequence[DayProblem], lines: Mapping[int, SessionLine],
                      currency: str, zone: ZoneInfo,
                      accepted_before: Mapping[str, str] | None = None) -> None:
        """Show the open problems; those accepted at an earlier close of a reopened day
        (`accepted_before`, by key) stay accepted with their notes."""
        keys = {problem.key for problem in problems}
        notes = dict(accepted_before or {}) | self._notes
        self._notes = {key: note for key, note in notes.items() if key in keys}
        self._shown = (problems, lines, currency, zone)
        self._build()

    def _build(self) -> None:
        problems, lines, currency, zone = self._shown
        clear_layout(self.rows)
        for problem in problems:
            line = lines.get(problem.appointment_id) if problem.appointment_id else None
            text = problem_text(problem, line, currency, zone)
            row = ProblemRow(problem, text, currency, self._notes.get(problem.key, ""), self)
            self.rows.addWidget(row)
            row.show()  # at once, not when the event loop next runs
        self.setVisible(bool(problems))

    def accept(self, key: str, note: str) -> None:
        """Accept the problem with `note`, or with an empty note take the acceptance back."""
        if note:
            self._notes[key] = note
        else:
            self._notes.pop(key, None)
        self._build()
        self.accepted_changed.emit()

    def accepted(self) -> dict[str, str]:
        return dict(self._notes)

    def unresolved(self) -> int:
        """How many problems are neither put right nor accepted."""
        return sum(1 for problem in self._shown[0]
                   if problem.kind.blocks_closing and problem.key not in self._notes)

    def row(self, key: str) -> ProblemRow:
        for index in range(self.rows.count()):
            item = self.rows.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, ProblemRow) and widget.problem.key == key:
                return widget
        raise KeyError(key)
