"""Which client detail each column of a client list holds, from the names columns usually have.

Spreadsheets and other practice systems name their columns in their own words: "First Name",
"Last Name" (SimplePractice, TherapyNotes, Jane, Google and Outlook contacts), "Mobile Phone",
"Date of Birth", "Zip", "Province"; «Имя», «Фамилия», «Отчество», «Телефон», «Эл. почта» in
Russian ones; and Stillroom's own `name, phone, email…`. A name is compared folded: case,
punctuation and spacing aside, «ё» as «е», and a leading "Client", "Patient" or "Legal"
dropped ("Patient Last Name", "Legal First Name"). Whatever is not recognised is left out,
and listed as such, unless the therapist says what it holds (`mapping_from_text`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping

from services.errors import InvalidValue, StillroomError


class ClientField(enum.StrEnum):
    """A client detail a column can give; the values are what `--map` takes."""

    NAME = "name"
    FIRST_NAME = "first_name"
    MIDDLE_NAME = "middle_name"
    LAST_NAME = "last_name"
    PREFERRED_NAME = "preferred_name"
    PHONE = "phone"
    MOBILE = "mobile"
    HOME_PHONE = "home_phone"
    WORK_PHONE = "work_phone"
    PHONE_LABEL = "phone_label"
    MAY_CALL = "may_call"
    MAY_VOICEMAIL = "may_voicemail"
    MAY_TEXT = "may_text"
    EMAIL = "email"
    DATE_OF_BIRTH = "date_of_birth"
    ADDRESS = "address"
    ADDRESS_2 = "address_2"
    CITY = "city"
    REGION = "region"
    POSTCODE = "postcode"
    COUNTRY = "country"
    MODALITY = "modality"
    ONLINE_HANDLE = "online_handle"
    STATUS = "status"
    STARTED_ON = "started_on"
    FEE = "fee"
    NOTES = "notes"


PHONES = (ClientField.PHONE, ClientField.MOBILE, ClientField.HOME_PHONE, ClientField.WORK_PHONE)
# Fields more than one column may give: each phone column is a number, notes are joined.
REPEATABLE = frozenset({*PHONES, ClientField.NOTES})
NAMES = (ClientField.NAME, ClientField.FIRST_NAME, ClientField.LAST_NAME)
# What `--map` takes for a column to leave out.
SKIP_WORDS = frozenset({"skip", "none", "-"})

_F = ClientField
ALIASES: dict[ClientField, tuple[str, ...]] = {
    _F.NAME: ("name", "full name", "client", "client name", "patient", "patient name",
              "display name", "contact name", "фио", "ф и о", "полное имя", "клиент",
              "имя клиента", "имя и фамилия"),
    _F.FIRST_NAME: ("first name", "firstname", "first", "given name", "givenname", "forename",
                    "имя"),
    _F.MIDDLE_NAME: ("middle name", "middlename", "middle", "additional name", "middle initial",
                     "отчество"),
    _F.LAST_NAME: ("last name", "lastname", "last", "surname", "family name", "familyname",
                   "фамилия"),
    _F.PREFERRED_NAME: ("preferred name", "preferred first name", "nickname", "nick name",
                        "known as", "goes by", "как обращаться", "обращение",
                        "предпочитаемое имя"),
    _F.PHONE: ("phone", "phone number", "telephone", "tel", "primary phone", "contact number",
               "телефон", "номер телефона", "тел", "основной телефон"),
    _F.MOBILE: ("mobile", "mobile phone", "mobile number", "cell", "cell phone", "cellphone",
                "мобильный", "мобильный телефон", "сотовый", "сотовый телефон"),
    _F.HOME_PHONE: ("home phone", "home telephone", "домашний телефон", "домашний"),
    _F.WORK_PHONE: ("work phone", "business phone", "office phone", "work telephone",
                    "рабочий телефон", "рабочий"),
    _F.PHONE_LABEL: ("phone label", "phone_label"),
    _F.MAY_CALL: ("may call", "may_call"),
    _F.MAY_VOICEMAIL: ("may voicemail", "may_voicemail"),
    _F.MAY_TEXT: ("may text", "may_text"),
    _F.EMAIL: ("email", "e mail", "email address", "e mail address", "primary email",
               "почта", "эл почта", "электронная почта", "адрес электронной почты", "емейл"),
    _F.DATE_OF_BIRTH: ("date of birth", "dob", "d o b", "birthday", "birth date", "birthdate",
                       "дата рождения", "день рождения"),
    _F.ADDRESS: ("address", "address 1", "address line 1", "street", "street address",
                 "street 1", "адрес", "адрес 1", "улица"),
    _F.ADDRESS_2: ("address 2", "address line 2", "street 2", "адрес 2"),
    _F.CITY: ("city", "town", "город", "населенный пункт"),
    _F.REGION: ("state", "region", "province", "county", "state province", "область",
                "регион", "край"),
    _F.POSTCODE: ("postcode", "post code", "postal code", "zip", "zip code", "zipcode",
                  "индекс", "почтовый индекс"),
    _F.COUNTRY: ("country", "страна"),
    _F.MODALITY: ("modality",),
    _F.ONLINE_HANDLE: ("online handle", "online_handle"),
    _F.STATUS: ("status",),
    _F.STARTED_ON: ("started on", "started_on"),
    _F.FEE: ("fee",),
    _F.NOTES: ("notes", "note", "comments", "comment", "заметки", "примечание", "примечания",
               "комментарий"),
}
_PREFIXES = ("client ", "patient ", "legal ", "клиент ")
_PUNCTUATION = re.compile(r"[\W_]+")


def folded(header: str) -> str:
    """A column's name as it is compared: "E-mail:" and "email" fold alike, «Ё» as «Е»."""
    words = _PUNCTUATION.sub(" ", header.casefold().replace("ё", "е")).split()
    return " ".join(words)


