"""Choosing the practice's time zone by the city it is named after: "London — Europe".

The list is every place zone this Python knows (`zoneinfo.available_timezones()`), by city with
its region; typing part of a name finds it. In Russian the cities have their Russian names from
CLDR (through babel), and their English names find them too. Old aliases (`GB`, `US/Eastern`)
and the `Etc/` offsets are left out, and UTC is offered by its own name, so it is only ever
chosen on purpose.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from models.enums import Language
from ui.i18n import window_language

UTC_NAMES = ("UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu")
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the names an item is found by
PLACE_REGIONS = ("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia",
                 "Europe", "Indian", "Pacific")


def region_name(region: str) -> str:
    names = {
        "Africa": QCoreApplication.translate("ZoneChoice", "Africa"),
        "America": QCoreApplication.translate("ZoneChoice", "America"),
        "Antarctica": QCoreApplication.translate("ZoneChoice", "Antarctica"),
        "Arctic": QCoreApplication.translate("ZoneChoice", "Arctic"),
        "Asia": QCoreApplication.translate("ZoneChoice", "Asia"),
        "Atlantic": QCoreApplication.translate("ZoneChoice", "Atlantic"),
        "Australia": QCoreApplication.translate("ZoneChoice", "Australia"),
        "Europe": QCoreApplication.translate("ZoneChoice", "Europe"),
        "Indian": QCoreApplication.translate("ZoneChoice", "Indian Ocean"),
        "Pacific": QCoreApplication.translate("ZoneChoice", "Pacific"),
    }
    return names.get(region, region)


def english_place_name(zone: str) -> str:
    """'New York — America' for America/New_York; 'Buenos Aires — America, Argentina'."""
    region, *middle, city = zone.split("/")
    where = ", ".join([region_name(region), *(part.replace("_", " ") for part in middle)])
    return f"{city.replace('_', ' ')} — {where}"


def russian_place_name(zone: str) -> str:
    """'Москва — Европа': the city as CLDR names it in Russian (by babel, a library that keeps
    those names up to date; loaded only when a chooser is built in Russian)."""
    from babel.dates import get_timezone_location

    city = get_timezone_location(zone, locale="ru", return_city=True)
    return f"{city} — {region_name(zone.split('/')[0])}"


def place_name(zone: str) -> str:
    """The zone by its city and region, in the window's language."""
    if zone in UTC_NAMES:
        return QCoreApplication.translate("ZoneChoice", "UTC — no clock changes")
    if window_language() == Language.RUSSIAN:
        return russian_place_name(zone)
    return english_place_name(zone)


def place_zones() -> list[str]:
    """Every place zone, ordered by the name shown. Old and new names of one place that show
    the same (Europe/Kiev and Europe/Kyiv are both «Киев») are offered once."""
    named: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if zone.split("/")[0] in PLACE_REGIONS and "/" in zone:
            named.setdefault(place_name(zone), zone)
    return [named[name] for name in sorted(named, key=str.casefold)]


class _CitiesFound(QSortFilterProxyModel):
    """The cities holding the typed text, those whose name begins with it first ("lon":
    London before Miquelon), each group in the list's own order."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._typed = ""

    def find(self, typed: str) -> None:
        self._typed = typed.strip().casefold()
        self.setFilterFixedString(typed.strip())
        self.invalidate()
        self.sort(0)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        return (self._later(left), left.row()) < (self._later(right), right.row())

    def _later(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        names = str(index.data(SEARCH_ROLE) or "").casefold().split("\n")
        return not any(name.startswith(self._typed) for name in names)


class ZoneChoice(QComboBox):
    """The zones by city; `zone()` is the IANA name to store (or the text typed, to refuse).

    Typing part of a city's name lists the cities holding it; in Russian, the English name
    finds the city too ("moscow" as well as "Москва").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timezone")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(28)
        for zone in place_zones():
            self._add(place_name(zone), zone)
        self._add(place_name("UTC"), "UTC")
        edit = self.lineEdit()
        assert edit is not None, "an editable combo box has its line"
        edit.setPlaceholderText(self.tr("Type your city"))
        self.found = _CitiesFound(self)
        self.found.setSourceModel(self.model())
        completer = QCompleter(self.found, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        edit.textEdited.connect(self.found.find)

    def _add(self, name: str, zone: str) -> None:
        self.addItem(name, zone)
        english = "" if zone in UTC_NAMES or "/" not in zone else english_place_name(zone)
        self.setItemData(self.count() - 1, f"{name}\n{english}", SEARCH_ROLE)

    def set_zone(self, zone: str) -> None:
        """Show `zone`, and keep it as it is stored: a place offered under its other name (Kyiv
        for Kiev) takes this one; a zone not in the list is shown by its own name."""
        index = self.findData("UTC" if zone in UTC_NAMES else zone)
        if index < 0 and "/" in zone:
            index = self.findText(place_name(zone), Qt.MatchFlag.MatchFixedString)
            if index >= 0:
                self.setItemData(index, zone)
        if index < 0:
            self._add(zone, zone)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def zone(self) -> str:
        """The zone shown, or the one city typed ('moscow'), else the text as typed."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            cities = [i for i in range(self.count()) if text.casefold() in self._cities(i)]
            index = cities[0] if len(cities) == 1 else -1
        return str(self.itemData(index)) if index >= 0 else text

    def _cities(self, index: int) -> tuple[str, ...]:
        """The city of item `index` as shown and in English, to compare with what is typed."""
        zone = str(self.itemData(index))
        return (self.itemText(index).split(" — ")[0].casefold(),
                zone.rsplit("/", 1)[-1].replace("_", " ").casefold())
