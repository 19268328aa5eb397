"""The words the calendar's review shows for what a title becomes, its repeats and its days.

Words with a count are said by the pages themselves (`self.tr(text, "", n)`), the one form
lupdate reads as having plural forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from models.enums import BlockKind, Repeat
from services.calendar_import.decisions import Decision
from ui.dates import qdate
from ui.labels import window_label

translate = QCoreApplication.translate


def counted(count: int, one: str, many: str) -> str:
    """English says one or many by the count; each translation of either (`%n`) has every
    plural form its language needs."""
    return one if count == 1 else many


def day_text(day: date) -> str:
    return QLocale().toString(qdate(day), "d MMM yyyy")


def repeat_words(repeat: Repeat | None, repeats: bool) -> str:
    """How a title's events repeat: kept as a weekly or fortnightly series, or not."""
    if repeat is not None:
        return window_label(repeat)
    if repeats:
        return translate("CalendarWords", "Repeats, each kept on its own")
    return translate("CalendarWords", "Once")


def new_client_words(name: str) -> str:
    return translate("CalendarWords", "New client: {name}").format(name=name)


def block_words(kind: BlockKind) -> str:
    return translate("CalendarWords", "Time not for clients: {kind}").format(
        kind=window_label(kind))


def skip_words() -> str:
    return translate("CalendarWords", "Skip")


def decision_words(decision: Decision, names: Mapping[int, str]) -> str:
    """What the review's "Import as" column says for a decision."""
    if decision.client_id is not None:
        return names.get(decision.client_id, "")
    if decision.new_client is not None:
        return new_client_words(decision.new_client)
    if decision.block is not None:
        return block_words(decision.block)
    return skip_words()
