"""Schema v5, session notes: a note per session (drafts, signing, dated addenda), the
practice's own note templates, private reflections, the practice's two note settings, and the
full-text index of everything written (FTS5, inside the encrypted database), kept in step by
triggers and filled here with the charts already written.

Triggers also keep signed notes and addenda as they were written: the database refuses to
change or delete them. A later migration that rebuilds `client`, `session_note`,
`note_addendum` or `reflection` (Alembic's batch mode copies a table into a new one) drops
their triggers and must make them again; tests/models/test_migrations.py lists them at head.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The index's rowid is source * 2**40 + the row's id (models/note_search.py).
NOTE, ADDENDUM, REFLECTION, CHART = (n * 2**40 for n in (1, 2, 3, 4))


def folded(value: str) -> str:
    """Russian is often typed without "ё": the index keeps it as "е" (a query does the same)."""
    return f"replace(replace({value}, 'ё', 'е'), 'Ё', 'Е')"


NOTE_TEXT = folded("coalesce((SELECT group_concat(json_extract(value, '$.text'), char(10)) "
                   "FROM json_each(NEW.body)), '')")

SEARCH_INDEX = """
CREATE VIRTUAL TABLE note_search USING fts5(
    body, client, content='', contentless_delete=1, detail=column,
    tokenize='unicode61 remove_diacritics 2'
)"""

TRIGGERS = {
    "session_note_search_insert": f"""
        AFTER INSERT ON session_note BEGIN
            INSERT INTO note_search(rowid, body, client)
            VALUES ({NOTE} + NEW.id, {NOTE_TEXT}, 'c' || NEW.client_id);
        END""",
    "session_note_search_update": f"""
        AFTER UPDATE OF body, client_id ON session_note BEGIN
            DELETE FROM note_search WHERE rowid = {NOTE} + OLD.id;
            INSERT INTO note_search(rowid, body, client)
            VALUES ({NOTE} + NEW.id, {NOTE_TEXT}, 'c' || NEW.client_id);
        END""",
    "session_note_search_delete": f"""
        AFTER DELETE ON session_note BEGIN
            DELETE FROM note_search WHERE rowid = {NOTE} + OLD.id;
        END""",
    "note_addendum_search_insert": f"""
        AFTER INSERT ON note_addendum BEGIN
            INSERT INTO note_search(rowid, body, client)
            SELECT {ADDENDUM} + NEW.id, {folded('NEW.text')}, 'c' || client_id
            FROM session_note WHERE id = NEW.note_id;
        END""",
    "reflection_search_insert": f"""
        AFTER INSERT ON reflection BEGIN
            INSERT INTO note_search(rowid, body, client)
            VALUES ({REFLECTION} + NEW.id, {folded('NEW.text')}, 'c' || NEW.client_id);
        END""",
    "reflection_search_update": f"""
        AFTER UPDATE OF text, client_id ON reflection BEGIN
            DELETE FROM note_search WHERE rowid = {REFLECTION} + OLD.id;
            INSERT INTO note_search(rowid, body, client)
            VALUES ({REFLECTION} + NEW.id, {folded('NEW.text')}, 'c' || NEW.client_id);
        END""",
    "reflection_search_delete": f"""
        AFTER DELETE ON reflection BEGIN
            DELETE FROM note_search WHERE rowid = {REFLECTION} + OLD.id;
        END""",
    "client_chart_search_insert": f"""
        AFTER INSERT ON client WHEN NEW.chart_notes != '' BEGIN
            INSERT INTO note_search(rowid, body, client)
            VALUES ({CHART} + NEW.id, {folded('NEW.chart_notes')}, 'c' || NEW.id);
        END""",
    "client_chart_search_update": f"""
        AFTER UPDATE OF chart_notes ON client BEGIN
            DELETE FROM note_search WHERE rowid = {CHART} + OLD.id;
            INSERT INTO note_search(rowid, body, client)
            SELECT {CHART} + NEW.id, {folded('NEW.chart_notes')}, 'c' || NEW.id
            WHERE NEW.chart_notes != '';
        END""",
    "client_chart_search_delete": f"""
        AFTER DELETE ON client BEGIN
            DELETE FROM note_search WHERE rowid = {CHART} + OLD.id;
        END""",
    # What is signed stays as it was signed; what is added after is dated, never edited.
    "session_note_signed_is_fixed": """
        BEFORE UPDATE ON session_note WHEN OLD.signed_at IS NOT NULL BEGIN
            SELECT RAISE(ABORT, 'a signed note cannot be changed; add an addendum');
        END""",
    "session_note_signed_is_kept": """
        BEFORE DELETE ON session_note WHEN OLD.signed_at IS NOT NULL BEGIN
            SELECT RAISE(ABORT, 'a signed note cannot be deleted');
        END""",
    "note_addendum_after_signing": """
        BEFORE INSERT ON note_addendum
        WHEN (SELECT signed_at FROM session_note WHERE id = NEW.note_id) IS NULL BEGIN
            SELECT RAISE(ABORT, 'an addendum is added to a signed note only');
        END""",
    "note_addendum_is_fixed": """
        BEFORE UPDATE ON note_addendum BEGIN
            SELECT RAISE(ABORT, 'an addendum cannot be changed');
        END""",
    "note_addendum_is_kept": """
        BEFORE DELETE ON note_addendum BEGIN
            SELECT RAISE(ABORT, 'an addendum cannot be deleted');
        END""",
}

LANGUAGE = sa.Enum("en", "ru", name="language", native_enum=False, length=32)
NOTE_FORMAT = sa.Enum("free", "soap", "dap", "birp", "template", name="noteformat",
                      native_enum=False, length=32)


def upgrade() -> None:
    op.create_table(
        "note_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("language", LANGUAGE, nullable=False),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_template")),
    )
    op.create_table(
        "session_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("format", NOTE_FORMAT, nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column("language", LANGUAGE, nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["appointment_id"], ["appointment.id"],
                                name=op.f("fk_session_note_appointment_id_appointment")),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"],
                                name=op.f("fk_session_note_client_id_client")),
        sa.ForeignKeyConstraint(["template_id"], ["note_template.id"],
                                name=op.f("fk_session_note_template_id_note_template")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_note")),
        sa.UniqueConstraint("appointment_id", name=op.f("uq_session_note_appointment_id")),
    )
    op.create_index(op.f("ix_session_note_client_id"), "session_note", ["client_id"])
    op.create_index("ix_session_note_unsigned", "session_note", ["appointment_id"],
                    sqlite_where=sa.text("signed_at IS NULL"))
    op.create_table(
        "note_addendum",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["note_id"], ["session_note.id"],
                                name=op.f("fk_note_addendum_note_id_session_note")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_addendum")),
    )
    op.create_index(op.f("ix_note_addendum_note_id"), "note_addendum", ["note_id"])
    op.create_table(
        "reflection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["appointment_id"], ["appointment.id"],
                                name=op.f("fk_reflection_appointment_id_appointment")),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"],
                                name=op.f("fk_reflection_client_id_client")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflection")),
    )
    op.create_index(op.f("ix_reflection_appointment_id"), "reflection", ["appointment_id"])
    op.create_index(op.f("ix_reflection_client_id"), "reflection", ["client_id"])
    # Added in place (SQLite's ADD COLUMN), not by copying the table: every new practice
    # runs this migration, and the tests make hundreds of them.
    op.add_column("practice", sa.Column("unsigned_note_days", sa.Integer(), nullable=False,
                                        server_default="3"))
    op.add_column("practice", sa.Column("note_format", NOTE_FORMAT, nullable=False,
                                        server_default="free"))
    op.execute("ALTER TABLE practice ADD COLUMN note_template_id INTEGER "
               "CONSTRAINT fk_practice_note_template_id_note_template "
               "REFERENCES note_template (id)")

    op.execute(SEARCH_INDEX)
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute(f"INSERT INTO note_search(rowid, body, client) "
               f"SELECT {CHART} + id, {folded('chart_notes')}, 'c' || id "
               f"FROM client WHERE chart_notes != ''")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE note_search")
    with op.batch_alter_table("practice") as batch:  # the copy leaves out the column's key
        batch.drop_column("note_template_id")
        batch.drop_column("note_format")
        batch.drop_column("unsigned_note_days")
    op.drop_index(op.f("ix_reflection_client_id"), table_name="reflection")
    op.drop_index(op.f("ix_reflection_appointment_id"), table_name="reflection")
    op.drop_table("reflection")
    op.drop_index(op.f("ix_note_addendum_note_id"), table_name="note_addendum")
    op.drop_table("note_addendum")
    op.drop_index("ix_session_note_unsigned", table_name="session_note")
    op.drop_index(op.f("ix_session_note_client_id"), table_name="session_note")
    op.drop_table("session_note")
    op.drop_table("note_template")
