"""How a reminder or an agenda names a client: initials unless the therapist chose full names,
since the screen may be shared in a video session or seen over a shoulder."""

from __future__ import annotations


def initials(full_name: str) -> str:
    """"Ann Lee" -> "A. L."."""
    return " ".join(f"{word[0].upper()}." for word in full_name.split())


def shown_name(full_name: str, preferred_name: str, full_names: bool) -> str:
    """The client's preferred name (their full name when they have none) when the therapist
    chose full names; their initials otherwise."""
    if full_names:
        return preferred_name.strip() or full_name
    return initials(full_name)
