"""Russian never guesses anyone's gender: no «(а)» or «(ла)» endings and no past-tense verb or
short form that says whether the client (or the therapist) is a man or a woman, in the
window's words, the vocabularies, the letters and the note formats. Wording that needs no
gender is used instead: «Сессия пропущена», «Запись назначена», «Не помню парольную фразу»."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest

import resources

FOLDER = resources.FOLDER
BRACKETED_ENDING = re.compile(r"[а-яё]\((?:а|ла|на|ен|ась|ёл|ел|ая|ой|ый|ий|ы|о)\)", re.I)
GENDERED = re.compile(
    r"(?<![а-яё])(?:пришёл|пришел|пришла|записан|записана|опоздал|опоздала|забыл|забыла|"
    r"пропустил|пропустила|отменил|отменила|предупредил|предупредила|хотел|хотела|решил|"
    r"решила|смог|смогла|рад|рада|готов|готова|уверен|уверена|ушёл|ушла)(?![а-яё])",
    re.I)


def russian_texts() -> list[tuple[str, str]]:
    """(where, text) for every piece of Russian a person reads."""
    texts = []
    tree = ElementTree.parse(FOLDER / "translations" / "stillroom_ru.ts")
    for message in tree.iter("message"):
        source, translation = message.findtext("source", ""), message.findtext("translation", "")
        texts.append((f"stillroom_ru.ts: {source}", translation))
    for path in [FOLDER / "labels" / "ru.toml", *sorted((FOLDER / "letters").glob("*.ru.toml")),
                 *sorted((FOLDER / "notes").glob("*.ru.toml"))]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.lstrip().startswith("#"):
                texts.append((f"{path.name}:{number}", line))
    return texts


def guesses(text: str) -> list[str]:
    return BRACKETED_ENDING.findall(text) + GENDERED.findall(text)


def test_no_russian_text_guesses_a_gender() -> None:
    found = [(where, text) for where, text in russian_texts() if guesses(text)]
    assert found == []


@pytest.mark.parametrize("text", ["Я пропустил(а) эту сессию", "{name} не пришёл(ла)",
                                  "в это же время записан(а) {client}", "Пришёл с опозданием",
                                  "Я забыл(а) парольную фразу", "Клиент не пришла",
                                  "Клиент знаком(а)"])
def test_the_scan_catches_the_usual_guesses(text: str) -> None:
    assert guesses(text)


@pytest.mark.parametrize("text", ["Сессия пропущена без отмены.", "Вы отменили нашу сессию",
                                  "Не помню парольную фразу", "Клиенты, которые не пришли",
                                  "Забыли о сессии", "Запись назначена"])
def test_wording_that_needs_no_gender_passes(text: str) -> None:
    assert guesses(text) == []


def test_the_scan_reads_every_kind_of_file() -> None:
    places = {where.split(":")[0].split(".")[0] for where, _text in russian_texts()}
    assert {"stillroom_ru", "ru", "common", "formats", "recovery_sheet"} <= places
    assert len(russian_texts()) > 1000
