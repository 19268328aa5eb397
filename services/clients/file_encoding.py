"""How a client list file is written down: its encoding, found by a rule that can be tested.

Spreadsheets save a CSV in whatever the computer's default is: UTF-8 (with or without the
byte order mark Excel puts first), UTF-16 (Excel's "Unicode text"), Windows-1251 on a Russian
Windows, Windows-1252 on a Western one. The rule, in order:

1. a byte order mark says it: UTF-8, UTF-16 little or big endian;
2. the bytes are valid UTF-8: UTF-8 (plain ASCII is UTF-8 too);
3. most bytes above 127 stand next to another one: Windows-1251, since Russian words are
   runs of such letters, while the accented letters of Western names (Zoë, Müller, Ñandú)
   stand mostly alone among plain ones;
4. otherwise Windows-1252.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from services.errors import StillroomError

MAX_BYTES = 20 * 1024 * 1024
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


@dataclass(frozen=True)
class DecodedFile:
    """The text of a file and the name of the encoding it was written in, to tell the
    therapist ("UTF-8", "Windows-1251")."""

    text: str
    encoding: str


def not_readable(path: Path, error: OSError) -> StillroomError:
    return StillroomError("Cannot read {path}: {reason}", path=str(path),
                          reason=error.strerror or str(error))


def looks_cyrillic(data: bytes) -> bool:
    """Most bytes above 127 stand next to another such byte (rule 3 above)."""
    high = [index for index, byte in enumerate(data) if byte > 127]
    if not high:
        return False
    in_runs = sum(1 for index in high
                  if (index > 0 and data[index - 1] > 127)
                  or (index + 1 < len(data) and data[index + 1] > 127))
    return in_runs * 2 > len(high)


def decoded(data: bytes) -> DecodedFile:
    """The bytes as text, by the rule at the top of this module."""
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            try:
                return DecodedFile(data.decode(codec), name)
            except UnicodeDecodeError:
                break  # a mark before something else: not text this rule can read
    else:
        if b"\x00" not in data:
            try:
                return DecodedFile(data.decode("utf-8"), "UTF-8")
            except UnicodeDecodeError:
                pass
            if looks_cyrillic(data):
                return DecodedFile(data.decode("cp1251", errors="replace"), "Windows-1251")
            return DecodedFile(data.decode("cp1252", errors="replace"), "Windows-1252")
    raise StillroomError("This is not a text file.")


def read_text(path: Path) -> DecodedFile:
    """The file's text, or a clear refusal: unreadable, too large, or not text at all."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise StillroomError("{path} is too large to be a client list (over 20 MB).",
                                 path=str(path))
        data = path.read_bytes()
    except OSError as error:
        raise not_readable(path, error) from None
    try:
        return decoded(data)
    except StillroomError:
        raise StillroomError("{path} is not a text file.", path=str(path)) from None
