"""Practice → Import…: a client list chosen, its columns checked, reviewed, then written."""

from pathlib import Path

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QComboBox, QWizard
from pytestqt.qtbot import QtBot

from models import Client
from services.clients.client_columns import ClientField
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE
from tests.ui.conftest import HeldExecutor
from tests.ui.importing.wizard_steps import opened, press
from ui.importing.import_wizard import ImportWizard
from ui.worker import DatabaseWorker, ImmediateExecutor

EXPORT = ("First Name;Last Name;Cell;Date of Birth;Insurance ID\n"
          "Maya;Okafor;+44 7700 900111;25/04/1986;XJ-1\n"
          "Tom;Reyes;;02/11/1979;\n")


def names(vault: Vault) -> list[str]:
    with vault.unit_of_work() as session:
        return [c.full_name for c in session.query(Client).order_by(Client.id)]


def cells(table: object, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]  # type: ignore[attr-defined]






def test_a_list_from_another_system_is_shown_mapped_reviewed_and_written(
        wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(EXPORT.encode("cp1252"))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.choose_page.choose(path)
    assert wizard.choose_page.found.text() == (
        "Spreadsheet (CSV) · Encoding: UTF-8 · Delimiter: semicolon")
    press(wizard, QWizard.WizardButton.NextButton)
    mapping = wizard.mapping_page
    assert cells(mapping.table, 0) == ["First Name", "Last Name", "Cell", "Date of Birth",
                                       "Insurance ID"]
    assert cells(mapping.table, 1)[:3] == ["Maya", "Okafor", "+44 7700 900111"]
    shown = [mapping.table.cellWidget(row, 2) for row in range(5)]
    assert all(isinstance(combo, QComboBox) for combo in shown)
    assert [combo.currentText() for combo in shown] == [  # type: ignore[union-attr]
        "First name", "Last name", "Mobile phone", "Date of birth", "Not imported"]
    mapping.choose("Insurance ID", ClientField.NOTES)
    press(wizard, QWizard.WizardButton.NextButton)
    review = wizard.review_page
    assert review.summary.text().splitlines()[0] == "2 clients will be added."
    assert "day first" in review.summary.text()
    assert cells(review.first, 0) == ["Maya Okafor", "Tom Reyes"]
    assert cells(review.first, 1) == ["1986-04-25", "1979-11-02"]
    assert review.problems.isHidden()
    assert names(vault) == []  # nothing before Finish
    press(wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()
    assert names(vault) == ["Maya Okafor", "Tom Reyes"]
    with vault.unit_of_work() as session:
        assert session.query(Client).filter_by(full_name="Maya Okafor").one().chart_notes == "XJ-1"


def test_bad_rows_are_listed_with_their_lines_and_finish_stays_off(
        wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Имя;Телефон;Дата рождения\nАнна;+7 900 000 1122;04/05/1985\n"
                    "Борис;звонить;\nВера;;\n", encoding="cp1251")
    wizard.choose_page.choose(path)
    assert "Windows-1251" in wizard.choose_page.found.text()
    press(wizard, QWizard.WizardButton.NextButton)
    press(wizard, QWizard.WizardButton.NextButton)
    review = wizard.review_page
    assert review.summary.text().startswith("2 rows of 3 cannot be imported.")
    assert cells(review.problems, 0) == ["2", "3"]
    assert cells(review.problems, 1)[0].startswith("Дата рождения: ")
    assert cells(review.problems, 1)[1].startswith("Телефон: A phone number")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.reject()
    assert names(vault) == []


def test_a_column_given_twice_is_refused_on_the_mapping_step(
        wizard: ImportWizard, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("name,Email,Other\nAnn,a@b.cd,x@y.zz\n", encoding="utf-8")
    wizard.choose_page.choose(path)
    press(wizard, QWizard.WizardButton.NextButton)
    wizard.mapping_page.choose("Other", ClientField.EMAIL)
    press(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.mapping_page
    assert "Email, Other all give the email" in wizard.mapping_page.error.text()


def test_a_file_that_is_not_a_list_says_so_and_next_stays_off(
        wizard: ImportWizard, tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\x00\x00\x00")
    wizard.choose_page.choose(path)
    assert "is not a text file" in wizard.choose_page.error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_cancel_after_the_review_writes_nothing(wizard: ImportWizard, vault: Vault,
                                                tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    wizard.choose_page.choose(path)
    press(wizard, QWizard.WizardButton.NextButton)
    press(wizard, QWizard.WizardButton.NextButton)
    assert wizard.review_page.isComplete()
    press(wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    assert names(vault) == []


def test_hostile_names_show_as_text_in_every_step(wizard: ImportWizard, vault: Vault,
                                                  tmp_path: Path) -> None:
    shown = [text for text in STORABLE if len(text) <= 200 and "\n" not in text][:6]
    path = tmp_path / "list.csv"
    path.write_text("name\n" + "".join(f'"{t.replace(chr(34), chr(34) * 2)}"\n' for t in shown),
                    encoding="utf-8")
    wizard.choose_page.choose(path)
    press(wizard, QWizard.WizardButton.NextButton)
    assert cells(wizard.mapping_page.table, 1) == [" ".join(shown[0].split())]
    press(wizard, QWizard.WizardButton.NextButton)
    assert cells(wizard.review_page.first, 0) == [t.strip() for t in shown[:5]]
    tip = wizard.review_page.first.item(0, 0).toolTip()
    assert QTextDocumentFragment.fromHtml(tip).toPlainText() == shown[0].strip()
    press(wizard, QWizard.WizardButton.FinishButton)
    assert names(vault) == [t.strip() for t in shown]


def test_a_long_list_shows_it_is_working_until_the_worker_is_done(
        qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    held = HeldExecutor()
    wizard = opened(qtbot, vault, DatabaseWorker(held, apart=ImmediateExecutor()))
    path = tmp_path / "long.csv"
    path.write_text("name\n" + "".join(f"Client {i}\n" for i in range(3_000)), encoding="utf-8")
    wizard.choose_page.choose(path)
    assert wizard.choose_page.busy.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    held.release()
    qtbot.waitUntil(lambda: wizard.choose_page.file is not None)
    press(wizard, QWizard.WizardButton.NextButton)
    press(wizard, QWizard.WizardButton.NextButton)
    assert wizard.review_page.busy.isVisible()
    held.release()
    qtbot.waitUntil(lambda: wizard.review_page.isComplete())
    press(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.review_page.busy.isVisible() and wizard.isVisible()
    assert names(vault) == []
    held.release()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert len(names(vault)) == 3_000


def test_practice_import_opens_the_wizard_and_the_client_list_shows_who_came_in(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, tmp_path: Path) -> None:
    from tests.ui.test_main_window import Clock, open_window

    window = open_window(qtbot, vault, worker, Clock())
    practice = next(menu for menu in window.menuBar().actions()
                    if menu.text() == "&Practice").menu()
    assert window.menus.import_practice in practice.actions()
    window.menus.import_practice.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ада Линд\nTEL;TYPE=CELL:+7 916 000 0000\n"
                    "END:VCARD\n", encoding="utf-8")
    wizard.choose_page.choose(path)
    assert wizard.choose_page.found.text().startswith("Contacts file (vCard)")
    press(wizard, QWizard.WizardButton.NextButton)
    assert not wizard.mapping_page.combos[0].isEnabled()
    press(wizard, QWizard.WizardButton.NextButton)
    press(wizard, QWizard.WizardButton.FinishButton)
    model = window.client_list.model
    qtbot.waitUntil(lambda: [model.index(row).data() for row in range(model.rowCount())]
                    == ["Ада Линд"])


def test_a_quote_never_closed_is_shown_on_the_review_with_its_line(
        wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text('name,notes\nAnn,ok\nBen,"never closed\nCai,x\n', encoding="utf-8")
    wizard.choose_page.choose(path)
    press(wizard, QWizard.WizardButton.NextButton)
    press(wizard, QWizard.WizardButton.NextButton)
    assert "Line 3: a quote opened on this line is never closed" in (
        wizard.review_page.error.text())
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert names(vault) == []
