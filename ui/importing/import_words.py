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
    t = translate
    return {
        F.NAME: t("ImportWords", "Full name"), F.FIRST_NAME: t("ImportWords", "First name"),
        F.MIDDLE_NAME: t("ImportWords", "Middle name"),
        F.LAST_NAME: t("ImportWords", "Last name"),
        F.PREFERRED_NAME: t("ImportWords", "Preferred name"),
        F.PHONE: t("ImportWords", "Phone"), F.MOBILE: t("ImportWords", "Mobile phone"),
        F.HOME_PHONE: t("ImportWords", "Home phone"), F.WORK_PHONE: t("ImportWords", "Work phone"),
        F.PHONE_LABEL: t("ImportWords", "Phone label"),
        F.MAY_CALL: t("ImportWords", "May call"),
        F.MAY_VOICEMAIL: t("ImportWords", "May leave a voicemail"),
        F.MAY_TEXT: t("ImportWords", "May text"), F.EMAIL: t("ImportWords", "Email"),
        F.DATE_OF_BIRTH: t("ImportWords", "Date of birth"),
        F.ADDRESS: t("ImportWords", "Address"),
        F.ADDRESS_2: t("ImportWords", "Address, second line"),
        F.CITY: t("ImportWords", "City or town"), F.REGION: t("ImportWords", "State or region"),
        F.POSTCODE: t("ImportWords", "Postcode or ZIP"), F.COUNTRY: t("ImportWords", "Country"),
        F.MODALITY: t("ImportWords", "Preferred way to meet"),
        F.ONLINE_HANDLE: t("ImportWords", "Online name (Skype, Zoom…)"),
        F.STATUS: t("ImportWords", "Status"), F.STARTED_ON: t("ImportWords", "First session"),
        F.FEE: t("ImportWords", "Own session fee"), F.NOTES: t("ImportWords", "Chart notes"),
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
    return {
        DayOrder.DAY_FIRST: translate(
            "ImportWords", "Dates of birth with slashes are read day first, as the file's "
            "other dates show."),
        DayOrder.MONTH_FIRST: translate(
            "ImportWords", "Dates of birth with slashes are read month first, as the file's "
            "other dates show."),
        DayOrder.UNSETTLED: translate(
            "ImportWords", "The file's dates do not show whether the day or the month comes "
            "first, so a date that could be either is refused."),
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
