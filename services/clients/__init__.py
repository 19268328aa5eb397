"""Clients: their details, numbers and consent, who knows whom, the chart, the contact log,
the panel's reading, and bringing a client list in.

May import `models`, `services.vault`, `services.practice` and the shared modules; never Qt.
"""
