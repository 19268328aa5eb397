"""The words the import wizard shows for what a column holds and how a file is written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from services.clients.birth_dates import DayOrder
from services.clients.client_columns import ClientField
from services.clients.import_clients import ClientFile, FileKind
from services.errors import InvalidRows, StillroomError
from ui.worker import readable

translate = QCoreApplication.translate
F = ClientField


def field_words() -> dict[ClientField, str]:
    """Each client detail as the mapping step names it, in the window's language."""
    return {
        F.NAME: translate("ImportWords", "Full name"),
        F.FIRST_NAME: translate("ImportWords", "First name"),
        F.MIDDLE_NAME: translate("ImportWords", "Middle name"),
        F.LAST_NAME: translate("ImportWords", "Last name"),
        F.PREFERRED_NAME: translate("ImportWords", "Preferred name"),
        F.PHONE: translate("ImportWords", "Phone"),
        F.MOBILE: translate("ImportWords", "Mobile phone"),
        F.HOME_PHONE: translate("ImportWords", "Home phone"),
        F.WORK_PHONE: translate("ImportWords", "Work phone"),
        F.PHONE_LABEL: translate("ImportWords", "Phone label"),
        F.MAY_CALL: translate("ImportWords", "May call"),
        F.MAY_VOICEMAIL: translate("ImportWords", "May leave a voicemail"),
        F.MAY_TEXT: translate("ImportWords", "May text"),
        F.EMAIL: translate("ImportWords", "Email"),
        F.DATE_OF_BIRTH: translate("ImportWords", "Date of birth"),
        F.ADDRESS: translate("ImportWords", "Address"),
        F.ADDRESS_2: translate("ImportWords", "Address, second line"),
        F.CITY: translate("ImportWords", "City or town"),
        F.REGION: translate("ImportWords", "State or region"),
        F.POSTCODE: translate("ImportWords", "Postcode or ZIP"),
        F.COUNTRY: translate("ImportWords", "Country"),
        F.MODALITY: translate("ImportWords", "Preferred way to meet"),
        F.ONLINE_HANDLE: translate("ImportWords", "Online name (Skype, Zoom…)"),
        F.STATUS: translate("ImportWords", "Status"),
        F.STARTED_ON: translate("ImportWords", "First session"),
        F.FEE: translate("ImportWords", "Own session fee"),
        F.NOTES: translate("ImportWords", "Chart notes"),
    }


def not_imported_words() -> str:
    return translate("ImportWords", "Not imported")


def how_written(file: ClientFile) -> str:
    """"Encoding: Windows-1251 · Delimiter: semicolon", or the contacts file's encoding."""
    encoding = translate("ImportWords", "Encoding: {encoding}").format(encoding=file.encoding)
    if file.kind is FileKind.CONTACTS:
        return translate("ImportWords", "Contacts file (vCard)") + " · " + encoding
    delimiter = {",": translate("ImportWords", "comma"),
                 ";": translate("ImportWords", "semicolon"),
                 "\t": translate("ImportWords", "tab")}[file.delimiter]
    return (translate("ImportWords", "Spreadsheet (CSV)") + " · " + encoding + " · "
            + translate("ImportWords", "Delimiter: {delimiter}").format(delimiter=delimiter))


def day_order_words(order: DayOrder) -> str:
    """How dates with slashes are read, once the file's dates have settled it."""
    return {
        DayOrder.DAY_FIRST: translate(
            "ImportWords", "Dates of birth with slashes are read day first, as the file's "
            "other dates show."),
        DayOrder.MONTH_FIRST: translate(
            "ImportWords", "Dates of birth with slashes are read month first, as the file's "
            "other dates show."),
    }[order]


def error_words(error: StillroomError) -> str:
    """A refusal in the window's language, with each bad line of the file under it."""
    text = readable(error)
    if isinstance(error, InvalidRows):
        lines = [translate("ImportWords", "Line {line}: {problem}").format(line=line,
                                                                            problem=problem)
                 for line, problem in error.problems[:20]]
        text = "\n".join([text, *lines])
    return text
