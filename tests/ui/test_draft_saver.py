"""Drafts saved on the worker, debounced; a save in flight while more is typed is followed by
another, and nothing typed is left unsaved."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from models.enums import Language, NoteFormat
from services.notes.note_reading import note_of_session
from services.notes.session_notes import NoteDraft
from services.vault.practice_vault import Vault
from tests.services.notes.note_book import client_with_sessions
from tests.ui.conftest import HeldExecutor
from ui.notes.draft_saver import DraftSaver
from ui.worker import DatabaseWorker


class Typing:
    """The text an editor holds, as the saver reads it when it saves."""

    def __init__(self, appointment_id: int) -> None:
        self.appointment_id, self.text = appointment_id, ""

    def __call__(self) -> NoteDraft:
        return NoteDraft(self.appointment_id, NoteFormat.FREE, Language.ENGLISH,
                         (("note", self.text),))


def saved_text(vault: Vault, appointment_id: int) -> str | None:
    note = note_of_session(vault, appointment_id)
    return None if note is None else note.sections[0].text


def test_a_save_in_flight_is_followed_by_another_for_what_came_since(
        qtbot: QtBot, vault: Vault) -> None:
    appointment_id = client_with_sessions(vault, "Ann Lee", count=1)[1][0]
    held = HeldExecutor()
    worker = DatabaseWorker(held)
    typing = Typing(appointment_id)
    saver = DraftSaver(vault, worker, typing)

    typing.text = "First words"
    saver.changed()
    assert saver.timer.isActive() and held.jobs == []  # nothing on a keystroke
    saver.save_now()
    assert len(held.jobs) == 1 and saver.unsaved

    typing.text = "First words, and more"
    saver.changed()
    saver.save_now()  # the window locks while the first save is on the worker
    assert len(held.jobs) == 1  # one at a time: the second waits for the first
    kept: list[str | None] = []
    saver.saved.connect(lambda _saved: kept.append(saved_text(vault, appointment_id)))
    held.release()  # the first, then the one that follows it at once
    assert kept == ["First words", "First words, and more"]
    assert not saver.unsaved and held.jobs == []
    worker.shutdown()


def test_nothing_new_nothing_saved(vault: Vault) -> None:
    held = HeldExecutor()
    saver = DraftSaver(vault, DatabaseWorker(held), Typing(1))
    saver.save_now()
    assert held.jobs == [] and not saver.unsaved


def test_a_refused_save_is_tried_again_on_the_next_save(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    typing = Typing(999)  # no such session
    saver = DraftSaver(vault, worker, typing)
    typing.text = "Words"
    saver.changed()
    with qtbot.waitSignal(saver.failed) as failed:
        saver.save_now()
    assert failed.args[0].template == "There is no session number {id}."
    assert saver.unsaved
