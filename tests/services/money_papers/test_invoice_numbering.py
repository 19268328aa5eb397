"""Invoice numbers never repeat and never skip: random issuing and voiding in one process, and
two processes issuing into the same practice at once."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import Invoice
from models.enums import InvoiceKind
from services.errors import StillroomError
from services.money_papers.credit_notes import void_invoice
from services.money_papers.invoices import issue_invoice
from services.vault.audit import verify
from services.vault.practice_vault import Vault, open_vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.services.money_papers.invoice_book import NOW, charged_client


def assert_runs_without_gaps(vault: Vault) -> tuple[int, int]:
    """Each kind's numbers in 2026 are 1..n, each printed once; returns (invoices, notes)."""
    with vault.unit_of_work() as session:
        rows = session.execute(select(Invoice.kind, Invoice.sequence, Invoice.number)).all()
    counts = []
    for kind in (InvoiceKind.INVOICE, InvoiceKind.CREDIT_NOTE):
        sequences = sorted(sequence for k, sequence, _number in rows if k is kind)
        assert sequences == list(range(1, len(sequences) + 1)), kind
        counts.append(len(sequences))
    assert len({number for _k, _s, number in rows}) == len(rows)
    return counts[0], counts[1]


steps = st.lists(st.one_of(st.tuples(st.just("issue"), st.integers(0, 3)),
                           st.tuples(st.just("void"), st.integers(0, 5))), max_size=12)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_any_run_of_issuing_and_voiding_numbers_without_gaps(
        vault: Vault, run: list[tuple[str, int]]) -> None:
    client, sessions = charged_client(vault, sessions=4)
    issued: list[str] = []
    before = assert_runs_without_gaps(vault)
    made = [0, 0]
    for step, which in run:
        try:  # a session already invoiced, an invoice already voided: refused, no number
            if step == "issue":
                issued.append(issue_invoice(vault, client, appointment_id=sessions[which],
                                            now=NOW).number)
                made[0] += 1
            elif issued:
                void_invoice(vault, issued[which % len(issued)], "A mistake", now=NOW)
                made[1] += 1
        except StillroomError:
            pass
    assert assert_runs_without_gaps(vault) == (before[0] + made[0], before[1] + made[1])


class NoLock:
    """The practice's lock file kept out of the way, so that two processes reach the database
    at once: the numbers must hold even then, by the transaction alone."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def acquire(self) -> None:
        pass

    def release(self) -> None:
        pass


def issue_from_another_process(folder: str, client: int, sessions: list[int], ready: Any,
                               numbers: Any) -> None:
    """Open the practice, wait until the other process has too, then issue an invoice for
    each session, one unit of work each."""
    with patch("services.vault.practice_vault.VaultLock", NoLock):
        vault = open_vault(Path(folder), unlock_with_passphrase(Path(folder), PASSPHRASE),
                           actor="test")
    ready.wait()
    try:
        for session in sessions:
            numbers.append((client, issue_invoice(vault, client, appointment_id=session,
                                                  now=NOW).number))
    finally:
        vault.close()


def test_two_processes_issuing_at_once_never_share_or_skip_a_number(
        vault: Vault, data_dir: Path) -> None:
    each = 15
    work = [charged_client(vault, name=name, sessions=each) for name in ("Ada Brook", "Ben Oak")]
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        ready, issued = manager.Barrier(2), manager.list()
        processes = [context.Process(target=issue_from_another_process,
                                     args=(str(data_dir), client, sessions, ready, issued))
                     for client, sessions in work]
        for process in processes:
            process.start()
        for process in processes:
            process.join(timeout=300)
        assert [process.exitcode for process in processes] == [0, 0]
        numbers = [number for _client, number in issued]
    assert len(numbers) == len(set(numbers)) == 2 * each
    assert sorted(numbers) == [f"2026-{n:04d}" for n in range(1, 2 * each + 1)]
    assert assert_runs_without_gaps(vault) == (2 * each, 0)
    with vault.unit_of_work() as session:
        assert verify(session) == []
