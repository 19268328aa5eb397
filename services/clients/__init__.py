"""Clients: their details, numbers and consent, who knows whom, the chart, the contact log,
the panel's reading, and bringing a client list in.

May import `models` and the other service packages; never Qt or `ui`.
"""
