"""Closing the day: the day's review and its problems, money entered on the day, the lock
on closed days, the day sheet and the month at a glance.

May import `models` and the other service packages; never Qt.
"""
