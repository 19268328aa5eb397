"""Reminders in the window: their settings page, the clock that wakes when one is due, the ways
a reminder reaches the therapist (the tray, the desktop's notification service, a notice in
the window), and the day's agenda on screen."""
