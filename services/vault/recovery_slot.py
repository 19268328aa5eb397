"""The recovery code's slot: a key pair, so a new data key can be sealed without the code.

Changing the passphrase gives the practice a new data key, at a moment when nobody types the
recovery code. So the code does not wrap the data key itself. At creation an X25519 key pair
is made; the code wraps its private key (Argon2id + AES-256-GCM, as the passphrase wraps the
data key), the public key is kept in the clear, and the data key is sealed to the public key
(an ephemeral X25519 exchange, HKDF-SHA256, AES-256-GCM). A new data key is sealed to the same
public key; recovering unwraps the private key with the code and opens the sealed data key.
The passphrase never reaches the private key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any

from services.errors import VaultError, WrongPassphrase
from services.vault.key_fields import hex_bytes, only, section
from services.vault.key_slots import (
    KEY_BYTES,
    NONCE_BYTES,
    TAG_BYTES,
    KdfParams,
    KeySlot,
    unwrap,
    wrap,
)

PRIVATE_KEY_AAD = b"stillroom recovery private key v2"
SEALED_AAD = b"stillroom sealed data key v2"
SEALED_INFO = b"stillroom sealed data key v2"
PUBLIC_BYTES = 32
NOT_THE_CODE = "That recovery code does not open this practice."
DAMAGED_PAIR = (
    "The recovery part of the practice's key file is damaged: the recovery code is right, "
    "but what it unlocks does not fit. Restore your latest backup."
)


@dataclass(frozen=True)
class SealedKey:
    """The data key sealed to the recovery public key."""

    ephemeral_key: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {"ephemeral_key": self.ephemeral_key.hex(), "nonce": self.nonce.hex(),
                "wrapped": self.wrapped.hex()}

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> SealedKey:
        only(data, ("ephemeral_key", "nonce", "wrapped"), where)
        return cls(hex_bytes(data, "ephemeral_key", where, PUBLIC_BYTES),
                   hex_bytes(data, "nonce", where, NONCE_BYTES),
                   hex_bytes(data, "wrapped", where, KEY_BYTES + TAG_BYTES))


@dataclass(frozen=True)
class RecoverySlot:
    public_key: bytes
    private_key: KeySlot  # the X25519 private key, wrapped by the recovery code
    sealed: SealedKey

    @classmethod
    def new(cls, data_key: bytearray, recovery_code: str, kdf: KdfParams) -> RecoverySlot:
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        private = X25519PrivateKey.generate()
        raw = bytearray(private.private_bytes_raw())
        try:
            wrapped = wrap(raw, recovery_code, kdf, PRIVATE_KEY_AAD)
        finally:
            _wipe(raw)
        public = private.public_key().public_bytes_raw()
        return cls(public, wrapped, _seal(data_key, public))

    def resealed(self, data_key: bytearray) -> RecoverySlot:
        """The same key pair (the same recovery code) holding a new data key."""
        return replace(self, sealed=_seal(data_key, self.public_key))

    def open(self, recovery_code: str) -> bytearray:
        """The data key; WrongPassphrase when the code is not this practice's."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.asymmetric.x25519 import (
            X25519PrivateKey,
            X25519PublicKey,
        )
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            raw = unwrap(self.private_key, recovery_code, PRIVATE_KEY_AAD)
        except WrongPassphrase:
            raise WrongPassphrase(NOT_THE_CODE, field="recovery_code") from None
        try:
            private = X25519PrivateKey.from_private_bytes(bytes(raw))
        finally:
            _wipe(raw)
        if private.public_key().public_bytes_raw() != self.public_key:
            raise VaultError(DAMAGED_PAIR)
        ephemeral = X25519PublicKey.from_public_bytes(self.sealed.ephemeral_key)
        try:
            shared = private.exchange(ephemeral)
            wrapping_key = _wrapping_key(shared, self.sealed.ephemeral_key, self.public_key)
            return bytearray(AESGCM(wrapping_key).decrypt(self.sealed.nonce, self.sealed.wrapped,
                                                          SEALED_AAD))
        except (InvalidTag, ValueError):  # ValueError: a low-order ephemeral key
            raise VaultError(DAMAGED_PAIR) from None

    def to_json(self) -> dict[str, Any]:
        return {"public_key": self.public_key.hex(), "private_key": self.private_key.to_json(),
                "sealed": self.sealed.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> RecoverySlot:
        only(data, ("public_key", "private_key", "sealed"), where)
        return cls(hex_bytes(data, "public_key", where, PUBLIC_BYTES),
                   KeySlot.from_json(section(data, "private_key", where), f"{where}.private_key"),
                   SealedKey.from_json(section(data, "sealed", where), f"{where}.sealed"))



def _seal(data_key: bytearray, public_key: bytes) -> SealedKey:
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(_wrapping_key(shared, ephemeral_public, public_key)).encrypt(
        nonce, bytes(data_key), SEALED_AAD)
    return SealedKey(ephemeral_public, nonce, wrapped)


def _wrapping_key(shared: bytes, ephemeral_public: bytes, public_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), KEY_BYTES, salt=ephemeral_public + public_key,
                info=SEALED_INFO).derive(shared)


def _wipe(secret: bytearray) -> None:
    for i in range(len(secret)):
        secret[i] = 0
