"""The session note editor: a note's sections, its drafts saved as the therapist types,
signing, dated addenda, and the window's way to open one note per session.

`note_editor.NoteEditor` is the dialog; `note_sections` the headings with their boxes,
`draft_saver` the debounced saving on the database worker, `addenda` the addenda under a
signed note, `editor_facts` what the editor reads before it shows, `note_windows` the open
editors, one per session.
"""
