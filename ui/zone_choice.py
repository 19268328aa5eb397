"""Choosing the practice's time zone by the city it is named after: "London — Europe".

The list is every place zone this Python knows (`zoneinfo.available_timezones()`), by city with
its region; typing part of a name finds it. Old aliases (`GB`, `US/Eastern`) and the `Etc/`
offsets are left out, and UTC is offered by its own name, so it is only ever chosen on purpose.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

UTC_NAMES = ("UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu")
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


def place_name(zone: str) -> str:
    """'New York — America' for America/New_York; 'Buenos Aires — America, Argentina'."""
    if zone in UTC_NAMES:
        return QCoreApplication.translate("ZoneChoice", "UTC — no clock changes")
    region, *middle, city = zone.split("/")
    where = ", ".join([region_name(region), *(part.replace("_", " ") for part in middle)])
    return f"{city.replace('_', ' ')} — {where}"


def place_zones() -> list[str]:
    """Every place zone, ordered by the name shown."""
    zones = [zone for zone in available_timezones() if zone.split("/")[0] in PLACE_REGIONS
             and "/" in zone]
    return sorted(zones, key=lambda zone: place_name(zone).casefold())


class ZoneChoice(QComboBox):
    """The zones by city; `zone()` is the IANA name to store (or the text typed, to refuse)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timezone")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setMinimumContentsLength(28)
        for zone in place_zones():
            self.addItem(place_name(zone), zone)
        self.addItem(place_name("UTC"), "UTC")
        edit = self.lineEdit()
        assert edit is not None, "an editable combo box has its line"
        edit.setPlaceholderText(self.tr("Type your city"))
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_zone(self, zone: str) -> None:
        """Show `zone`; one not in the list is shown by its own name, so it is kept."""
        index = self.findData("UTC" if zone in UTC_NAMES else zone)
        if index < 0:
            self.addItem(zone, zone)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def zone(self) -> str:
        """The zone shown, or the one city typed ('moscow'), else the text as typed."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            cities = [i for i in range(self.count())
                      if self.itemText(i).split(" — ")[0].casefold() == text.casefold()]
            index = cities[0] if len(cities) == 1 else -1
        return str(self.itemData(index)) if index >= 0 else text
