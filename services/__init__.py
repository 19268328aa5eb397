"""The practice's rules in plain Python, in packages named for the therapist's concerns.

`services` may import `models`; nothing here imports Qt or `ui` (docs/architecture.md).
The shared modules at this level: `errors` (what a service refuses, in words a therapist
reads) and `validation` (the checks every field goes through).
"""
