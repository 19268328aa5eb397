"""A process killed in the middle of a large import leaves the vault whole: all or nothing."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from models import Client
from services.vault.check import check_vault
from services.vault.practice_vault import Vault, open_vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE

ROWS = 30_000
CHILD = """
import sys
from pathlib import Path
from services.clients.import_clients import import_clients
from services.vault.practice_vault import open_vault, unlock_with_passphrase
folder = Path(sys.argv[1])
vault = open_vault(folder, unlock_with_passphrase(folder, sys.argv[2]))
import_clients(vault, Path(sys.argv[3]))
print("finished", flush=True)
"""


def test_sigkill_during_import_leaves_all_or_nothing(vault: Vault, data_dir: Path,
                                                      tmp_path: Path) -> None:
    vault.close()
    csv_file = tmp_path / "many.csv"
    rows = "".join(f"Client Number {i},+44 7700 {i:06d}\n" for i in range(ROWS))
    csv_file.write_text("name,phone\n" + rows, encoding="utf-8")
    wal = data_dir / "practice.stillroom-wal"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), PASSPHRASE, str(csv_file)],
        cwd=Path(__file__).parents[3], stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        if wal.exists() and wal.stat().st_size > 1_000_000:
            break
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the import finished before it could be killed"

    key = unlock_with_passphrase(data_dir, PASSPHRASE)
    assert check_vault(data_dir, key) == []
    with open_vault(data_dir, key) as reopened, reopened.unit_of_work() as session:
        assert session.query(Client).count() in (0, ROWS)
