"""Client lists as other systems and spreadsheets write them, imported exactly.

The column sets follow what SimplePractice, TherapyNotes and Jane describe of their client
exports; the people and their details are invented.
"""

import codecs
import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import Client
from services.clients.client_columns import ClientField, mapping_from_text
from services.clients.import_clients import (
    delimiter_of,
    import_client_file,
    import_clients,
    read_client_file,
    review_client_file,
    with_mapping,
)
from services.errors import InvalidRows, InvalidValue, StillroomError
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE

SIMPLEPRACTICE = (
    "First Name,Last Name,Preferred Name,Email,Mobile Phone,Home Phone,Date of Birth,"
    "Address,Address 2,City,State,Zip,Status,Insurance ID\n"
    'Maya,Okafor,May,maya@example.org,(555) 201-3344,,04/25/1986,12 Elm St,Apt 3,'
    "Springfield,IL,62704,Active,XJ-1\n"
    "Tom,Reyes,,tom@example.org,555-201-9988,555 201 0000,11/02/1979,,,,,,Inactive,\n"
)
THERAPYNOTES = (
    "Patient Last Name,Patient First Name,Patient Middle Name,Date of Birth,Cell Phone,"
    "Work Phone,E-mail,Address Line 1,City,State,Zip Code,Patient ID\n"
    "Lind,Ada,M.,1990-03-07,+1 555 000 1111,,ada@example.com,9 Oak Ave,Boston,MA,02108,77\n"
)
JANE = (
    "First Name\tPreferred Name\tLast Name\tEmail\tMobile Phone\tBirth Date\tAddress\t"
    "Province\tPostal Code\tCountry\tNotes\tPatient Number\n"
    "Élodie\tLodi\tGagnon\telodie@example.ca\t+1 514 555 0101\t1992-11-30\t4 Rue Saint-Denis\t"
    "QC\tH2X 1K4\tCanada\tPrefers evenings\t1001\n"
)
RUSSIAN = (
    "Фамилия;Имя;Отчество;Мобильный;Эл. почта;Дата рождения;Адрес;Город;Примечание\n"
    "Порошина;Евгения;Андреевна;+7 900 000-11-22;evg@example.ru;12.04.1985;ул. Ленина, 5;"
    "Тверь;По средам\n"
)


