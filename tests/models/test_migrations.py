import os
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.orm import Session

import services.vault.practice_vault
from models import Base, Practice
from models.engine import open_engine
from models.enums import Language, NoteFormat
from models.migrate import current_revision, head_revision, upgrade
from models.note_search import described_by_models
from services.notes.note_formats import NoteSettings, read_note_settings
from services.notes.search import Writing, search
from services.notes.session_notes import NoteDraft, save_draft
from services.vault.audit import verify
from services.vault.check import check_database
from services.vault.key_file import KeyFile, write_key_file
from services.vault.key_slots import new_data_key, wrap
from services.vault.practice_vault import Vault, open_vault
from tests.conftest import FAST_KDF, PASSPHRASE

A_DAY_SHEET = ("INSERT INTO letter (id, client_id, kind, language, made_at, sha256, edited_text,"
               " pdf) VALUES (1, NULL, 'day_sheet', 'en', '2026-01-05 10:00:00.000000', 'abc',"
               " '', x'255044462d')")

def upgrade_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("practice-before-upgrade-*.stillroom"))


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "empty.stillroom", new_data_key())
    try:
        upgrade(engine)
        with engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            context = MigrationContext.configure(
                connection, opts={"include_name": described_by_models})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_a_new_empty_encrypted_file_is_brought_to_the_newest_schema(tmp_path: Path) -> None:
    key = new_data_key()
    write_key_file(tmp_path / "practice.keys",
                   KeyFile.new(wrap(key, PASSPHRASE, FAST_KDF), wrap(key, "code", FAST_KDF)))
    os.close(os.open(tmp_path / "practice.stillroom", os.O_CREAT | os.O_WRONLY, 0o600))
    with open_vault(tmp_path, key) as vault, vault.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    assert upgrade_copies(tmp_path) == []  # nothing to keep from an empty file


def test_opening_a_practice_at_the_newest_schema_copies_nothing(vault: Vault,
                                                                data_dir: Path) -> None:
    key = bytearray(vault.key)
    vault.close()
    open_vault(data_dir, key).close()
    assert upgrade_copies(data_dir) == []


