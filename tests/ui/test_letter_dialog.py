"""The letter dialog driven as a therapist would: choose, edit, preview, save, print, end."""

import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import Appointment, LedgerEntry, Letter
from models.enums import (
    AppointmentStatus,
    ClientStatus,
    ContactChannel,
    Language,
    LedgerKind,
    LetterKind,
    WaiverReason,
)
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client, read_client
from services.clients.contact_log import contacts_of
from services.clients.ending import end_client
from services.money.ledger import balance
from services.papers.letters import TerminationReason
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from tests.ui.discard_answers import closes_asking
from ui.letters.letter_dialog import LetterDialog
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker

NOW = datetime(2030, 5, 6, 9, tzinfo=UTC)
EDIT = "Thank you for the work we did together."


@pytest.fixture
def client_id(vault: Vault) -> int:
    return create_client(vault, ClientDraft(
        full_name="Zoë Łódź-Ñandú", preferred_name="Zoë",
        address="12 Willow Lane\nLittle Bramford\nBR4 7QT"))


@pytest.fixture
def dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
           client_id: int) -> Iterator[LetterDialog]:
    opened = LetterDialog(vault, worker, client_id, kind=LetterKind.TERMINATION, paper=worker,
                          now=lambda: NOW)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    if opened.ending.box is not None:
        opened.ending.box.close()


def error_under(dialog: QDialog, name: str) -> QLabel:
    label = dialog.findChild(QLabel, f"{name}_error")
    assert label is not None
    return label


def choose_reason(dialog: LetterDialog, reason: TerminationReason) -> None:
    dialog.reason.setCurrentIndex(dialog.reason.findData(reason))


