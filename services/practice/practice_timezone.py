"""The time zone a practice keeps its calendar in.

A new practice takes this computer's zone, by its IANA name (`Europe/London`), so that a
10:00 session stays at 10:00 local time across a change of clocks. The name comes from the
`TZ` environment variable when it holds one, else from where `/etc/localtime` points, else
the practice is kept in UTC.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FALLBACK = "UTC"
LOCALTIME = Path("/etc/localtime")
ZONEINFO_MARKER = "zoneinfo"


def _known_zone(name: str) -> str | None:
    """`name` when it is an IANA zone this Python knows, else None."""
    name = name.strip()
    if not name or name.startswith("/") or ".." in name.split("/"):
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
    return name


def _zone_from_path(path: str) -> str | None:
    """`Europe/London` from `/usr/share/zoneinfo/Europe/London` (or `.../posix/...`)."""
    parts = Path(path).parts
    if ZONEINFO_MARKER not in parts:
        return None
    tail = list(parts[len(parts) - parts[::-1].index(ZONEINFO_MARKER):])
    if tail and tail[0] in ("posix", "right"):
        tail = tail[1:]
    return _known_zone("/".join(tail)) if tail else None


def local_timezone(environ: Mapping[str, str] | None = None,
                   localtime: Path = LOCALTIME) -> str:
    """The IANA name of this computer's time zone, or "UTC" when it cannot be told."""
    environ = os.environ if environ is None else environ
    variable = environ.get("TZ", "").strip().removeprefix(":")
    if variable:
        zone = _zone_from_path(variable) if variable.startswith("/") else _known_zone(variable)
        if zone:
            return zone
    try:
        target = os.readlink(localtime)
    except OSError:  # missing, not a link (a copied file), or no such thing on this system
        return FALLBACK
    if not os.path.isabs(target):
        target = os.path.normpath(os.path.join(os.path.dirname(localtime), target))
    return _zone_from_path(target) or FALLBACK