def test_an_older_practice_is_copied_before_it_is_upgraded(
    vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With one revision so far, the app is made to believe a newer one exists.

    The upgrade itself then has nothing to do; what is tested is that the database as it was
    is copied aside, whole and readable, before the upgrade starts.
    """
    key = bytearray(vault.key)
    vault.close()
    monkeypatch.setattr(services.vault.practice_vault, "head_revision", lambda: "9999_newer")

    open_vault(data_dir, bytearray(key)).close()

    [copy] = upgrade_copies(data_dir)
    assert copy.name.startswith(f"practice-before-upgrade-{head_revision()}-")
    assert copy.stat().st_mode & 0o777 == 0o600
    assert check_database(copy, key) == []
    engine = open_engine(copy, key, read_only=True)
    try:
        with engine.connect() as connection:
            assert connection.execute(Practice.__table__.select()).one().practice_name == \
                "Quiet Room Practice"
    finally:
        engine.dispose()


def test_the_head_revision_constant_is_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    from models.migrate import HEAD_REVISION, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION


def test_a_version_one_practice_gains_the_envelope_and_call_list_settings(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "v1.stillroom", new_data_key())
    try:
        upgrade(engine, "0001")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO practice VALUES (1, 'Quiet Room', 'Ann', '', '', '', '', '', 'en',"
                " 'GBP', 'UTC', 'letter', '09:00:00', '18:00:00', '12345', 50, 9000, 24, 'full',"
                " 0, 'full', 0, 0, 15, 7, 30, 15, 1, 10)")
        upgrade(engine)
        with engine.connect() as connection:
            row = connection.execute(Practice.__table__.select()).one()
    finally:
        engine.dispose()
    assert (row.practice_name, row.paper_size, row.session_fee) == ("Quiet Room", "letter", 9000)
    assert (row.envelope, row.call_attempts, row.scheduling_weeks) == ("dl", 3, 4)


def test_a_version_two_ledger_keeps_its_entries_under_the_covering_index(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "v2.stillroom", new_data_key())
    try:
        upgrade(engine, "0002")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO client (id, full_name, preferred_name, search_key, email, address,"
                " preferred_modality, online_handle, status, do_not_contact, chart_notes,"
                " created_at) VALUES (1, 'Ann', '', 'ann', '', '', 'in_person', '', 'active', 0,"
                " '', '2026-01-01 00:00:00.000000')")
            connection.exec_driver_sql(
                "INSERT INTO ledger_entry (client_id, kind, amount, note, day, recorded_at)"
                " VALUES (1, 'session_charge', 9000, '', '2026-01-05',"
                " '2026-01-05 10:00:00.000000')")
        upgrade(engine)
        with engine.connect() as connection:
            plan = connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT sum(amount) FROM ledger_entry WHERE client_id = 1"
                " AND day <= '2026-12-31' AND kind = 'session_charge'").all()
            total = connection.exec_driver_sql("SELECT sum(amount) FROM ledger_entry").scalar()
    finally:
        engine.dispose()
    assert total == 9000
    assert "COVERING INDEX ix_ledger_entry_client_day" in " ".join(str(row) for row in plan)


def test_a_version_three_practice_takes_its_key_files_id_when_first_opened(
        tmp_path: Path) -> None:
    key = new_data_key()
    key_file = KeyFile.new(wrap(key, PASSPHRASE, FAST_KDF), wrap(key, "code", FAST_KDF))
    write_key_file(tmp_path / "practice.keys", key_file)
    engine = open_engine(tmp_path / "practice.stillroom", key)
    try:
        upgrade(engine, "0003")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO practice VALUES (1, 'Quiet Room', 'Ann', '', '', '', '', '', 'en',"
                " 'GBP', 'UTC', 'a4', '09:00:00', '18:00:00', '12345', 50, 9000, 24, 'full',"
                " 0, 'full', 0, 0, 15, 7, 30, 15, 1, 10, 'dl', 3, 4)")
    finally:
        engine.dispose()

    with open_vault(tmp_path, bytearray(key)) as vault, vault.unit_of_work() as session:
        practice = session.get_one(Practice, 1)
        assert (practice.practice_name, practice.vault_id) == ("Quiet Room", key_file.vault_id)
    [copy] = upgrade_copies(tmp_path)  # the version-three file, kept before the upgrade
    engine = open_engine(copy, key, read_only=True)
    try:
        with engine.connect() as connection:
            assert current_revision(connection) == "0003"
            columns = connection.exec_driver_sql("PRAGMA table_info(practice)").all()
    finally:
        engine.dispose()
    assert "vault_id" not in {column[1] for column in columns}
    assert check_database(tmp_path / "practice.stillroom", key) == []  # the change is audited


NOTE_TRIGGERS = {
    "session_note_search_insert", "session_note_search_update", "session_note_search_delete",
    "note_addendum_search_insert", "reflection_search_insert", "reflection_search_update",
    "reflection_search_delete", "client_chart_search_insert", "client_chart_search_update",
    "client_chart_search_delete", "session_note_signed_is_fixed", "session_note_signed_is_kept",
    "note_addendum_after_signing", "note_addendum_is_fixed", "note_addendum_is_kept",
}


def test_a_version_three_practice_gains_notes_with_its_charts_already_searchable(
        tmp_path: Path) -> None:
    key = new_data_key()
    write_key_file(tmp_path / "practice.keys",
                   KeyFile.new(wrap(key, PASSPHRASE, FAST_KDF), wrap(key, "code", FAST_KDF)))
    engine = open_engine(tmp_path / "practice.stillroom", key)
    try:
        upgrade(engine, "0003")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO practice VALUES (1, 'Quiet Room', 'Ann', '', '', '', '', '', 'en',"
                " 'GBP', 'Europe/London', 'a4', '09:00:00', '18:00:00', '12345', 50, 9000, 24,"
                " 'full', 0, 'full', 0, 0, 15, 7, 30, 15, 1, 10, 'dl', 3, 4)")
            connection.exec_driver_sql(
                "INSERT INTO client (id, full_name, preferred_name, search_key, email, address,"
                " preferred_modality, online_handle, status, do_not_contact, chart_notes,"
                " created_at) VALUES (1, 'Ann Lee', '', 'ann lee', '', '', 'in_person', '',"
                " 'active', 0, '2026-01-05 — Missed session\nForgot; rang to apologise.',"
                " '2026-01-01 00:00:00.000000')")
            connection.exec_driver_sql(
                "INSERT INTO appointment (id, client_id, starts_at, length_minutes, modality,"
                " status, reason_text, note, created_at) VALUES (1, 1,"
                " '2026-01-05 10:00:00.000000', 50, 'in_person', 'attended', '', '',"
                " '2026-01-01 00:00:00.000000')")
    finally:
        engine.dispose()
    with open_vault(tmp_path, key) as vault:
        assert read_note_settings(vault) == NoteSettings(3, NoteFormat.FREE, None)
        [chart] = search(vault, "apologis")
        assert (chart.writing, chart.client_id) == (Writing.CHART, 1)
        save_draft(vault, NoteDraft(1, NoteFormat.FREE, Language.ENGLISH,
                                    (("note", "Grief and the anniversary."),)))
        assert [hit.appointment_id for hit in search(vault, "grief")] == [1]
        with vault.engine.connect() as connection:
            triggers = set(connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
    assert triggers == NOTE_TRIGGERS
    assert len(upgrade_copies(tmp_path)) == 1


def test_a_version_six_no_show_keeps_its_status_and_can_be_given_a_reason(
        tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "v6.stillroom", new_data_key())
    try:
        upgrade(engine, "0006")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO client (id, full_name, preferred_name, search_key, email, address,"
                " preferred_modality, online_handle, status, do_not_contact, chart_notes,"
                " created_at) VALUES (1, 'Ann Lee', '', 'ann lee', '', '', 'in_person', '',"
                " 'active', 0, '', '2026-01-01 00:00:00.000000')")
            connection.exec_driver_sql(
                "INSERT INTO appointment (id, client_id, starts_at, length_minutes, modality,"
                " status, reason_text, note, created_at) VALUES (1, 1,"
                " '2026-01-05 10:00:00.000000', 50, 'in_person', 'no_show', '', '',"
                " '2026-01-01 00:00:00.000000')")
        upgrade(engine)
        with engine.begin() as connection:
            before = connection.exec_driver_sql(
                "SELECT status, no_show_reason FROM appointment").one()
            connection.exec_driver_sql("UPDATE appointment SET no_show_reason = 'forgot'")
            after = connection.exec_driver_sql("SELECT no_show_reason FROM appointment").scalar()
    finally:
        engine.dispose()
    assert tuple(before) == ("no_show", None)
    assert after == "forgot"


def test_a_version_seven_practice_gains_the_ending_day_and_keeps_its_triggers(
        tmp_path: Path) -> None:
    key = new_data_key()
    write_key_file(tmp_path / "practice.keys",
                   KeyFile.new(wrap(key, PASSPHRASE, FAST_KDF), wrap(key, "code", FAST_KDF)))
    engine = open_engine(tmp_path / "practice.stillroom", key)
    try:
        upgrade(engine, "0007")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO client (id, full_name, preferred_name, search_key, email, address,"
                " preferred_modality, online_handle, status, do_not_contact, chart_notes,"
                " created_at) VALUES (1, 'Ann Lee', '', 'ann lee', '', '', 'in_person', '',"
                " 'active', 0, 'Prefers mornings.', '2026-01-01 00:00:00.000000')")
        upgrade(engine)
        with engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            assert connection.exec_driver_sql(
                "SELECT ending_on FROM client WHERE id = 1").scalar_one() is None
            triggers = set(connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
    finally:
        engine.dispose()
    assert triggers == NOTE_TRIGGERS


def test_a_version_eight_practice_is_brought_to_version_nine(tmp_path: Path) -> None:
    """Names are searchable without punctuation, sessions are not kept another way, and the
    contact log's words become codes where they are the app's own; the trail still holds."""
    engine = open_engine(tmp_path / "v8.stillroom", new_data_key())
    reasons = ["After a no-show", "Список звонков: Неявка, связи ещё не было; запись на сессию",
               "Опаздывает", "Письмо с извинениями", "no_next_session: booked",
               "Call list: Late now", "She rang to say her train was late"]
    try:
        upgrade(engine, "0008")
        with engine.begin() as connection:
            for number, name, key in ((1, "Aoife O'Brien", "aoife o'brien"),
                                      (2, "Anne-Marie Roy", "anne-marie roy"),
                                      (3, "Ann Lee", "ann lee")):
                connection.exec_driver_sql(
                    "INSERT INTO client (id, full_name, preferred_name, search_key, email,"
                    " address, preferred_modality, online_handle, status, do_not_contact,"
                    " chart_notes, created_at) VALUES (?, ?, '', ?, '', '', 'in_person', '',"
                    " 'active', 0, '', '2026-01-01 00:00:00.000000')", (number, name, key))
            connection.exec_driver_sql(
                "INSERT INTO appointment (id, client_id, starts_at, length_minutes, modality,"
                " status, reason_text, note, created_at) VALUES (1, 3,"
                " '2026-01-05 10:00:00.000000', 50, 'in_person', 'attended', '', '',"
                " '2026-01-01 00:00:00.000000')")
            for number, reason in enumerate(reasons, 1):
                connection.exec_driver_sql(
                    "INSERT INTO contact_log_entry (id, client_id, at, channel, reason, outcome,"
                    " note) VALUES (?, 3, '2026-01-05 11:00:00.000000', 'call', ?, 'reached',"
                    " '')", (number, reason))
        upgrade(engine)
        with engine.connect() as connection:
            keys = connection.exec_driver_sql(
                "SELECT search_key FROM client ORDER BY id").scalars().all()
            kept = connection.exec_driver_sql(
                "SELECT kept_another_way FROM appointment").scalar()
            logged = connection.exec_driver_sql(
                "SELECT reason_code, reason FROM contact_log_entry ORDER BY id").all()
            recorded = connection.exec_driver_sql(
                "SELECT entity, entity_id FROM audit_event WHERE action = 'update'").all()
        with Session(engine) as session:
            trail = verify(session, records=True)
    finally:
        engine.dispose()
    assert keys == ["aoife obrien", "anne marie roy", "ann lee"]
    assert kept == 0
    assert [tuple(row) for row in logged] == [
        ("after_no_show", ""), ("call_list:no_show_not_contacted:booked", ""),
        ("late_not_arrived", ""), ("letter:apology", ""), ("call_list:no_next_session:booked", ""),
        ("call_list:late_now:no_decision", ""), (None, "She rang to say her train was late")]
    assert sorted(tuple(row) for row in recorded) == [
        ("client", "1"), ("client", "2"), *(("contact_log_entry", str(n)) for n in range(1, 7))]
    assert trail == []


def test_a_version_nine_practice_keeps_its_letters_and_triggers_at_version_ten(
        tmp_path: Path) -> None:
    """The letter table is rebuilt for its new column's foreign key: its letters stay whole,
    the note triggers stay, and the money-paper settings start where a new practice does."""
    engine = open_engine(tmp_path / "v9.stillroom", new_data_key())
    try:
        upgrade(engine, "0009")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO letter (id, client_id, kind, language, made_at, sha256,"
                " edited_text, pdf) VALUES (1, NULL, 'day_sheet', 'en',"
                " '2026-01-05 10:00:00.000000', 'abc', '', x'255044462d')")
        upgrade(engine)
        with engine.connect() as connection:
            letter = connection.exec_driver_sql(
                "SELECT kind, pdf, reference, ledger_entry_id FROM letter").one()
            triggers = set(connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
            columns = {row[1]: row[4] for row in connection.exec_driver_sql(
                "PRAGMA table_info(practice)")}
    finally:
        engine.dispose()
    assert tuple(letter) == ("day_sheet", b"%PDF-", "", None)
    assert triggers == NOTE_TRIGGERS
    assert columns["invoice_pattern"] == "'YYYY-####'"
    assert columns["payment_terms_days"] == "'14'"


def test_a_version_ten_practice_keeps_its_reminders_and_gains_their_settings(
        tmp_path: Path) -> None:
    """A practice that had reminders on keeps them on; the new settings start where a new
    practice's do, and nothing has been reminded of yet."""
    engine = open_engine(tmp_path / "v10.stillroom", new_data_key())
    try:
        upgrade(engine, "0010")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO practice (id, practice_name, therapist_name, credentials, address,"
                " phone, email, letterhead, language, currency, timezone, paper_size, envelope,"
                " work_starts, work_ends, work_days, session_minutes, session_fee,"
                " cancel_window_hours, late_cancel_fee_rule, late_cancel_fee_value,"
                " no_show_fee_rule, no_show_fee_value, first_missed_forgiven, late_call_minutes,"
                " follow_up_days, silence_days, waiting_room_gap_minutes, call_attempts,"
                " scheduling_weeks, reminders, idle_lock_minutes, vault_id, unsigned_note_days,"
                " note_format, last_folder) VALUES (1, 'Old Practice', '', '', '', '', '', '',"
                " 'en', 'GBP', 'UTC', 'a4', 'dl', '09:00:00', '18:00:00', '12345', 50, 0, 24,"
                " 'full', 0, 'full', 0, 0, 15, 7, 30, 15, 3, 4, 1, 10, '', 3, 'free', '')")
        upgrade(engine)
        with Session(engine) as session:
            practice = session.get(Practice, 1)
            assert practice is not None
            kept = (practice.reminders, practice.reminder_minutes, practice.reminder_full_names,
                    practice.agenda_at_start, practice.reminded_until, practice.agenda_shown_on)
    finally:
        engine.dispose()
    assert kept == (True, 10, False, True, None, None)


def test_a_version_eleven_practice_gains_blocks_and_keeps_its_letters(tmp_path: Path) -> None:
    """Blocks are one new table: the letters and the note triggers stay as they were."""
    engine = open_engine(tmp_path / "v10.stillroom", new_data_key())
    try:
        upgrade(engine, "0011")
        with engine.begin() as connection:
            connection.exec_driver_sql(A_DAY_SHEET)
        upgrade(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO block (kind, note, first_day, last_day, created_at) VALUES"
                " ('holiday', 'Crete', '2026-08-03', '2026-08-14', '2026-01-05 10:00:00')")
            blocks = connection.exec_driver_sql("SELECT kind, local_start FROM block").all()
            letters = connection.exec_driver_sql("SELECT kind FROM letter").scalars().all()
            triggers = set(connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
    finally:
        engine.dispose()
    assert [tuple(b) for b in blocks] == [("holiday", None)]
    assert letters == ["day_sheet"]
    assert triggers == NOTE_TRIGGERS


def test_a_version_twelve_practice_gains_the_waiting_list_and_keeps_its_blocks(
        tmp_path: Path) -> None:
    """The waiting list is two new tables: blocks, letters and the note triggers stay."""
    engine = open_engine(tmp_path / "v12.stillroom", new_data_key())
    try:
        upgrade(engine, "0012")
        with engine.begin() as connection:
            connection.exec_driver_sql(A_DAY_SHEET)
            connection.exec_driver_sql(
                "INSERT INTO block (kind, note, first_day, last_day, created_at) VALUES"
                " ('lunch', '', '2026-08-03', '2026-08-03', '2026-01-05 10:00:00')")
        upgrade(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO waiting_person (full_name, preferred_name, phone, email, any_time,"
                " note, waiting_since, status, status_reason, created_at) VALUES ('Ann Lee',"
                " '', '', '', 1, '', '2026-01-05', 'waiting', '', '2026-01-05 10:00:00')")
            connection.exec_driver_sql(
                "INSERT INTO waiting_time (person_id, weekday, local_from, local_to) VALUES"
                " (1, 4, '09:00:00.000000', '12:00:00.000000')")
            waiting = connection.exec_driver_sql(
                "SELECT p.full_name, t.weekday FROM waiting_person AS p"
                " JOIN waiting_time AS t ON t.person_id = p.id").all()
            blocks = connection.exec_driver_sql("SELECT kind FROM block").scalars().all()
            letters = connection.exec_driver_sql("SELECT kind FROM letter").scalars().all()
            triggers = set(connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
    finally:
        engine.dispose()
    assert [tuple(w) for w in waiting] == [("Ann Lee", 4)]
    assert blocks == ["lunch"]
    assert letters == ["day_sheet"]
    assert triggers == NOTE_TRIGGERS


def test_a_version_thirteen_practice_gains_imported_events_and_keeps_its_blocks(
        tmp_path: Path) -> None:
    """The imported events are one new table: blocks and the note triggers stay."""
    engine = open_engine(tmp_path / "v13.stillroom", new_data_key())
    try:
        upgrade(engine, "0013")
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO block (kind, note, first_day, last_day, created_at) VALUES"
                " ('holiday', 'Crete', '2026-08-03', '2026-08-14', '2026-01-05 10:00:00')")
        upgrade(engine)
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO imported_event (uid, recurrence_id, block_id, title, starts_at,"
                " ends_at, status, imported_at) VALUES ('a@b', '', 1, 'Crete',"
                " '2026-08-03 00:00:00', '2026-08-15 00:00:00', 'confirmed',"
                " '2026-01-05 10:00:00')")
            origins = connection.exec_driver_sql(
                "SELECT uid, block_id FROM imported_event").all()
            triggers = set(connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars())
    finally:
        engine.dispose()
    assert [tuple(o) for o in origins] == [("a@b", 1)]
    assert triggers == NOTE_TRIGGERS
