"""Field encryption for secrets such as 本人確認番号: AES-256-GCM with a key id, and the owning
row bound as associated data, so a ciphertext copied onto another row does not decrypt."""

from __future__ import annotations

import base64
import binascii
import os
from dataclasses import dataclass
from functools import lru_cache
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_FORMAT_VERSION = 1
_NONCE_BYTES = 12


class DecryptionError(Exception):
    pass


@dataclass(frozen=True)
class FieldContext:
    """What a ciphertext belongs to; any difference makes decryption fail."""

    table: str
    column: str
    tenant_id: UUID
    row_id: UUID

    def associated_data(self) -> bytes:
        return f"{self.table}.{self.column}:{self.tenant_id}:{self.row_id}".encode()


class FieldCipher:
    def __init__(self, keys: dict[str, bytes], active_key_id: str) -> None:
        if active_key_id not in keys:
            raise ValueError("the active key id has no key")
        for key_id, key in keys.items():
            if len(key) != 32:
                raise ValueError(f"encryption key {key_id!r} must be 32 bytes")
            if not 0 < len(key_id.encode()) < 256:
                raise ValueError("key ids must be 1–255 bytes")
        self._keys = {key_id: AESGCM(key) for key_id, key in keys.items()}
        self._active = active_key_id

    @classmethod
    def from_setting(cls, setting: str) -> FieldCipher:
        """`id:base64key,id:base64key`: the first key encrypts; every key decrypts (rotation)."""
        keys: dict[str, bytes] = {}
        order: list[str] = []
        for part in (item.strip() for item in setting.split(",") if item.strip()):
            key_id, _, encoded = part.partition(":")
            try:
                keys[key_id] = base64.b64decode(encoded, validate=True)
            except binascii.Error as error:
                raise ValueError(f"encryption key {key_id!r} is not base64") from error
            order.append(key_id)
        if not order:
            raise ValueError("no encryption keys configured")
        return cls(keys, order[0])

    @property
    def active_key_id(self) -> str:
        return self._active

    def encrypt(self, plaintext: str, context: FieldContext) -> bytes:
        return self.encrypt_bytes(plaintext.encode(), context)

    def encrypt_bytes(self, plaintext: bytes, context: FieldContext) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        key_id = self._active.encode()
        sealed = self._keys[self._active].encrypt(nonce, plaintext, context.associated_data())
        return bytes([_FORMAT_VERSION, len(key_id)]) + key_id + nonce + sealed

    def decrypt(self, blob: bytes, context: FieldContext) -> str:
        try:
            return self.decrypt_bytes(blob, context).decode()
        except UnicodeDecodeError as error:
            raise DecryptionError("plaintext is not text") from error

    def decrypt_bytes(self, blob: bytes, context: FieldContext) -> bytes:
        try:
            if blob[0] != _FORMAT_VERSION:
                raise DecryptionError("unknown ciphertext format")
            key_length = blob[1]
            key_id = blob[2 : 2 + key_length].decode()
            nonce_start = 2 + key_length
            nonce = blob[nonce_start : nonce_start + _NONCE_BYTES]
            sealed = blob[nonce_start + _NONCE_BYTES :]
            cipher = self._keys[key_id]
        except (IndexError, KeyError, UnicodeDecodeError) as error:
            raise DecryptionError("ciphertext does not match any configured key") from error
        try:
            return cipher.decrypt(nonce, sealed, context.associated_data())
        except InvalidTag as error:
            raise DecryptionError("ciphertext does not belong to this field") from error

    @staticmethod
    def key_id_of(blob: bytes) -> str:
        return blob[2 : 2 + blob[1]].decode()


@lru_cache(maxsize=4)
def cipher_from_setting(setting: str) -> FieldCipher:
    return FieldCipher.from_setting(setting)
