"""Calls: who to reach today and why (the call list), clients late now, booking mistakes.

May import `models` and the other service packages; never Qt.
"""
