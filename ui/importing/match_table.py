"""The calendar review's table: one row per distinct title, and what its events become.

Each row says how many events have the title, their first and last day and how they repeat;
the last column is a combo (drawn as one, opened on a click) with the proposed match: a
client, a new client named from the title, time not for clients, or skip. Rows Stillroom is
unsure of are tinted and marked, so the eye finds them. A title is the file's text, shown as
it is: a view's cells never read markup, and its tooltip goes through `literal`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from models.enums import BlockKind, Repeat
from services.calendar_import.decisions import Decision
from services.calendar_import.matching import CalendarPlan, ClientCandidate, Confidence
from ui.importing.calendar_words import (
    block_words,
    day_text,
    decision_words,
    new_client_words,
    repeat_words,
    skip_words,
)
from ui.plain_text import literal

Index = QModelIndex | QPersistentModelIndex
TITLE, EVENTS, FIRST, LAST, REPEATS, CHOICE = range(6)
UNSURE_TINT = QColor(255, 236, 179)  # a soft amber, readable under dark text


@dataclass(frozen=True)
class TitleRow:
    """A distinct title of the file as the review shows it."""

    title: str
    name: str  # the name read from the title, for "New client: …"
    events: int
    fresh: int  # events not imported before and not cancelled in the file
    first: date
    last: date
    repeat: Repeat | None
    repeats: bool
    unsure: bool
    candidates: tuple[ClientCandidate, ...]


def title_rows(plan: CalendarPlan) -> list[TitleRow]:
    """Each title of the plan, in the file's order, with its groups' days and repeats."""
    groups: dict[str, list[Any]] = {}
    for group in plan.file.groups:
        groups.setdefault(group.title, []).append(group)
    rows = []
    for match in plan.titles:
        found = groups.get(match.title, [])
        events = [event for group in found for event in group.occurrences]
        days = [event.starts_at.date() for event in events]
        repeat = next((group.repeat for group in found if group.repeat is not None), None)
        rows.append(TitleRow(
            match.title, match.name or match.title, match.events,
            sum(1 for e in events if not e.cancelled and e.key not in plan.already_imported),
            min(days), max(days), repeat, any(group.repeats for group in found),
            match.confidence is Confidence.UNSURE or match.proposed.new_client is not None,
            match.candidates))
    return rows


class MatchModel(QAbstractTableModel):
    """The titles and the therapist's decision for each; `decisions_changed` on every change."""

    decisions_changed = Signal()

    def __init__(self, rows: list[TitleRow], decisions: dict[str, Decision],
                 clients: list[ClientCandidate]) -> None:
        super().__init__()
        self.rows = rows
        self.decisions = dict(decisions)
        self.confirmed: set[str] = set()  # titles the therapist chose for: no longer unsure
        self.clients = clients
        self.names = {client.id: client.name for client in clients}
        for row in rows:
            self.names.update((c.id, c.name) for c in row.candidates)
        # What the first five columns say does not change: said once, not at each paint.
        self.texts = [(" ".join(row.title.split()), str(row.events), day_text(row.first),
                       day_text(row.last), repeat_words(row.repeat, row.repeats))
                      for row in rows]
        self.headings = [self.tr("Title in the calendar"), self.tr("Events"),
                         self.tr("First"), self.tr("Last"), self.tr("Repeats"),
                         self.tr("Import as")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headings[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CHOICE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def decision(self, row: int) -> Decision:
        return self.decisions.get(self.rows[row].title, Decision.skipped())

    def to_check(self, row: int) -> bool:
        """Unsure, and not yet chosen for by the therapist."""
        shown = self.rows[row]
        return shown.unsure and shown.title not in self.confirmed

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        unsure = self.to_check(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CHOICE:
                return decision_words(self.decision(index.row()), self.names)
            return self.texts[index.row()][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return literal(row.title)
            if column == CHOICE and unsure:
                return literal(self.unsure_words(row))
        if role == Qt.ItemDataRole.BackgroundRole and unsure:
            return UNSURE_TINT
        if role == Qt.ItemDataRole.ForegroundRole and unsure:
            return QColor(Qt.GlobalColor.black)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == EVENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return unsure
        return None

    def unsure_words(self, row: TitleRow) -> str:
        if row.candidates:
            return self.tr("Not sure who this is. It may be: {names}").format(
                names=", ".join(c.name for c in row.candidates))
        return self.tr("No client has this name yet: check it is a new client.")

    def choices(self, row: int) -> list[tuple[str, Decision]]:
        """What a title may become: the clients it may name first, a new client, time not for
        clients, skip, then every other client by name."""
        shown = self.rows[row]
        first = [(c.name, Decision.session_for(c.id)) for c in shown.candidates]
        named = {c.id for c in shown.candidates}
        return [*first, (new_client_words(shown.name), Decision.new(shown.name)),
                *((block_words(kind), Decision.block_of(kind)) for kind in BlockKind),
                (skip_words(), Decision.skipped()),
                *((c.name, Decision.session_for(c.id)) for c in self.clients
                  if c.id not in named)]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != CHOICE or role != Qt.ItemDataRole.EditRole \
                or not isinstance(value, Decision):
            return False
        title = self.rows[index.row()].title
        changed = self.decisions.get(title) != value
        self.decisions[title] = value
        self.confirmed.add(title)  # chosen, even as proposed: the row is checked
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), CHOICE))
        if changed:
            self.decisions_changed.emit()
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """The "Import as" column: painted as a combo box, edited with a real one."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() != CHOICE:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, widget)
        box = QStyleOptionComboBox()
        box.initFrom(widget)
        box.rect = option.rect.adjusted(2, 2, -2, -2)
        box.currentText = str(index.data())
        box.frame = True
        box.state = QStyle.StateFlag.State_Enabled
        if index.data(Qt.ItemDataRole.UserRole):
            box.currentIcon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion)
            box.iconSize = option.decorationSize
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, MatchModel)
        combo = QComboBox(parent)
        combo.setObjectName("import_as")
        for text, decision in model.choices(index.row()):
            combo.addItem(text, decision)
        combo.setMaxVisibleItems(20)
        # Filled first, so that only the therapist's choice is committed: an arrow key on
        # the closed list at once; a click in the open list (the proposal too, confirmed so)
        # closes it as well.
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        combo.activated.connect(lambda _i: self._chosen(combo))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model = index.model()
        assert isinstance(model, MatchModel)
        decision = model.decision(index.row())
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, next(
            (i for i in range(editor.count()) if editor.itemData(i) == decision), 0)))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


def match_view() -> QTableView:
    """The table the review shows its titles in; a click on "Import as" opens its list."""
    view = QTableView()
    view.setObjectName("import_titles")
    view.setItemDelegate(ChoiceDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.SelectedClicked
                         | QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(False)

    def clicked(index: QModelIndex) -> None:
        if index.column() == CHOICE:
            view.edit(index)
            editor = view.indexWidget(index)
            if isinstance(editor, QComboBox):
                editor.showPopup()

    view.clicked.connect(clicked)
    return view


def fit_columns(view: QTableView) -> None:
    """The title and the choice share the room; the counts and days take what they need,
    measured once (a choice changed later does not change them)."""
    header = view.horizontalHeader()
    for column in (EVENTS, FIRST, LAST, REPEATS):
        view.resizeColumnToContents(column)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(CHOICE, QHeaderView.ResizeMode.Stretch)
