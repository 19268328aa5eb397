"""Schema v7: names found without their punctuation, sessions kept another way, and the contact
log's reasons kept as codes.

A client's search key drops punctuation now ('obrien' finds "O'Brien", a dash parts words as
a space does), so every stored key is folded again from the key it was: the old key was
already lower-case and accent-free.

A session the client kept by phone or video instead of cancelling it says so, for the month at
a glance; sessions before this version are unknown, so they read as not kept another way.

A contact's reason was kept as words in the language of the window that wrote it; it is kept as
a code now (services/clients/contact_reasons.py), shown in the reader's language. The words
this app and its demo wrote, in English and Russian, are turned into their codes here (as they
read when they were written, so they are spelled out below); any other words are kept as they
are.

Every value changed is recorded in the audit trail, so the trail still describes each row.
Columns are added in place (SQLite's ADD COLUMN), so the tables with triggers are not rebuilt.

Revision ID: 0009
Revises: 0008
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

from models.audit import Change, append_events

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

ACTOR = "upgrade to version 9"
REASONS = {
    "after_no_show": ("After a no-show", "После неявки", "No-show", "Неявка"),
    "after_missed_by_me": ("After I missed a session", "После пропуска сессии по моей вине",
                           "Session missed by therapist", "Сессия пропущена терапевтом"),
    "late_not_arrived": ("Late: not arrived", "Опоздание: клиента ещё нет", "Опаздывает"),
    "cancellation": ("Cancellation", "Отмена"),
    "cancelled_by_me": ("Therapist cancelled", "Отмена терапевтом"),
    "check_in": ("Check-in", "Связаться"),
}
LETTER_KINDS = {
    "termination": ("Ending letter", "Письмо о завершении терапии"),
    "missed_session": ("Missed session letter", "Письмо о пропущенной сессии"),
    "apology": ("Letter of apology", "Письмо с извинениями"),
    "check_in": ("Check-in letter", "Письмо «Как Ваши дела?»"),
    "attendance_agreement": ("Attendance agreement and Q&A",
                             "Соглашение о посещении и ответы на вопросы"),
}
CALL_LIST = ("Call list", "Список звонков")
CALL_RULES = {
    "late_now": ("Late now", "Опаздывают сейчас"),
    "no_show_not_contacted": ("Did not come, not yet contacted", "Неявка, связи ещё не было"),
    "scheduling_mistake": ("Scheduling mistakes to fix", "Ошибки в расписании"),
    "follow_up_due": ("Follow-ups due", "Пора связаться снова"),
    "cancelled_not_rebooked": ("Cancelled, not rebooked", "Отмена, новое время не назначено"),
    "no_next_session": ("No next session booked", "Следующая сессия не назначена"),
    "not_heard_from": ("Not heard from for a while", "Давно не было связи"),
}
DECISIONS = {
    "booked": ("Booked a session", "Запись на сессию"),
    "call_back": ("Will call back", "Перезвонить позже"),
    "closing_session": ("Wants a closing session", "Хочет завершающую сессию"),
    "wants_to_stop": ("Wants to stop", "Хочет прекратить работу"),
}


def _without_punctuation(key: str) -> str:
    bare = "".join(" " if unicodedata.category(ch) == "Pd" else
                   "" if unicodedata.category(ch).startswith("P") else ch for ch in key)
    return " ".join(bare.split())


def _reason_codes() -> dict[str, str]:
    """Every reason this app wrote as words, in either language, with its code."""
    codes = {words: code for code, spelled in REASONS.items() for words in spelled}
    codes |= {words: f"letter:{kind}" for kind, spelled in LETTER_KINDS.items()
              for words in spelled}
    for rule, headings in CALL_RULES.items():
        nothing = f"call_list:{rule}:no_decision"
        codes[rule] = nothing  # what the call list wrote when the window gave no words
        for call_list, heading in zip(CALL_LIST, headings, strict=True):
            codes[f"{call_list}: {heading}"] = nothing
        for decision, spelled in DECISIONS.items():
            code = f"call_list:{rule}:{decision}"
            codes[f"{rule}: {decision}"] = code
            for call_list, heading, words in zip(CALL_LIST, headings, spelled, strict=True):
                codes[f"{call_list}: {heading}; {words.lower()}"] = code
    return codes


def upgrade() -> None:
    connection = op.get_bind()
    changes = []
    for client_id, key in connection.execute(sa.text("SELECT id, search_key FROM client")):
        folded = _without_punctuation(key)
        if folded != key:
            connection.execute(sa.text("UPDATE client SET search_key = :key WHERE id = :id"),
                               {"key": folded, "id": client_id})
            changes.append(Change("update", "client", str(client_id), {"search_key": key},
                                  {"search_key": folded}))

    op.add_column("appointment", sa.Column("kept_another_way", sa.Boolean(), nullable=False,
                                           server_default=sa.false()))

    op.add_column("contact_log_entry", sa.Column("reason_code", sa.String(length=120),
                                                 nullable=True))
    codes = _reason_codes()
    for entry_id, reason in connection.execute(sa.text(
            "SELECT id, reason FROM contact_log_entry WHERE reason != ''")):
        code = codes.get(reason.strip())
        if code is not None:
            connection.execute(sa.text(
                "UPDATE contact_log_entry SET reason_code = :code, reason = '' WHERE id = :id"),
                {"code": code, "id": entry_id})
            changes.append(Change("update", "contact_log_entry", str(entry_id),
                                  {"reason": reason, "reason_code": None},
                                  {"reason": "", "reason_code": code}))
    append_events(connection, ACTOR, changes)


def downgrade() -> None:
    with op.batch_alter_table("contact_log_entry") as batch:
        batch.drop_column("reason_code")
    with op.batch_alter_table("appointment") as batch:
        batch.drop_column("kept_another_way")
