"""The calendar: booking, series, moving, statuses and cancellations, clashes, free times.

May import `models` and the other service packages; never Qt or `ui`.
"""
