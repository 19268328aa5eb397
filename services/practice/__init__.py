"""The practice's settings, its time zone and the local days and weeks it keeps.

May import `models` and the other service packages; never Qt or `ui`.
"""
