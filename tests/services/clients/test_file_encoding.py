import codecs
from pathlib import Path

import pytest

from services.clients.file_encoding import decoded, looks_cyrillic, read_text
from services.errors import StillroomError

TEXT = "name,notes\nЕвгения Порошина,Zoë\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 (BOM)"),
        (TEXT.encode("utf-16"), "UTF-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16"),
        ("Фамилия;Имя\nПорошина;Евгения\n".encode("cp1251"), "Windows-1251"),
        ("name\nZoë Müller\nÑandú\n".encode("cp1252"), "Windows-1252"),
        (b"name\nAnn\n", "UTF-8"),
    ],
)
def test_each_encoding_is_found_by_the_rule(data: bytes, encoding: str) -> None:
    found = decoded(data)
    assert found.encoding == encoding
    assert found.text.removeprefix("\ufeff") == data.decode(
        {"UTF-8 (BOM)": "utf-8-sig", "Windows-1251": "cp1251",
         "Windows-1252": "cp1252"}.get(encoding, "utf-16" if encoding == "UTF-16" else "utf-8")
    ).removeprefix("\ufeff")


def test_russian_words_are_runs_of_high_bytes_and_western_accents_stand_alone() -> None:
    assert looks_cyrillic("Ann Порошина, +7 900".encode("cp1251"))
    assert not looks_cyrillic("Zoë Brontë, Müller, Ñandú, Straße".encode("cp1252"))
    assert not looks_cyrillic(b"plain")


@pytest.mark.parametrize("data", [b"name\n\x00\x01", codecs.BOM_UTF16_LE + b"\x00"])
def test_what_is_not_text_is_refused(data: bytes) -> None:
    with pytest.raises(StillroomError, match="not a text file"):
        decoded(data)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(StillroomError, match="Cannot read"):
        read_text(tmp_path / "missing.csv")
