"""The client list beside the calendar: search as you type, filter by status, sort.

Searching runs `services.clients.client_records.list_clients` on the database worker, 150 ms
after the last key, so a fast typist does not queue a search per letter. Only the newest answer
is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import ClientStatus
from services.clients.client_records import (
    LIST_LIMIT,
    ClientListing,
    ListedClient,
    ListOrder,
    list_clients,
)
from services.errors import StillroomError
from services.practice.practice_settings import read_settings
from services.vault.practice_vault import Vault
from ui.client_labels import client_status_label, day_text
from ui.forms import ERROR_STYLE, HINT_STYLE, note_label
from ui.plain_text import literal
from ui.worker import DatabaseWorker, readable

SEARCH_DELAY_MS = 150
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Found:
    listing: ClientListing
    zone: ZoneInfo


class ClientListModel(QAbstractListModel):
    """The clients found, one row each; the delegate draws them."""

    ClientIdRole = Qt.ItemDataRole.UserRole + 1
    FullNameRole = Qt.ItemDataRole.UserRole + 2  # the full name when it differs, else ""
    NextSessionRole = Qt.ItemDataRole.UserRole + 3  # the next session's day as text, or ""
    StatusRole = Qt.ItemDataRole.UserRole + 4  # a word for a client not active, else ""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clients: tuple[ListedClient, ...] = ()
        self._zone = ZoneInfo("UTC")
        self._today = date.today()

    def set_clients(self, clients: tuple[ListedClient, ...], zone: ZoneInfo, today: date) -> None:
        self.beginResetModel()
        self._clients, self._zone, self._today = clients, zone, today
        self.endResetModel()

    def clear(self) -> None:
        self.set_clients((), self._zone, self._today)

    def client_at(self, row: int) -> ListedClient:
        return self._clients[row]

    def row_of(self, client_id: int) -> int | None:
        for row, client in enumerate(self._clients):
            if client.id == client_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clients)

    def _next_session(self, client: ListedClient) -> str:
        if client.next_session is None:
            return ""
        day = client.next_session.astimezone(self._zone).date()
        return day_text(day, with_year=day.year != self._today.year)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._clients):
            return None
        client = self._clients[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return client.display_name
        if role == self.ClientIdRole:
            return client.id
        if role == self.FullNameRole:
            return client.full_name if client.full_name != client.display_name else ""
        if role == self.NextSessionRole:
            return self._next_session(client)
        if role == self.StatusRole:
            return "" if client.status == ClientStatus.ACTIVE else client_status_label(
                client.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(self._described(client))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._described(client)
        return None

    def _described(self, client: ListedClient) -> str:
        parts = [client.display_name]
        if client.full_name != client.display_name:
            parts.append(client.full_name)
        if client.status != ClientStatus.ACTIVE:
            parts.append(client_status_label(client.status))
        next_session = self._next_session(client)
        parts.append(self.tr("next session {day}").format(day=next_session) if next_session
                     else self.tr("no session booked"))
        return ", ".join(parts)


class ClientRowDelegate(QStyledItemDelegate):
    """Preferred name, the full name in grey when it differs, the next session on the right."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        height = option.fontMetrics.height() + 2 * self.PADDING - 2
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style() if item.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        main = palette.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
        grey = main if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = option.fontMetrics
        rect = option.rect.adjusted(self.PADDING, 0, -self.PADDING, 0)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft

        painter.save()
        when = index.data(ClientListModel.NextSessionRole) or ""
        when_width = metrics.horizontalAdvance(when) if when else 0
        if when:
            painter.setPen(main)
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             when)
        names_width = max(0, rect.width() - when_width - (self.PADDING * 2 if when else 0))
        name = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                  Qt.TextElideMode.ElideRight, names_width)
        painter.setPen(main)
        painter.drawText(QRect(rect.left(), rect.top(), names_width, rect.height()), flags, name)
        extra = " · ".join(t for t in (index.data(ClientListModel.FullNameRole),
                                       index.data(ClientListModel.StatusRole)) if t)
        used = metrics.horizontalAdvance(name) + metrics.horizontalAdvance("  ")
        if extra and used < names_width:
            painter.setPen(grey)
            extra = metrics.elidedText(extra, Qt.TextElideMode.ElideRight, names_width - used)
            painter.drawText(QRect(rect.left() + used, rect.top(), names_width - used,
                                   rect.height()), flags, extra)
        painter.restore()