def saving_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def printing_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The print dialog answered with OK, its printer writing a PDF at `path`."""
    def accept(print_dialog: QPrintDialog) -> int:
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def statuses(vault: Vault, client_id: int) -> list[AppointmentStatus]:
    with vault.unit_of_work() as session:
        return [a.status for a in session.scalars(
            select(Appointment).where(Appointment.client_id == client_id)
            .order_by(Appointment.starts_at))]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def kept(vault: Vault) -> list[tuple[LetterKind, str, bytes]]:
    with vault.unit_of_work() as session:
        return [(letter.kind, letter.edited_text, bytes(letter.pdf))
                for letter in session.query(Letter).all()]


def test_a_termination_letter_edited_previewed_saved_and_the_client_ended(
        qtbot: QtBot, dialog: LetterDialog, vault: Vault, client_id: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    future = [NOW + timedelta(days=days) for days in (2, 9)]
    for at in future:
        book(vault, client_id, at)
    assert dialog.reason.isVisible()
    choose_reason(dialog, TerminationReason.COMPLETED)
    assert "12 Willow Lane" in dialog.recipient.text()
    assert dialog.body_text()  # filled from the template
    dialog.body.setFocus()
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    type_text(dialog.body, "\n\n" + EDIT)
    assert dialog.edited_note.text()

    dialog.preview_button.click()
    document = dialog.pane.preview.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 1
    assert kept(vault) == []  # a preview keeps nothing

    target = tmp_path / "letter.pdf"
    saving_to(monkeypatch, target)
    dialog.pane.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    [(kind, edited_text, pdf)] = kept(vault)
    assert kind == LetterKind.TERMINATION and EDIT in edited_text
    assert pdf == target.read_bytes()
    with vault.unit_of_work() as session:
        channels = [c.channel for c in contacts_of(session, client_id)]
    assert channels == [ContactChannel.LETTER]
    assert hashlib.sha256(pdf).hexdigest()[:12] in read_client(vault, client_id).draft.chart_notes

    question = dialog.ending.box
    assert question is not None and question.isVisible()
    assert "as ended today" in question.text()
    assert "will be cancelled, as your decision, with no fee" in question.informativeText()
    assert question.informativeText().count("•") == 2
    with qtbot.waitSignal(dialog.client_ended):
        dialog.ending.end_button.click()
    assert read_client(vault, client_id).draft.status == ClientStatus.ENDED
    assert statuses(vault, client_id) == [AppointmentStatus.CANCELLED_BY_THERAPIST] * 2
    assert "2 booked sessions cancelled" in dialog.status_note.text()

    dialog.pane.save_button.click()  # the same PDF again: it is kept once
    assert len(kept(vault)) == 1


def test_a_client_without_an_address_gets_a_letter_for_email_and_the_address_can_be_added(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    homeless = create_client(vault, ClientDraft(full_name="Ivan Petrov"))
    dialog = LetterDialog(vault, worker, homeless, kind=LetterKind.CHECK_IN, paper=worker,
                          now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.address_row.note.isVisible() and "email" in dialog.address_row.note.text()
    assert not error_under(dialog, "letter").isVisible()
    assert dialog.preview_button.isEnabled()
    saving_to(monkeypatch, tmp_path / "email.pdf")
    dialog.pane.save()
    text = pdf_text((tmp_path / "email.pdf").read_bytes())
    assert "Dear Ivan," in text and "Ivan Petrov" not in text.split("Dear Ivan,")[0]
    assert len(kept(vault)) == 1

    dialog.address_row.add_button.click()
    dialog.address_row.save_button.click()  # nothing typed yet
    assert dialog.address_row.error.isVisible()
    type_text(dialog.address_row.address, "5 Birch Road")
    qtbot.keyClick(dialog.address_row.address, Qt.Key.Key_Return)
    type_text(dialog.address_row.address, "Town")
    dialog.address_row.save_button.click()
    assert read_client(vault, homeless).draft.address == "5 Birch Road\nTown"
    assert "5 Birch Road" in dialog.recipient.text()
    assert not dialog.address_row.isVisible()


def test_a_termination_letter_asks_for_its_reason_without_calling_it_a_problem(
        dialog: LetterDialog, vault: Vault) -> None:
    message = error_under(dialog, "reason")
    assert not message.isVisible() and not error_under(dialog, "letter").isVisible()
    assert "Choose why the work ends" in dialog.pane.preview.hint.text()
    assert not dialog.preview_button.isEnabled()
    choose_reason(dialog, TerminationReason.NO_CONTACT)
    assert not message.isVisible()
    assert dialog.preview_button.isEnabled()
    assert dialog.pane.preview.hint.text() == (
        "Press Preview to see the letter as it will be printed.")


def test_printing_sends_every_page_and_keeps_the_letter(
        qtbot: QtBot, dialog: LetterDialog, vault: Vault, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    choose_reason(dialog, TerminationReason.REFERRAL)
    dialog.body.setPlainText("\n\n".join(f"Paragraph {n}: " + "words " * 60
                                         for n in range(14)))  # long: more than one page
    printed = tmp_path / "printed.pdf"
    printing_to(monkeypatch, printed)
    dialog.pane.print_button.click()  # printing with no preview yet makes it first

    pages = dialog.pane.preview.document.pageCount()
    assert pages >= 2
    assert len(pypdf.PdfReader(printed).pages) == pages
    [(kind, edited_text, _pdf)] = kept(vault)
    assert kind == LetterKind.TERMINATION and edited_text.startswith("Paragraph 0")


def test_changing_the_words_after_a_preview_asks_for_a_new_one(dialog: LetterDialog) -> None:
    choose_reason(dialog, TerminationReason.CHOSE_TO_STOP)
    dialog.preview_button.click()
    assert dialog.pane.preview.is_showing()
    type_text(dialog.subject, "!")
    assert not dialog.pane.preview.is_showing()
    assert "changed" in dialog.pane.preview.hint.text()


def test_a_letter_with_a_date_in_it_is_not_taken_for_edited(
        qtbot: QtBot, vault: Vault, dialog: LetterDialog, client_id: int,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The templates keep a day and its month together with a no-break space; the editor
    must hand the words back as they were, not with a plain space."""
    [last] = book(vault, client_id, datetime(2026, 11, 2, 9, tzinfo=UTC))  # before today
    set_status(vault, last, AppointmentStatus.ATTENDED)
    choose_reason(dialog, TerminationReason.CHOSE_TO_STOP)
    qtbot.waitUntil(lambda: dialog.body.isEnabled())
    assert "\xa0" in dialog.body_text()
    assert dialog.edited_note.text() == ""

    saving_to(monkeypatch, tmp_path / "ending.pdf")
    with qtbot.waitSignal(dialog.kept) as made:
        dialog.pane.save()
    assert not made.args[0].edited
    [(_kind, edited_text, _pdf)] = kept(vault)
    assert edited_text == ""


