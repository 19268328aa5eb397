"""The client panel's letters: listed after one is kept, and opened again from the list."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from models.enums import Language, LetterKind
from services.clients.client_records import ClientDraft, create_client
from services.papers.letter_layout import render_letter
from services.papers.letters import draft_letter, keep_letter, letter_pdf, with_body
from services.vault.practice_vault import Vault
from ui.client_panel import ClientPanel
from ui.letters.letter_dialog import LetterDialog
from ui.worker import DatabaseWorker

NOW = datetime(2030, 5, 6, 9, tzinfo=UTC)
pytestmark = pytest.mark.usefixtures("english_money")


def test_a_kept_letter_is_listed_and_opens_again(qtbot: QtBot, vault: Vault,
                                                worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Nadia Volkova",
                                                 address="4 Quay Street\nBristol"))
    draft = draft_letter(vault, LetterKind.CHECK_IN, client_id, language=Language.RUSSIAN)
    edited = with_body(draft, draft.body + "\n\nДо встречи.")
    pdf = render_letter(edited)
    letter = keep_letter(vault, edited, pdf, NOW)
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(700, 900)
    panel.show()
    panel.show_client(client_id)

    table = panel.letters.table
    assert table.isVisible() and not panel.letters.none.isVisible()
    button = panel.letters.write_button  # keeps its size, not stretched across the panel
    assert button.width() <= button.sizeHint().width() < panel.letters.width() // 2
    day, kind, language, was_edited = table.texts(0)
    assert "6" in day and "May" in day
    assert (kind, language, was_edited) == ("Check-in letter", "Русский", "edited")

    item = table.topLevelItem(0)
    assert item is not None
    rect = table.visualItemRect(item)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    viewer = panel.letters.viewer
    assert viewer is not None and viewer.letter == letter
    document = viewer.pane.preview.document
    assert document.status() == QPdfDocument.Status.Ready and document.pageCount() >= 1
    assert viewer.pane.pdf == letter_pdf(vault, letter.id)
    viewer.close()


def test_write_a_letter_opens_the_dialog_for_the_client_shown(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Ada Moss", address="1 Lane\nYork"))
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client(client_id)
    assert panel.letters.none.isVisible() and not panel.letters.table.isVisible()

    qtbot.mouseClick(panel.letters.write_button, Qt.MouseButton.LeftButton)
    dialog = panel.letters.dialog
    assert isinstance(dialog, LetterDialog) and dialog.isVisible()
    assert dialog.heading.text() == "A letter to Ada Moss"
    dialog.close()
