"""The calendar: booking, series, moving, statuses and cancellations, clashes, free times.

May import `models` and the service packages it stands on (vault, practice, clients,
money); never Qt.
"""
