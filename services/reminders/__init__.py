"""Reminders for the therapist: before each session, and the day's agenda when the working day
starts. Never for clients, and never with a client's full name unless the therapist chose it.

The way in for the window and the command line: `reminder_settings` (reading and changing
what the therapist chose), `due_reminders` (what is due at a moment, marked as given, so a
restart never repeats one), `agenda` (today and tomorrow, as plain values) with its forms
in `agenda_lines` (text) and `agenda_paper` (PDF). May import `models` and the other
service packages; never Qt or `ui`.
"""
