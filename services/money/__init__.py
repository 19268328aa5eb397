"""Money: amounts in minor units, the ledger and balances, the fee policy, the fees and
waivers of missed sessions, and what a session is charged by its status.

May import `models` and the other service packages; never Qt or `ui`.
"""
