from pathlib import Path

import pytest

from models import Client
from services.clients.client_records import search_clients
from services.clients.import_clients import import_clients
from services.errors import InvalidRows, StillroomError
from services.vault.practice_vault import Vault

HEADER = "name,preferred_name,phone,may_voicemail,email,address,modality,status,started_on,fee\n"


def write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "clients.csv"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def count(vault: Vault) -> int:
    with vault.unit_of_work() as session:
        return session.query(Client).count()


def test_good_rows_are_imported_exactly(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path, HEADER
                 + '"Zoë Łódź-Ñandú",Zoë,+44 7700 900111,yes,zoe@example.org,"1 Lane\\nLeeds",'
                   "video,active,2024-09-01,75.50\n"
                 + "Евгения Порошина,,+7 900 000-11-22,нет,,,,paused,,\n"
                 + "O'Brien,,,,,,,,,\n")
    assert import_clients(vault, path) == 3
    assert [c.full_name for c in search_clients(vault, "")] == [
        "O'Brien", "Zoë Łódź-Ñandú", "Евгения Порошина"]
    with vault.unit_of_work() as session:
        zoe = session.query(Client).filter_by(preferred_name="Zoë").one()
        assert (zoe.address, zoe.fee_override, zoe.numbers[0].may_voicemail) == (
            "1 Lane\nLeeds", 7550, True)


def test_one_bad_row_imports_nothing_and_every_bad_row_is_listed(vault: Vault,
                                                                  tmp_path: Path) -> None:
    path = write(tmp_path, HEADER
                 + "Good Person,,,,,,,,,\n"
                 + ",,,,,,,,,\n"
                 + "Bad Fee,,,,,,,,,-5\n"
                 + "Bad Date,,,,,,,,2024-13-45,\n"
                 + "Bad Mode,,,,,,telepathy,,,\n")
    with pytest.raises(InvalidRows) as caught:
        import_clients(vault, path)
    assert [line for line, _ in caught.value.problems] == [3, 4, 5, 6]
    assert "modality" in caught.value.problems[3][1]
    assert caught.value.problems[0][1].startswith("name: ")
    assert count(vault) == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("phone\n123\n", "No column gives the client's name"),
        ("Client ID,Insurance ID\n1,2\n", "No column gives the client's name"),
        (b"name\n\x00\x00", "not a text file"),
        ("\n", "must name the columns"),
    ],
)
def test_files_that_are_not_client_lists_get_a_clear_message(
    vault: Vault, tmp_path: Path, content: str | bytes, words: str
) -> None:
    with pytest.raises(StillroomError, match=words):
        import_clients(vault, write(tmp_path, content))
    assert count(vault) == 0


def test_a_huge_file_is_refused_before_it_is_read(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(b"name\n")
        handle.truncate(21 * 1024 * 1024)
    with pytest.raises(StillroomError, match="too large"):
        import_clients(vault, path)


def test_a_file_the_app_exported_imports_to_the_same_text(vault: Vault, tmp_path: Path) -> None:
    """The export's client cells, carried into the import's columns, come back as typed."""
    import csv

    from services.clients.client_records import ClientDraft, create_client
    from services.vault.export import export_all
    from services.vault.practice_vault import create_vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    names = ["=cmd|' /C calc'!A0", "-Ann", "'quoted", "+Bo @home", "O'Brien"]
    for name in names:
        create_client(vault, ClientDraft(full_name=name, chart_notes=f"-{name}",
                                         address="@ Flat 3"))
    folder = export_all(vault, tmp_path / "export")[0].parent
    with (folder / "client.csv").open(encoding="utf-8-sig", newline="") as stream:
        exported = list(csv.DictReader(stream))
    assert exported[0]["full_name"] == "'=cmd|' /C calc'!A0"
    path = tmp_path / "clients.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["name", "notes", "address"])
        writer.writerows([row["full_name"], row["chart_notes"], row["address"]]
                         for row in exported)

    again, _code = create_vault(tmp_path / "again", PASSPHRASE, "Again", kdf=FAST_KDF,
                                actor="test")
    with again:
        assert import_clients(again, path) == len(names)
        with again.unit_of_work() as session:
            back = [(c.full_name, c.chart_notes, c.address)
                    for c in session.query(Client).order_by(Client.id)]
    assert back == [(name, f"-{name}", "@ Flat 3") for name in names]


def test_a_quote_before_an_ordinary_letter_is_kept(vault: Vault, tmp_path: Path) -> None:
    assert import_clients(vault, write(tmp_path, "name\n'Ann\n''=x\n")) == 2
    assert sorted(c.full_name for c in search_clients(vault, "")) == ["'=x", "'Ann"]


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ('name,notes\nAnn,"first\nBen,second\nCai,third\n', 2, "never closed"),
        ('name,notes\nAnn,"quoted" after\nBen,x\n', 2, "middle of a cell"),
        ("name,notes\nAnn,x\nBen\n", 3, "1 cells, but there are 2 columns"),
        ("name,notes\nAnn,x,y\n", 2, "3 cells, but there are 2 columns"),
        ("name,notes\nAnn," + "x" * 100_001 + "\n", 2, "longer than 100,000 characters"),
    ],
)
def test_a_file_is_read_exactly_or_refused_with_the_line(
    vault: Vault, tmp_path: Path, content: str, line: int, words: str
) -> None:
    with pytest.raises(InvalidRows) as caught:
        import_clients(vault, write(tmp_path, content))
    assert caught.value.problems[0][0] == line and words in caught.value.problems[0][1]
    assert count(vault) == 0