def write(tmp_path: Path, data: bytes, name: str = "clients.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def clients(vault: Vault) -> list[tuple[str, str, str, str, date | None, list[tuple[str, str]]]]:
    with vault.unit_of_work() as session:
        return [(c.full_name, c.preferred_name, c.email, c.address, c.date_of_birth,
                 [(n.number, n.label) for n in c.numbers])
                for c in session.query(Client).order_by(Client.id)]


def test_a_simplepractice_list_imports_exactly(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path, SIMPLEPRACTICE.encode("utf-8"))
    file = read_client_file(path)
    assert file.not_imported == ("Insurance ID",)
    assert import_clients(vault, path) == 2
    assert clients(vault) == [
        ("Maya Okafor", "May", "maya@example.org", "12 Elm St\nApt 3\nSpringfield, IL 62704",
         date(1986, 4, 25), [("(555) 201-3344", "Mobile Phone")]),
        ("Tom Reyes", "", "tom@example.org", "", date(1979, 11, 2),
         [("555-201-9988", "Mobile Phone"), ("555 201 0000", "Home Phone")]),
    ]
    with vault.unit_of_work() as session:
        assert [c.status.value for c in session.query(Client).order_by(Client.id)] == [
            "active", "ended"]


def test_a_therapynotes_list_joins_first_middle_and_last(vault: Vault, tmp_path: Path) -> None:
    assert import_clients(vault, write(tmp_path, THERAPYNOTES.encode("cp1252"))) == 1
    assert clients(vault) == [("Ada M. Lind", "", "ada@example.com",
                               "9 Oak Ave\nBoston, MA 02108", date(1990, 3, 7),
                               [("+1 555 000 1111", "Cell Phone")])]


def test_a_jane_list_with_tabs_in_utf16_imports_exactly(vault: Vault, tmp_path: Path) -> None:
    file = read_client_file(write(tmp_path, JANE.encode("utf-16")))
    assert (file.encoding, file.delimiter) == ("UTF-16", "\t")
    assert import_client_file(vault, file) == 1
    assert clients(vault) == [("Élodie Gagnon", "Lodi", "elodie@example.ca",
                               "4 Rue Saint-Denis\nQC H2X 1K4\nCanada", date(1992, 11, 30),
                               [("+1 514 555 0101", "Mobile Phone")])]


def test_a_russian_list_in_windows_1251_with_semicolons(vault: Vault, tmp_path: Path) -> None:
    file = read_client_file(write(tmp_path, RUSSIAN.encode("cp1251")))
    assert (file.encoding, file.delimiter) == ("Windows-1251", ";")
    assert file.fields[:3] == (ClientField.LAST_NAME, ClientField.FIRST_NAME,
                               ClientField.MIDDLE_NAME)
    assert import_client_file(vault, file) == 1
    assert clients(vault) == [("Евгения Андреевна Порошина", "", "evg@example.ru",
                               "ул. Ленина, 5\nТверь", date(1985, 4, 12),
                               [("+7 900 000-11-22", "Мобильный")])]


def test_an_ambiguous_day_is_refused_with_its_line_unless_other_rows_settle_it(
        vault: Vault, tmp_path: Path) -> None:
    unsettled = "name,dob\nAnn,04/05/1985\nBen,1990-01-01\nCai,05/06/1970\n"
    with pytest.raises(InvalidRows) as caught:
        import_clients(vault, write(tmp_path, unsettled.encode()))
    assert [line for line, _ in caught.value.problems] == [2, 4]
    assert caught.value.problems[0][1].startswith("dob: ")
    assert clients(vault) == []
    settled = unsettled + "Dee,31/12/1999\n"
    assert import_clients(vault, write(tmp_path, settled.encode())) == 4
    assert [row[4] for row in clients(vault)] == [
        date(1985, 5, 4), date(1990, 1, 1), date(1970, 6, 5), date(1999, 12, 31)]


def test_unknown_columns_are_mapped_or_left_out_as_the_therapist_says(
        vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path, b"Client,Handy,Allergies\nAnn Lee,+44 7700 900111,none\n")
    file = read_client_file(path)
    assert file.not_imported == ("Handy", "Allergies")
    mapped = with_mapping(file, mapping_from_text("handy=mobile, Allergies = skip"))
    assert mapped.not_imported == ("Allergies",)
    review = review_client_file(mapped, "GBP")
    assert (review.count, review.problems) == (1, ())
    assert review.first[0].draft.numbers[0].label == "Handy"
    assert import_clients(vault, path, {"Handy": ClientField.NOTES}) == 1
    with vault.unit_of_work() as session:
        assert session.query(Client).one().chart_notes == "+44 7700 900111"


@pytest.mark.parametrize(
    ("text", "words"),
    [("Insurance=diagnosis", "not a client detail"), ("Insurance", "column=field"),
     ("Nowhere=notes", "no column called Nowhere")],
)
def test_a_mapping_that_cannot_be_followed_is_refused(tmp_path: Path, text: str,
                                                      words: str) -> None:
    file = read_client_file(write(tmp_path, b"name,Insurance\nAnn,1\n"))
    with pytest.raises((InvalidValue, StillroomError), match=words):
        with_mapping(file, mapping_from_text(text))


def test_two_columns_giving_one_detail_are_refused(tmp_path: Path) -> None:
    file = read_client_file(write(tmp_path, b"name,Email,E-mail address\nAnn,a@b.cd,x@y.zz\n"))
    with pytest.raises(StillroomError, match="Email, E-mail address all give the email"):
        with_mapping(file, {})
    assert with_mapping(file, {"E-mail address": None}).not_imported == ("E-mail address",)


def test_hostile_text_stays_text(vault: Vault, tmp_path: Path) -> None:
    names = [text for text in STORABLE if len(text) <= 200]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["Имя", "Примечание"])
    writer.writerows([name, name] for name in names)
    assert import_clients(vault, write(tmp_path, buffer.getvalue().encode("utf-8-sig"))) == len(
        names)
    with vault.unit_of_work() as session:
        back = [(c.full_name, c.chart_notes) for c in session.query(Client).order_by(Client.id)]
    assert back == [(name.strip(), name) for name in names]