_BY_NAME = {folded(alias): field for field, aliases in ALIASES.items() for alias in aliases}


def recognised(header: str) -> ClientField | None:
    """The field a column of this name usually holds, or None."""
    name = folded(header)
    if name in _BY_NAME:
        return _BY_NAME[name]
    for prefix in _PREFIXES:
        if name.startswith(prefix) and name[len(prefix):] in _BY_NAME:
            return _BY_NAME[name[len(prefix):]]
    return None


def field_named(word: str) -> ClientField | None:
    """The field `--map` names (`first_name`, `skip`), or InvalidValue listing them."""
    word = word.strip().casefold()
    if word in SKIP_WORDS:
        return None
    try:
        return ClientField(word)
    except ValueError:
        raise InvalidValue("{word!r} is not a client detail. Choose one of: {fields}, or skip.",
                           word=word, fields=", ".join(f.value for f in ClientField)) from None


def mapping_from_text(text: str) -> dict[str, ClientField | None]:
    """`--map "Cell=mobile,Insurance ID=skip"` as {column: field}; None leaves a column out."""
    mapping: dict[str, ClientField | None] = {}
    for pair in filter(None, (part.strip() for part in text.split(","))):
        column, equals, word = pair.rpartition("=")
        if not equals or not column.strip():
            raise InvalidValue("--map takes column=field pairs separated by commas, such as "
                               "\"Cell=mobile,Insurance ID=skip\"; {pair!r} is not one.",
                               pair=pair)
        mapping[column.strip()] = field_named(word)
    return mapping


def column_fields(headers: Iterable[str],
                  chosen: Mapping[str, ClientField | None]) -> tuple[ClientField | None, ...]:
    """Each column's field: what the therapist chose for it by name, else what it usually holds.

    Refuses a choice naming no column, a detail two columns give (but phones and notes), and
    a list with no column for the client's name.
    """
    headers = tuple(headers)
    by_fold = {folded(column): column for column in chosen}
    unknown = sorted(set(by_fold) - {folded(header) for header in headers})
    if unknown:
        raise StillroomError("The file has no column called {columns}. Its columns are: "
                             "{headers}.", columns=", ".join(by_fold[u] for u in unknown),
                             headers=", ".join(headers))
    choices = {folded(column): field for column, field in chosen.items()}
    fields = tuple(choices[folded(header)] if folded(header) in choices else recognised(header)
                   for header in headers)
    for field in {given for given in fields if given is not None} - REPEATABLE:
        giving = [header for header, given in zip(headers, fields, strict=True) if given == field]
        if len(giving) > 1:
            raise StillroomError("The columns {columns} all give the {detail}. Choose which one "
                                 "does, and leave the others out.", columns=", ".join(giving),
                                 detail=field.value)
    if not set(fields) & set(NAMES):
        raise StillroomError("No column gives the client's name. Name a column \"name\" (or "
                             "\"First Name\" and \"Last Name\"), or say which column holds it.")
    return fields
