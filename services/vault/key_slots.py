"""Wrapping the vault's data key with something the therapist knows.

The 256-bit data key is encrypted (AES-256-GCM) under a key derived from the passphrase by
Argon2id; the recovery code wraps the private half of a key pair the same way
(services/vault/recovery_slot.py; in key files of format 1 it wraps the data key itself). The
KDF's parameters are stored with each slot so they can be raised later without breaking older
vaults, and are refused outside sane bounds when read.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

from services.errors import WrongPassphrase
from services.vault.key_fields import hex_bytes, only, section, whole_number

KEY_BYTES = 32
SALT_BYTES, NONCE_BYTES, TAG_BYTES = 16, 12, 16
AAD = b"stillroom data key v1"
CHECK_LABEL = b"stillroom data key check v2"
CHECK_BYTES = 16
# What a key file may ask of Argon2id; anything outside is damage, refused before it is used.
MEMORY_KIB = (8 * 1024, 4 * 1024 * 1024)
ITERATIONS = (1, 20)
LANES = (1, 16)
# Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS, GROUP_LENGTH = 6, 4
# Within the 0.25–0.5 s the vault issue allows, near its low end: unlocking also opens and
# checks the database, and the whole must stay under 0.6 s.
KDF_TARGET_SECONDS = 0.3


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 256 * 1024
    iterations: int = 2
    lanes: int = 2

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> KdfParams:
        """The parameters at `where` in the key file, refused (Damaged) outside sane bounds."""
        only(data, ("memory_kib", "iterations", "lanes"), where)
        return cls(whole_number(data, "memory_kib", where, *MEMORY_KIB),
                   whole_number(data, "iterations", where, *ITERATIONS),
                   whole_number(data, "lanes", where, *LANES))


@dataclass(frozen=True)
class KeySlot:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {"kdf": asdict(self.kdf), "salt": self.salt.hex(), "nonce": self.nonce.hex(),
                "wrapped": self.wrapped.hex()}

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> KeySlot:
        """The slot at `where` in the key file, every field checked (key_fields.Damaged)."""
        only(data, ("kdf", "salt", "nonce", "wrapped"), where)
        return cls(KdfParams.from_json(section(data, "kdf", where), f"{where}.kdf"),
                   hex_bytes(data, "salt", where, SALT_BYTES),
                   hex_bytes(data, "nonce", where, NONCE_BYTES),
                   hex_bytes(data, "wrapped", where, KEY_BYTES + TAG_BYTES))


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def _derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    normalized = unicodedata.normalize("NFC", secret).encode("utf-8")
    # Loaded here, not at start: a practice opened from the keychain never needs them.
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(normalized, salt, kdf.iterations, kdf.memory_kib, kdf.lanes,
                           KEY_BYTES, Type.ID)


def wrap(data_key: bytearray, secret: str, kdf: KdfParams, aad: bytes = AAD) -> KeySlot:
    """`data_key` (or any 32-byte secret, named by `aad`) encrypted under `secret`."""
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    wrapping_key = _derive(secret, salt, kdf)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapped = AESGCM(wrapping_key).encrypt(nonce, bytes(data_key), aad)
    return KeySlot(kdf, salt, nonce, wrapped)


def unwrap(slot: KeySlot, secret: str, aad: bytes = AAD) -> bytearray:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapping_key = _derive(secret, slot.salt, slot.kdf)
    try:
        return bytearray(AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, aad))
    except InvalidTag:
        raise WrongPassphrase("That passphrase does not open this practice.") from None


def key_check(data_key: bytearray) -> str:
    """A short fingerprint of the data key, kept in the key file to say which key it holds.

    A keyed hash of a random 256-bit key tells nothing about the key; it lets a stale key
    (in the keychain, in an older key file) be told from the current one without trying it.
    """
    return hmac.new(bytes(data_key), CHECK_LABEL, hashlib.sha256).hexdigest()[:CHECK_BYTES * 2]


def tuned_kdf(target_seconds: float = KDF_TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters that take about `target_seconds` on this computer.

    Two passes over as much memory as the time allows (at least 64 MiB, at most 1 GiB): the
    cost grows with the memory, so a quick probe at 64 MiB says how much this machine affords.
    """
    probe = KdfParams(memory_kib=64 * 1024, iterations=2, lanes=2)
    took = min(_timed_derive(probe) for _ in range(2))
    mebibytes = int(64 * target_seconds / took) // 8 * 8
    return KdfParams(max(64, min(1024, mebibytes)) * 1024, probe.iterations, probe.lanes)


def _timed_derive(kdf: KdfParams) -> float:
    began = time.perf_counter()
    _derive("calibration", b"\0" * 16, kdf)
    return time.perf_counter() - began


def new_recovery_code() -> str:
    length = RECOVERY_GROUPS * GROUP_LENGTH
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(length))
    return "-".join(chars[i:i + GROUP_LENGTH] for i in range(0, len(chars), GROUP_LENGTH))


def normalize_recovery_code(typed: str) -> str:
    """Accept the code as a person types it: any case, with or without dashes and spaces."""
    cleaned = typed.upper().translate(str.maketrans("OIL", "011"))
    chars = "".join(ch for ch in cleaned if ch in RECOVERY_ALPHABET)
    return "-".join(chars[i:i + GROUP_LENGTH] for i in range(0, len(chars), GROUP_LENGTH))
