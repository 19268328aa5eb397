"""The whole book as the export writes it, to compare before and after an action."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from services.vault.export import JSON_FILE, export_all
from services.vault.practice_vault import Vault

AUDIT = ("audit_event", "audit_head")


def book_state(vault: Vault, *, with_audit: bool = True) -> dict[str, Any]:
    """Every table's rows through the full export, private reflections too; without the
    audit trail when asked (an undo is itself audited, so only the book's own tables come back
    as they were)."""
    with tempfile.TemporaryDirectory() as folder:
        export_all(vault, Path(folder) / "export", include_private=True)
        tables: dict[str, Any] = json.loads((Path(folder) / "export" / JSON_FILE).read_text())
    return tables if with_audit else {k: v for k, v in tables.items() if k not in AUDIT}
