"""The end of the working day: close it (problems first, then money), its day sheet, the
month at a glance, and the reminder when a day is left open."""