def test_marking_the_client_ended_is_undone_by_ctrl_z_in_the_window(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> None:
    window = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._settings is not None)
    window.show_client(client_id)
    window.client_panel.letters.write()
    letter = window.client_panel.letters.dialog
    assert letter is not None
    letter.ending.ask(client_id, "Zoë", NOW.date(), NOW, UTC)  # as after a kept ending letter
    assert letter.ending.end_button is not None
    with qtbot.waitSignal(letter.client_ended):
        letter.ending.end_button.click()
    assert read_client(vault, client_id).draft.status == ClientStatus.ENDED
    assert window.menus.undo.text() == "&Undo Ending for Zoë Łódź-Ñandú"
    letter.reject()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    details = read_client(vault, client_id).draft
    assert (details.status, details.ended_on) == (ClientStatus.ACTIVE, None)
    assert window.menus.redo.text() == "&Redo Ending for Zoë Łódź-Ñandú"


def test_a_no_contact_letter_marks_the_client_ending_on_the_day_it_names(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    closes = (NOW + timedelta(days=14)).date()
    before, after = NOW + timedelta(days=3), NOW + timedelta(days=20)
    for at in (before, after):
        book(vault, client_id, at)
    window = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._settings is not None)
    window.show_client(client_id)
    window.client_panel.letters.write()
    dialog = window.client_panel.letters.dialog
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.TERMINATION))
    choose_reason(dialog, TerminationReason.NO_CONTACT)
    assert "20\xa0May 2030" in dialog.body_text()
    saving_to(monkeypatch, tmp_path / "closing.pdf")
    dialog.pane.save()  # on the paper thread: the question comes once the letter is kept
    qtbot.waitUntil(lambda: dialog.ending.box is not None, timeout=10_000)

    question = dialog.ending.box
    assert question is not None and "closes on 20 May" in question.text()
    assert question.informativeText().count("•") == 1  # only the session after that day
    assert dialog.ending.end_button is not None
    assert dialog.ending.end_button.text() == "Mark as ending on 20 May"
    with qtbot.waitSignal(dialog.client_ended):
        dialog.ending.end_button.click()
    details = read_client(vault, client_id)
    assert (details.draft.status, details.ending_on) == (ClientStatus.ACTIVE, closes)
    assert statuses(vault, client_id) == [AppointmentStatus.SCHEDULED,
                                          AppointmentStatus.CANCELLED_BY_THERAPIST]
    qtbot.waitUntil(lambda: window.client_panel.status_label.text() == "Ending on 20 May")
    dialog.reject()


def test_the_window_ends_a_client_whose_ending_day_has_come(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> None:
    end_client(vault, client_id, NOW.date() + timedelta(days=14), now=NOW)
    window = MainWindow(vault, worker, now=lambda: NOW + timedelta(days=14, hours=1))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._settings is not None)
    details = read_client(vault, client_id)
    assert (details.draft.status, details.ending_on) == (ClientStatus.ENDED, None)


