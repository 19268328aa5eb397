"""The hard moments of practice, each decided once: a no-show, a session the therapist
missed, a cancellation (or the session kept by phone or video), a client who is late, a
repair after a hard session.

A guided dialog hands the whole decision to `session_decision.decide`, which writes all of
it in one unit of work or nothing. May import `models` and the other service packages;
never Qt.
"""
