"""Time that is not for clients in the window: the block dialog, its actions, and the calendar
carried to the therapist's phone as an .ics file."""