class ClientList(QWidget):
    """Search, filter and pick a client. Emits `client_selected` on click or Enter."""

    client_selected = Signal(int)
    new_client_requested = Signal()

    FILTERS = (None, ClientStatus.ACTIVE, ClientStatus.PAUSED, ClientStatus.ENDED)
    LIMIT = LIST_LIMIT

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None, *, search_at_once: bool = True) -> None:
        """`search_at_once=False` leaves the first search to `refresh()`: the main window
        lists its clients once the week is on screen."""
        super().__init__(parent)
        self._vault = vault
        self._worker = worker
        self._now = now
        self._zone: ZoneInfo | None = None
        self._generation = 0
        self._selected_id: int | None = None
        self._choose_when_found = False

        self.search = QLineEdit()
        self.search.setObjectName("client_search")
        self.search.setPlaceholderText(self.tr("Search clients"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("client_filter")
        self.status_filter.setAccessibleName(self.tr("Show clients"))
        self.status_filter.addItem(self.tr("All clients"))
        for status in self.FILTERS[1:]:
            assert status is not None
            self.status_filter.addItem(client_status_label(status))
        self.status_filter.setCurrentIndex(1)
        self.sort = QComboBox()
        self.sort.setObjectName("client_sort")
        self.sort.setAccessibleName(self.tr("Sort clients"))
        self.sort.addItem(self.tr("By name"), ListOrder.NAME.value)
        self.sort.addItem(self.tr("By surname"), ListOrder.SURNAME.value)
        self.sort.addItem(self.tr("By next session"), ListOrder.NEXT_SESSION.value)

        self.model = ClientListModel(self)
        self.view = QListView()
        self.view.setObjectName("client_view")
        self.view.setAccessibleName(self.tr("Clients"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(ClientRowDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.clicked.connect(self._chosen)
        self.view.installEventFilter(self)

        self.note = note_label()
        self.note.setObjectName("client_list_note")
        self.note.setStyleSheet(HINT_STYLE)
        self.note.hide()
        self.error = note_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.new_button = QPushButton(self.tr("New client…"))
        self.new_button.setObjectName("new_client")
        self.new_button.clicked.connect(self.new_client_requested)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_now)
        self.search.textChanged.connect(self._timer.start)
        self.status_filter.currentIndexChanged.connect(self._search_now)
        self.sort.currentIndexChanged.connect(self._search_now)

        choices = QHBoxLayout()
        choices.setSpacing(6)
        choices.addWidget(self.status_filter, 1)
        choices.addWidget(self.sort, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addLayout(choices)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.new_button)
        self.setMinimumWidth(240)
        if search_at_once:
            self._search_now()

    # Public ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the current search again (after an edit, or a change of settings)."""
        self._zone = None
        self._search_now()

    def select_client(self, client_id: int) -> None:
        """Make `client_id` the current row, now or as soon as a search lists it.

        Does not emit `client_selected`: the caller already knows which client it shows.
        """
        self._selected_id = client_id
        self._show_selected()

    def clear(self) -> None:
        """Forget the search and the clients shown (when the practice locks)."""
        self._timer.stop()
        self._generation += 1
        self._selected_id = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.note.hide()

    @property
    def status(self) -> ClientStatus | None:
        return self.FILTERS[self.status_filter.currentIndex()]

    @property
    def order(self) -> ListOrder:
        return ListOrder(self.sort.currentData())

    # Searching ---------------------------------------------------------------------------

    def _search_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        vault, query, status, order = self._vault, self.search.text(), self.status, self.order
        known_zone, now, limit = self._zone, self._now(), self.LIMIT

        def job() -> _Found:
            zone = known_zone or read_settings(vault).zone
            return _Found(list_clients(vault, query, status, now=now, order=order, limit=limit),
                          zone)

        self._worker.run(job, lambda found: self._found(generation, found),
                         lambda error: self._not_found(generation, error))

    def _found(self, generation: int, found: _Found) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self._zone = found.zone
        clients = found.listing.clients
        self.error.hide()
        self.model.set_clients(clients, found.zone, self._now().astimezone(found.zone).date())
        if not clients:
            self.note.setText(self.tr("No clients match.") if self.search.text().strip()
                              else self.tr("No clients here yet."))
        elif found.listing.more:
            self.note.setText(self.tr("Showing the first {count}. Type more of the name to "
                                      "find others.").format(count=len(clients)))
        self.note.setVisible(not clients or found.listing.more)
        self._show_selected()
        if self._choose_when_found:
            self._choose_when_found = False
            self._choose_current()

    def _not_found(self, generation: int, error: StillroomError) -> None:
        if generation == self._generation:
            self.error.setText(readable(error))
            self.error.show()

    def _show_selected(self) -> None:
        row = None if self._selected_id is None else self.model.row_of(self._selected_id)
        if row is None:
            self.view.clearSelection()
            return
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    # Choosing ----------------------------------------------------------------------------

    def _choose_current(self) -> None:
        current = self.view.currentIndex()
        self._chosen(current if current.isValid() else self.model.index(0))

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            client_id = int(index.data(ClientListModel.ClientIdRole))
            self._selected_id = client_id
            self.view.setCurrentIndex(index)
            self.client_selected.emit(client_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.search:
            if key == Qt.Key.Key_Down and self.model.rowCount():
                if not self.view.currentIndex().isValid():
                    self.view.setCurrentIndex(self.model.index(0))
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if enter:
                if self._timer.isActive():  # Enter straight after typing: search first
                    self._choose_when_found = True
                    self._search_now()
                else:
                    self._choose_current()
                return True
        elif watched is self.view:
            if enter:
                self._chosen(self.view.currentIndex())
                return True
            if key == Qt.Key.Key_Up and self.view.currentIndex().row() <= 0:
                self.search.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)