@pytest.mark.parametrize(
    ("header", "words"),
    [("name,phone,name", "more than once: name"), ("name,,phone", "Column 2 of"),
     ("name, Name ", "more than once: name")],
)
def test_a_header_with_a_column_twice_or_unnamed_is_refused(
    vault: Vault, tmp_path: Path, header: str, words: str
) -> None:
    with pytest.raises(StillroomError, match=words):
        import_clients(vault, write(tmp_path, header + "\nAnn,1,2\n"))
    assert count(vault) == 0


def test_a_quoted_cell_may_span_lines_and_a_long_note_fits(vault: Vault,
                                                           tmp_path: Path) -> None:
    note = "word " * 19_000
    path = write(tmp_path, f'name,address,notes\nAnn,"1 Lane\nLeeds",{note}\nBen,,\n')
    assert import_clients(vault, path) == 2
    with vault.unit_of_work() as session:
        ann = session.query(Client).filter_by(full_name="Ann").one()
        assert (ann.address, ann.chart_notes.strip()) == ("1 Lane\nLeeds", note.strip())


def test_many_rows_are_written_in_batches_all_or_nothing(vault: Vault, tmp_path: Path) -> None:
    rows = "".join(f"Client {i}\n" for i in range(2_500))
    assert import_clients(vault, write(tmp_path, "name\n" + rows)) == 2_500
    assert count(vault) == 2_500


def test_a_bad_row_after_a_flushed_batch_still_imports_nothing(vault: Vault,
                                                               tmp_path: Path) -> None:
    rows = "".join(f"Client {i}\n" for i in range(1_500))
    with pytest.raises(InvalidRows) as caught:
        import_clients(vault, write(tmp_path, "name\n" + rows + '""\n'))
    assert caught.value.problems[0][0] == 1_502
    assert count(vault) == 0


def test_imported_clients_are_in_the_audit_trail_as_one_added_by_hand(
        vault: Vault, tmp_path: Path) -> None:
    """Written in batches, yet each client and number has its own entry with every column,
    and the chain still holds; a client added by hand afterwards is numbered after them."""
    import json

    from sqlalchemy import select

    from models.audit import AuditEvent
    from services.clients.client_records import ClientDraft, create_client
    from services.vault.audit import verify

    rows = "".join(f"Client {i},+44 7700 {i:06d}\n" for i in range(1_200))
    assert import_clients(vault, write(tmp_path, "name,phone\n" + rows)) == 1_200
    by_hand = create_client(vault, ClientDraft(full_name="Ann Lee"))
    assert by_hand == 1_201
    with vault.unit_of_work() as session:
        assert verify(session) == []
        events = session.scalars(select(AuditEvent).where(AuditEvent.entity.in_(
            ["client", "contact_number"])).order_by(AuditEvent.seq)).all()
        assert [(e.entity, e.entity_id) for e in events[:4]] == [
            ("client", "1"), ("contact_number", "1"), ("client", "2"), ("contact_number", "2")]
        last = json.loads(events[-3].after)
        assert {key: last[key] for key in ("id", "full_name", "search_key", "status")} == {
            "id": 1_200, "full_name": "Client 1199", "search_key": "client 1199",
            "status": "active"}
        assert json.loads(events[-2].after) == {
            "id": 1_200, "client_id": 1_200, "position": 0, "label": "",
            "number": "+44 7700 001199", "may_call": True, "may_voicemail": False,
            "may_text": False}
        assert (events[-1].entity_id, json.loads(events[-1].after)["full_name"]) == (
            "1201", "Ann Lee")
        kept = {key: value for key, value in json.loads(events[-1].after).items()
                if key not in ("id", "created_at", "full_name", "search_key")}
        imported = {key: value for key, value in last.items()
                    if key not in ("id", "created_at", "full_name", "search_key")}
        assert kept == imported  # the same columns, as added by hand
