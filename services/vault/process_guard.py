"""No core dump of a Stillroom process: its memory holds the data key and client records.

Called first thing at start (main.py). The core file size limit goes to zero, which is all
macOS needs; on Linux the process is also made non-dumpable (prctl PR_SET_DUMPABLE), which
stops a crash handler such as systemd-coredump or apport from taking its memory whatever the
limit says, and keeps other processes of the same user from reading its memory or its
/proc/<pid>/environ. Where a call is missing (Windows has neither) it is skipped quietly:
Windows Error Reporting may still write a dump of a crashed process (see the README).
"""

from __future__ import annotations

import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def forbid_core_dumps() -> None:
    """Set the core file limit to zero and, on Linux, make this process non-dumpable."""
    try:
        import resource
    except ImportError:  # Windows
        pass
    else:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ValueError, OSError):
            pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def is_dumpable() -> bool | None:
    """Whether Linux would dump this process (None elsewhere, or when it cannot say)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        state = int(ctypes.CDLL(None, use_errno=True).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None
    return None if state < 0 else state != 0
