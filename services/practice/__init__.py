"""The practice's settings, its time zone and the local days and weeks it keeps.

May import `models`, `services.vault` and the shared modules; never Qt.
"""