def test_an_undecided_fee_is_decided_in_the_dialog_before_the_letter_says_anything(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> None:
    update_settings(vault, session_fee=6500, no_show_fee_rule="full")
    [no_show] = book(vault, client_id, NOW - timedelta(days=1))
    set_status(vault, no_show, AppointmentStatus.NO_SHOW, now=NOW)
    dialog = LetterDialog(vault, worker, client_id, kind=LetterKind.MISSED_SESSION,
                          appointment_id=no_show, paper=worker, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()

    question = dialog.fee_question
    assert question.isVisible() and "not decided yet" in question.message.text()
    assert question.charge_button.text().startswith("Charge ")
    assert "65.00" in question.charge_button.text()
    assert dialog.body_text() == "" and not dialog.preview_button.isEnabled()
    question.reason.setCurrentIndex(question.reason.findData(WaiverReason.ILLNESS))
    question.waive_button.click()
    assert not question.isVisible()
    assert "there is no charge for the missed session" in dialog.body_text()
    assert balance(vault, client_id) == 0
    with vault.unit_of_work() as session:
        reasons = session.scalars(select(LedgerEntry.waiver_reason).where(
            LedgerEntry.kind == LedgerKind.WAIVER)).all()
    assert reasons == [WaiverReason.ILLNESS]


def test_a_client_who_asked_for_no_letters_is_written_to_only_with_a_reason(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    quiet = create_client(vault, ClientDraft(full_name="Jack Carter", address="1 Road\nTown",
                                             do_not_contact=True))
    dialog = LetterDialog(vault, worker, quiet, kind=LetterKind.CHECK_IN, paper=worker,
                          now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.do_not_contact
    assert row.warning.isVisible() and "no calls, messages or letters" in row.warning.text()
    assert not error_under(dialog, "despite_reason").isVisible()  # not before a choice

    target = tmp_path / "letter.pdf"
    saving_to(monkeypatch, target)
    dialog.pane.save_button.click()
    message = error_under(dialog, "despite_reason")
    assert message.isVisible() and not target.exists() and kept(vault) == []
    row.confirm.setChecked(True)
    assert not message.isVisible()  # cleared once the therapist acts on it
    dialog.pane.save_button.click()
    assert message.isVisible() and "say why" in message.text()
    type_text(row.reason, "They asked for a receipt by post")
    dialog.pane.save_button.click()
    assert target.exists() and len(kept(vault)) == 1
    chart = read_client(vault, quiet).draft.chart_notes
    assert "because: They asked for a receipt by post" in chart


def test_an_apology_claims_a_change_only_when_the_box_is_ticked(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> None:
    [missed] = book(vault, client_id, NOW - timedelta(days=1))
    set_status(vault, missed, AppointmentStatus.MISSED_BY_THERAPIST)
    dialog = LetterDialog(vault, worker, client_id, kind=LetterKind.APOLOGY, paper=worker,
                          now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.prevention.isVisible() and not dialog.prevention.isChecked()
    assert "keep my diary" not in dialog.body_text()
    dialog.prevention.click()
    assert "changed the way I keep my diary" in dialog.body_text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.CHECK_IN))
    assert not dialog.prevention.isVisible()


def test_save_suggests_a_name_saying_what_letter_for_whom_and_when(
        qtbot: QtBot, dialog: LetterDialog, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    offered: list[str] = []

    def save_as(*args: object, **_kwargs: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    choose_reason(dialog, TerminationReason.COMPLETED)
    dialog.pane.save_button.click()
    assert Path(offered[0]).name == "Ending letter – Zoë Łódź-Ñandú – 2030-05-06.pdf"
    dialog.language.setCurrentIndex(dialog.language.findData(Language.RUSSIAN))
    dialog.pane.save_button.click()
    assert Path(offered[1]).name == "Письмо о завершении терапии – Zoë Łódź-Ñandú – 2030-05-06.pdf"


def test_closing_asks_only_while_typed_words_are_not_kept_in_a_letter(
        qtbot: QtBot, vault: Vault, dialog: LetterDialog, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    choose_reason(dialog, TerminationReason.COMPLETED)
    assert dialog.body_text()
    escape = lambda: qtbot.keyClick(dialog.body, Qt.Key.Key_Escape)  # noqa: E731
    assert closes_asking(escape, discard=False) == []  # the template's words: nothing lost
    assert not dialog.isVisible()

    dialog.show()
    dialog.body.setFocus()
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    type_text(dialog.body, "\n\n" + EDIT)
    assert closes_asking(escape, discard=False) == ["Discard what you typed?"]
    assert dialog.isVisible() and EDIT in dialog.body_text()

    saving_to(monkeypatch, tmp_path / "ending.pdf")
    with qtbot.waitSignal(dialog.kept):
        dialog.pane.save()
    assert dialog.ending.box is not None
    dialog.ending.box.close()  # not marking the client ended: a question of its own
    assert closes_asking(dialog.close_button.click, discard=False) == []  # kept: nothing lost
    assert not dialog.isVisible()
    [(_kind, edited_text, _pdf)] = kept(vault)
    assert EDIT in edited_text

    dialog.show()
    type_text(dialog.subject, " (copy)")  # typed after the letter was kept
    assert closes_asking(dialog.close, discard=True) == ["Discard what you typed?"]
    assert not dialog.isVisible() and len(kept(vault)) == 1
