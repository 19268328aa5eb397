"""Session notes: the formats a note is written in, drafts saved as the therapist types,
signing and dated addenda, reading a session's note and a client's sessions with their notes,
the notes still to finish, private reflections, and searching everything written.

The way in for the window, the command line, the close of the day and the client's record:
`note_formats` (built-in formats, the practice's templates, the note settings),
`session_notes` (save_draft, sign, add_addendum), `note_reading` (a session's note, a client's
timeline, notes to finish), `reflections` (kept apart from the record) and `search` (over the
FTS5 index of `models.note_search`, with the matched words as offsets, never markup).

May import `models`, `resources` and the shared modules (`services.errors`,
`services.validation`), and `services.vault` to open a unit of work and `services.practice`
for the practice's days; no other service package (the close of the day and the papers import
this one), and never Qt.
"""
