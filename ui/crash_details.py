"""What an unexpected error may say in the log and on screen: where it happened, never what.

An exception's message, and the local variables of its frames, can hold a client's name or
what they said (`KeyError('Quokka')`, `f"no session for {name}"`). So the details keep, for
the error and each error it was chained to:

- its type, and for a `StillroomError` its English template, not the values filled into it;
- its stack as file (relative to the project, or to the library folder for a library's file),
  line number and function: no source line, no message, no locals, no arguments.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from services.errors import StillroomError

PROJECT = Path(__file__).resolve().parents[1]
CAUSE = "The above exception was the direct cause of the following exception:"
CONTEXT = "During handling of the above exception, another exception occurred:"


def describe(error: BaseException) -> str:
    """`error` and its causes, the first cause first, laid out as Python prints them."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(_one(current))
        if current.__cause__ is not None:
            current = current.__cause__
            parts.append(CAUSE)
        elif current.__context__ is not None and not current.__suppress_context__:
            current = current.__context__
            parts.append(CONTEXT)
        else:
            current = None
    if parts[-1] in (CAUSE, CONTEXT):  # a chain that loops back on itself
        parts.pop()
    return "\n\n".join(reversed(parts))


def _one(error: BaseException) -> str:
    lines = ["Traceback (most recent call last):"]
    for frame, line in traceback.walk_tb(error.__traceback__):
        code = frame.f_code
        lines.append(f'  File "{_where(code.co_filename)}", line {line}, in {code.co_qualname}')
    kind = type(error)
    name = kind.__qualname__ if kind.__module__ == "builtins" else (
        f"{kind.__module__}.{kind.__qualname__}")
    lines.append(f"{name}: {error.template}" if isinstance(error, StillroomError) else name)
    return "\n".join(lines)


def _where(file_name: str) -> str:
    """The file relative to the project or a folder Python imports from; else its name alone
    (a full path can name the computer's user)."""
    if file_name.startswith("<"):  # <frozen runpy>, <string>
        return file_name
    path = Path(file_name)
    folders = [PROJECT, *(Path(entry) for entry in sys.path if entry)]
    inside = [folder for folder in folders if folder.is_absolute() and path.is_relative_to(folder)]
    if not inside:
        return path.name
    return path.relative_to(max(inside, key=lambda folder: len(folder.parts))).as_posix()
