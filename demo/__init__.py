"""The invented demo practice: clients, years of sessions, money, closed days and calls.

Used by the `demo` command, the tests and the benchmarks. Every name and story is invented.
May import `models` and `services`; never `ui` or Qt.
"""