ENCODINGS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16",
             "cp1251": "Windows-1251", "cp1252": "Windows-1252"}
ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
cyrillic_words = st.text("АБВГДЕЁЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯабвгдеёжзиклмнопрстуфхцчшщъыьэюя",
                         min_size=2, max_size=12)
# Western names: an accented letter stands among plain ones (Zoë, Müller, Ñandú).
western_words = st.builds("".join, st.tuples(st.text(ASCII, min_size=1, max_size=6),
                                              st.sampled_from(["", "é", "ë", "ü", "ñ", "ç"]),
                                              st.text(ASCII, min_size=1, max_size=6)))
WORDS = {"cp1251": cyrillic_words, "cp1252": western_words}


@st.composite
def client_lists(draw: st.DrawFn, encoding: str) -> list[tuple[str, str, date]]:
    words = WORDS.get(encoding, st.one_of(cyrillic_words, western_words))
    return draw(st.lists(st.tuples(
        st.lists(words, min_size=1, max_size=3).map(" ".join),
        st.sampled_from(["", "+44 7700 900111", "8 800 2000"]),
        st.dates(date(1920, 1, 1), date(2020, 12, 31))), min_size=1, max_size=8))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(encoding=st.sampled_from(sorted(ENCODINGS)), delimiter=st.sampled_from([",", ";", "\t"]),
       data=st.data())
def test_a_random_list_in_any_encoding_and_delimiter_reads_back_equal(
        tmp_path: Path, encoding: str, delimiter: str, data: st.DataObject) -> None:
    people = data.draw(client_lists(encoding))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["Full Name", "Telephone", "Date of Birth"])
    writer.writerows([name, phone, born.strftime("%d.%m.%Y")] for name, phone, born in people)
    file = read_client_file(write(tmp_path, buffer.getvalue().encode(encoding)))
    ascii_only = all(name.isascii() for name, _, _ in people)
    # Plain ASCII is the same bytes in every encoding without a mark: it reads as UTF-8.
    assert file.encoding == ("UTF-8" if ascii_only and encoding in ("cp1251", "cp1252")
                             else ENCODINGS[encoding])
    assert file.delimiter == delimiter
    review = review_client_file(with_mapping(file, {}), "GBP", first=len(people))
    assert review.problems == ()
    assert [(r.draft.full_name, r.draft.numbers[0].number if r.draft.numbers else "",
             r.date_of_birth) for r in review.first] == people


def test_a_list_with_a_bom_reads_its_first_column(tmp_path: Path) -> None:
    file = read_client_file(write(tmp_path, codecs.BOM_UTF8 + "Имя\nАнна\n".encode()))
    assert (file.encoding, file.columns) == ("UTF-8 (BOM)", ("Имя",))
    assert review_client_file(file, "GBP").first[0].draft.full_name == "Анна"


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [('Name\t"Address, line 1"\tCity', "\t"), ('"Фамилия; Имя";Телефон', ";"),
     ("name", ","), ("a;b,c;d", ";")],
)
def test_the_delimiter_is_the_one_the_header_uses_most_outside_quotes(
        header: str, delimiter: str) -> None:
    assert delimiter_of(header) == delimiter
