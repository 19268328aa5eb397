"""Bringing a calendar in from an `.ics` file (Google, Apple, Outlook, Thunderbird, Nextcloud).

In steps the window and the command line share: `reading.read_calendar_file` reads the file
exactly (or refuses it, naming the line) and expands its repeats into events grouped by series;
`matching.propose_matches` matches each title to a client and proposes what to do with it;
the therapist's `decisions.Decision` per title gives `decisions.import_summary`; and
`writing.import_calendar` writes all of it in one unit of work. Each event remembers its UID
(`models.EventOrigin`), so a second import adds only what is new and lists what changed
(`changes`).
"""
