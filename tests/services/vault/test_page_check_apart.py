"""The page check reads on a connection of its own, so the practice's work goes on meanwhile."""

import threading
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text

import services.vault.practice_vault as vault_module
from models import Client
from services.vault.practice_vault import Vault

WAIT_S = 30  # only so a broken test fails instead of hanging


def _held_check(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event,
                                                          list[Engine]]:
    """The check stops in the middle of its read until `go_on` is set; `reading` says it is."""
    reading, go_on = threading.Event(), threading.Event()
    engines: list[Engine] = []
    real: Callable[[Engine, int | None], None] = vault_module._quick_check

    def held(engine: Engine, cache_kib: int | None = None) -> None:
        assert cache_kib == vault_module.CHECK_CACHE_KIB  # a small cache beside the window
        engines.append(engine)
        with engine.connect() as connection:  # a read transaction open, as a long check has
            connection.execute(text("SELECT count(*) FROM client")).scalar()
            reading.set()
            assert go_on.wait(WAIT_S)
        real(engine, cache_kib)

    monkeypatch.setattr(vault_module, "_quick_check", held)
    return reading, go_on, engines


def _check_in_thread(vault: Vault) -> tuple[threading.Thread, list[BaseException]]:
    failures: list[BaseException] = []

    def check() -> None:
        try:
            vault.check_integrity()
        except BaseException as error:  # handed to the test's thread
            failures.append(error)

    thread = threading.Thread(target=check)
    thread.start()
    return thread, failures


def test_a_unit_of_work_is_written_while_the_check_reads(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    reading, go_on, engines = _held_check(monkeypatch)
    thread, failures = _check_in_thread(vault)
    assert reading.wait(WAIT_S)

    with vault.unit_of_work() as session:  # while the check holds its read open
        session.add(Client(full_name="Mira Holt", search_key="mira holt",
                           created_at=datetime.now(UTC)))
    with vault.unit_of_work() as session:
        assert session.query(Client).filter_by(full_name="Mira Holt").count() == 1

    go_on.set()
    thread.join(WAIT_S)
    assert not thread.is_alive() and failures == []
    assert engines and engines[0] is not vault.engine  # a connection of its own


def test_the_check_finishes_when_the_practice_closes_meanwhile(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock or the window closing wipes the vault's key; the check keeps its own copy."""
    reading, go_on, _engines = _held_check(monkeypatch)
    thread, failures = _check_in_thread(vault)
    assert reading.wait(WAIT_S)
    vault.close()
    go_on.set()
    thread.join(WAIT_S)
    assert not thread.is_alive() and failures == []
