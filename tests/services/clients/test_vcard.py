"""Contacts files as phones and address books export them, imported exactly."""

from datetime import date
from pathlib import Path

import pytest

from models import Client
from services.clients.import_clients import FileKind, import_clients, read_client_file
from services.errors import InvalidRows, StillroomError
from services.vault.practice_vault import Vault

VCARD_3 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17//EN\r\n"
    "N:Okafor;Maya;;;\r\nFN:Maya Okafor\r\nNICKNAME:May\r\n"
    "item1.TEL;type=CELL;type=VOICE;type=pref:+44 7700 900111\r\n"
    "TEL;TYPE=HOME,VOICE:020 7946 0000\r\n"
    "EMAIL;type=INTERNET;type=HOME:maya@example.org\r\nEMAIL;type=WORK:maya@work.example\r\n"
    "ADR;TYPE=HOME:;;12 Elm Street\\, Flat 3;Leeds;West Yorkshire;LS1 4AP;United Kingdom\r\n"
    "BDAY:1986-04-25\r\nNOTE:Referred by Dr Lee\\; prefers\\nmornings\r\n"
    "ORG:Acme Ltd\r\nX-ABUID:1234\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Евгения Порошина\r\nN:Порошина;Евгения;;;\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+7-900-000-1122\r\nBDAY:--0412\r\n"
    "NOTE:A long note folded by the phone at seventy-five characters, as RFC 6350 s\r\n"
    " ays it may be.\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9B=D0=B8=\r\n"
    "=D0=BD=D0=B4;=D0=90=D0=B4=D0=B0\r\nTEL;CELL:8 916 000 0000\r\nBDAY:19900307\r\n"
    "END:VCARD\r\n"
)


def test_contacts_from_phones_import_exactly(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARD_3, encoding="utf-8", newline="")
    file = read_client_file(path)
    assert (file.kind, file.not_imported) == (FileKind.CONTACTS, ("ORG",))
    assert import_clients(vault, path) == 3
    with vault.unit_of_work() as session:
        maya, evgenia, ada = session.query(Client).order_by(Client.id).all()
        assert (maya.full_name, maya.preferred_name, maya.email, maya.date_of_birth) == (
            "Maya Okafor", "May", "maya@example.org", date(1986, 4, 25))
        assert maya.address == ("12 Elm Street, Flat 3\nLeeds, West Yorkshire LS1 4AP\n"
                                "United Kingdom")
        assert [(n.number, n.label) for n in maya.numbers] == [
            ("+44 7700 900111", "mobile"), ("020 7946 0000", "home")]
        assert maya.chart_notes == "Referred by Dr Lee; prefers\nmornings\n\nmaya@work.example"
        assert (evgenia.full_name, evgenia.date_of_birth) == ("Евгения Порошина", None)
        assert [n.number for n in evgenia.numbers] == ["+7-900-000-1122"]
        assert evgenia.chart_notes.startswith("A long note folded by the phone at seventy-five "
                                              "characters, as RFC 6350 says it may be.")
        assert evgenia.chart_notes.endswith("BDAY: --0412")
        assert (ada.full_name, ada.date_of_birth, ada.numbers[0].label) == (
            "Ада Линд", date(1990, 3, 7), "mobile")


@pytest.mark.parametrize(
    ("text", "line"),
    [("BEGIN:VCARD\nFN:Ann\n", 1), ("BEGIN:VCARD\nFN:Ann\nEND:VCARD\nFN:Ben\n", 4),
     ("BEGIN:VCARD\nFN:Ann\nno colon here\nEND:VCARD\n", 3)],
)
def test_a_broken_contacts_file_is_refused_with_its_line(vault: Vault, tmp_path: Path,
                                                         text: str, line: int) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidRows) as caught:
        import_clients(vault, path)
    assert caught.value.problems[0][0] == line
    with vault.unit_of_work() as session:
        assert session.query(Client).count() == 0


def test_a_card_with_a_bad_detail_names_its_line_and_nothing_is_written(
        vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nFN:Ben\nEMAIL:not-mail\n"
                    "END:VCARD\n", encoding="utf-8")
    with pytest.raises(InvalidRows) as caught:
        import_clients(vault, path)
    assert caught.value.problems == [(4, "EMAIL: This does not look like an email address.")]
    with pytest.raises(StillroomError, match="read by their kind"):
        import_clients(vault, path, {"EMAIL": None})
