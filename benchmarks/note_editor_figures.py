"""The note editor's figures: what the therapist waits for in the window.

`note_editor_open` is a session's note opened in its editor and painted: a signed note of
400 words with three addenda, read on an `ImmediateExecutor` worker inside the time.
`note_keystroke` is one key typed at the end of a 2,000-word draft, to the box painted; the
draft's save waits for its debounce timer, which no keystroke runs.

Both use sessions still to come with no note, and leave the practice with one signed note
more (a signed note is never discarded); the 2,000-word draft is discarded.
"""

from __future__ import annotations

import random
import time
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from sqlalchemy import select

from benchmarks.figures import Bench, figure
from benchmarks.gui_figures import _practice_for_windows, exposed, painted_ms
from benchmarks.gui_process import paint, settle
from benchmarks.timing import Measurement, median
from models import Appointment, SessionNote
from models.enums import Language, NoteFormat
from services.notes.session_notes import NoteDraft, add_addendum, discard_draft, save_draft, sign
from services.vault.practice_vault import Vault, open_vault
from ui.notes.note_editor import NoteEditor
from ui.worker import DatabaseWorker, ImmediateExecutor

OPEN_BUDGET_MS = 30.0
KEYSTROKE_BUDGET_MS = 16.0
EDITOR_SIZE = (760, 740)  # the size the editor gives itself
SIGNED_WORDS, DRAFT_WORDS, ADDENDA = 400, 2000, 3
KEYS = 40  # per repeat


def _words(count: int, seed: int) -> str:
    rng = random.Random(seed)
    words = ("slept", "badly", "work", "mother", "breathing", "calmer", "tired", "talked",
             "about", "the", "week", "anxious", "agreed", "to", "try", "again")
    sentences, left = [], count
    while left > 0:
        length = min(left, rng.randint(8, 18))
        sentences.append(" ".join(rng.choice(words) for _ in range(length)).capitalize() + ".")
        left -= length
    return " ".join(sentences)


def _sessions_without_notes(vault: Vault, count: int) -> list[int]:
    with vault.unit_of_work() as session:
        found = list(session.scalars(
            select(Appointment.id).outerjoin(SessionNote,
                                             SessionNote.appointment_id == Appointment.id)
            .where(SessionNote.id.is_(None)).order_by(Appointment.starts_at.desc())
            .limit(count)))
    if len(found) < count:
        raise RuntimeError("The practice has no sessions left without a note.")
    return found


def _editor(vault: Vault, appointment_id: int) -> NoteEditor:
    editor = NoteEditor(vault, DatabaseWorker(ImmediateExecutor()), appointment_id)
    editor.resize(*EDITOR_SIZE)
    return editor


def _gone(editor: NoteEditor) -> None:
    editor.close()
    editor.deleteLater()
    settle()


@figure("note_editor_open")
def note_editor_open(bench: Bench) -> Measurement:
    (appointment_id,) = _sessions_without_notes(bench.vault, 1)
    saved = save_draft(bench.vault, NoteDraft(
        appointment_id, NoteFormat.SOAP, Language.ENGLISH,
        (("subjective", _words(SIGNED_WORDS // 2, 1)), ("objective", _words(50, 2)),
         ("assessment", _words(100, 3)), ("plan", _words(SIGNED_WORDS // 2 - 150, 4)))))
    sign(bench.vault, saved.note_id)
    for n in range(ADDENDA):
        add_addendum(bench.vault, saved.note_id, _words(40, 10 + n))
    samples = []
    with _practice_for_windows(bench) as key:
        vault = open_vault(bench.folder, bytearray(key), actor="benchmark")
        try:
            _gone(_editor(vault, appointment_id))  # the first: modules and fonts loaded
            for _ in range(max(5, bench.repeats * 3)):
                began = time.perf_counter()
                editor = _editor(vault, appointment_id)
                editor.show()
                paint(editor)
                samples.append((time.perf_counter() - began) * 1000)
                if not editor.signed or editor.addenda.listed.count() != 2 * ADDENDA:
                    raise RuntimeError("The editor did not show the signed note's addenda.")
                _gone(editor)
        finally:
            vault.close()
    return Measurement(median(samples), "ms", OPEN_BUDGET_MS,
                       how=f"median of {len(samples)}: NoteEditor made (the session, its note "
                           "and the formats read on the worker), shown and painted, "
                           f"{EDITOR_SIZE[0]}x{EDITOR_SIZE[1]}: a signed {SIGNED_WORDS}-word "
                           f"SOAP note with {ADDENDA} addenda")


@figure("note_keystroke")
def note_keystroke(bench: Bench) -> Measurement:
    (appointment_id,) = _sessions_without_notes(bench.vault, 1)
    note_id = save_draft(bench.vault, NoteDraft(
        appointment_id, NoteFormat.FREE, Language.ENGLISH,
        (("note", _words(DRAFT_WORDS, 5)),))).note_id
    samples = []
    with _practice_for_windows(bench) as key:
        vault = open_vault(bench.folder, bytearray(key), actor="benchmark")
        try:
            editor = _editor(vault, appointment_id)
            exposed(editor)
            paint(editor)
            box = editor.sections.boxes["note"]
            box.setFocus()
            box.moveCursor(QTextCursor.MoveOperation.End)
            settle()
            for _ in range(max(2, bench.repeats)):
                for n in range(KEYS):
                    key_text = " " if n % 6 == 5 else "a"
                    samples.append(painted_ms(
                        partial(QTest.keyClick, box, Qt.Key.Key_A if key_text == "a"
                                else Qt.Key.Key_Space), box, box.viewport()))
                    settle()
            words = len(box.toPlainText().split())
            _gone(editor)  # saves the draft, as closing does
        finally:
            vault.close()
    discard_draft(bench.vault, note_id)
    bench.notes["note_keystroke"] = f"{words} words in the box at the end"
    return Measurement(median(samples), "ms", KEYSTROKE_BUDGET_MS,
                       how=f"median of {len(samples)}: QTest.keyClick at the end of a "
                           f"{DRAFT_WORDS}-word free-text draft to the box painted (the "
                           "debounced save not run)")
