"""One word per meaning: the client's account in the window and the day sheet on paper and in
a CSV name a payment method and a kind of fee with the same words, in English and in Russian."""

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pypdf
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, Language, LedgerKind, PaymentMethod
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client
from services.day_close.day_money import Payment
from services.day_close.day_sheet import day_sheet_csv, day_sheet_pdf
from services.day_close.reconciliation import close_day, record_payment, review_day
from services.money.ledger import record
from services.practice.practice_settings import read_settings, update_settings
from services.vault.practice_vault import Vault
from ui.client_panel import ClientPanel
from ui.client_tables import Table
from ui.i18n import install_language
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")
DAY = date(2030, 5, 7)  # a Tuesday: the fee for Monday's missed session and a payment
NOW = datetime.combine(DAY, time(20), tzinfo=LONDON).astimezone(UTC)


@pytest.fixture(params=list(Language), ids=lambda language: language.value)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Language]:
    """The window and the practice's papers in the same language."""
    chosen: Language = request.param
    install_language(qapp, chosen.value)
    yield chosen
    install_language(qapp, "en")


def closed_day(vault: Vault) -> tuple[int, int, int]:
    """Monday's session missed; on Tuesday its fee charged and a payment by bank transfer on
    account; Tuesday closed. The client's id, the fee's and the payment's ledger ids."""
    client = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    (missed,) = book(vault, client, datetime.combine(date(2030, 5, 6), time(10), tzinfo=LONDON))
    set_status(vault, missed, AppointmentStatus.NO_SHOW, now=datetime(2030, 5, 7, tzinfo=UTC))
    fee = record(vault, client, LedgerKind.NO_SHOW_FEE, 3000, appointment_id=missed, day=DAY)
    (payment,) = record_payment(vault, Payment(client, 3000, PaymentMethod.TRANSFER, DAY))
    for day in (date(2030, 5, 6), DAY):
        problems = review_day(vault, day, now=NOW).problems
        close_day(vault, day, {problem.key: "Seen" for problem in problems}, now=NOW)
    return client, fee, payment


def shown(table: Table, ledger_id: int) -> list[str]:
    """The words the account table shows for one ledger line: day, kind, amount, details."""
    for row in range(table.topLevelItemCount()):
        item = table.topLevelItem(row)
        if item is not None and item.data(0, Table.KeyRole) == ledger_id:
            return table.texts(row)
    raise AssertionError(f"no row for ledger line {ledger_id}")


def test_the_account_and_the_day_sheet_name_a_fee_and_a_method_alike(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, language: Language) -> None:
    update_settings(vault, language=language)
    client, fee, payment = closed_day(vault)
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(700, 700)
    panel.show()
    panel.show_client(client)
    fee_kind = shown(panel.ledger, fee)[1]
    payment_kind, payment_method = shown(panel.ledger, payment)[1], shown(panel.ledger, payment)[3]
    assert (fee_kind, payment_method) == {
        Language.ENGLISH: ("Missed session fee", "Bank transfer"),
        Language.RUSSIAN: ("Плата за неявку", "Банковский перевод")}[language]

    review = review_day(vault, DAY)
    rows = list(csv.DictReader(io.StringIO(day_sheet_csv(review, language).removeprefix(
        "\ufeff"))))
    by_code = {row["entry_code"]: row for row in rows}
    assert by_code["no_show_fee"]["entry"] == fee_kind
    assert (by_code["payment"]["entry"], by_code["payment"]["method"]) == (
        payment_kind, payment_method)

    pdf = day_sheet_pdf(review, read_settings(vault))
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(
        io.BytesIO(pdf)).pages).split())
    for words in (fee_kind, payment_kind, payment_method):
        assert words in text, words
    # The paper says it as the window does, and not in the words it once had of its own.
    assert "No-show fee" not in text and " Transfer " not in f" {text} "
