"""The passphrase change's figure: `passwd` re-encrypts the ten-year practice under a new key.

What the therapist waits for is `services.vault.passphrase.change_passphrase`: the old key
unwrapped, the database exported under the new key and read back (every page's MAC), the new
key wrapped and sealed, the files synced and renamed. The floor is `sqlcipher_export` alone, to
a scratch file, measured in the same run: what re-encrypting the same database costs with
nothing around it. Re-encrypting is proportional to the practice's size (a plain 5 s held for
a 46 MiB practice, not for 400 MiB of notes), so the budget is twice the floor: the export,
then a read of what it wrote, with two key derivations and the syncs around them.
"""

from __future__ import annotations

import os
import time
from contextlib import closing

from benchmarks.figures import Bench, figure
from benchmarks.timing import Measurement, median, seconds
from models.engine import export_reencrypted, keyed_connection
from services.vault.key_slots import new_data_key
from services.vault.passphrase import change_passphrase
from services.vault.practice_vault import VaultPaths, open_vault, unlock_with_passphrase

PASSWD_RATIO = 2.0
OTHER_PASSPHRASE = "benchmark passphrase, the other one"


@figure("passwd_rotate")
def passwd_rotate(bench: Bench) -> Measurement:
    database = VaultPaths(bench.folder).database
    scratch = bench.scratch / "exported.stillroom"
    bench.vault.close()
    changes, exports = [], []
    try:
        for _ in range(min(bench.repeats, 2)):
            key = unlock_with_passphrase(bench.folder, bench.passphrase)
            with closing(keyed_connection(database, key)) as connection:
                began = time.perf_counter()
                export_reencrypted(connection, scratch, new_data_key())
                exports.append(time.perf_counter() - began)
            os.unlink(scratch)
            # There and back, so the practice keeps the passphrase the other figures use.
            changes.append(seconds(lambda: change_passphrase(
                bench.folder, bench.passphrase, OTHER_PASSPHRASE)))
            changes.append(seconds(lambda: change_passphrase(
                bench.folder, OTHER_PASSPHRASE, bench.passphrase)))
    finally:
        bench.vault = open_vault(bench.folder,
                                 unlock_with_passphrase(bench.folder, bench.passphrase),
                                 actor="benchmark")
    floor = median(exports)
    size = database.stat().st_size / 2**20
    bench.notes["passwd_rotate"] = (f"database {size:.0f} MiB; sqlcipher_export alone "
                                    f"{floor:.3f} s")
    return Measurement(median(changes), "s", PASSWD_RATIO * floor, floor,
                       how="median: services.vault.passphrase.change_passphrase (KDF, "
                           "sqlcipher_export, MAC read back, sync, rename) vs sqlcipher_export "
                           f"alone (floor); budget {PASSWD_RATIO:g}x")
