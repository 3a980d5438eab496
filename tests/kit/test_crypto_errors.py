"""How the field cipher refuses bad keys and foreign ciphertexts, message by message: these are
what an operator reads when GENBA_ENCRYPTION_KEYS is wrong or a row was tampered with."""

from __future__ import annotations

import base64
import re
from uuid import UUID

import pytest

from api.kit.crypto import DecryptionError, FieldCipher, FieldContext

KEY = base64.b64encode(b"k" * 32).decode()
CONTEXT = FieldContext(table="workers", column="verification_number", tenant_id=UUID(int=1), row_id=UUID(int=2))  # fmt: skip


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("", "no encryption keys configured"),
        (" , ", "no encryption keys configured"),
        (f"k1:{KEY[:-4]}", "encryption key 'k1' must be 32 bytes"),
        (f"k1:{KEY[:8]}!{KEY[8:]}", "encryption key 'k1' is not base64"),
        (f"k1:x:{KEY}", "encryption key 'k1' is not base64"),
        (f":{KEY}", "key ids must be 1–255 bytes"),
        (f"{'k' * 256}:{KEY}", "key ids must be 1–255 bytes"),
    ],
    ids=["empty", "blank-items", "short-key", "not-base64", "colon-in-key", "no-id", "long-id"],
)
def test_a_bad_key_setting_is_refused_with_its_reason(setting: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        FieldCipher.from_setting(setting)


@pytest.mark.parametrize("key_id", ["k", "k" * 255, "鍵"])
def test_key_ids_of_1_to_255_bytes_are_accepted(key_id: str) -> None:
    cipher = FieldCipher.from_setting(f"{key_id}:{KEY}")
    assert cipher.decrypt(cipher.encrypt("1234", CONTEXT), CONTEXT) == "1234"
    assert FieldCipher.key_id_of(cipher.encrypt("1234", CONTEXT)) == key_id


def test_the_active_key_must_be_among_the_keys() -> None:
    with pytest.raises(ValueError, match="^the active key id has no key$"):
        FieldCipher({"k1": b"k" * 32}, "k2")


def _refusal(cipher: FieldCipher, blob: bytes) -> str:
    with pytest.raises(DecryptionError) as raised:
        cipher.decrypt(blob, CONTEXT)
    return str(raised.value)


def test_each_foreign_ciphertext_is_refused_with_its_reason() -> None:
    cipher = FieldCipher.from_setting(f"k1:{KEY}")
    blob = cipher.encrypt("1234", CONTEXT)
    other = FieldContext(table="businesses", column="verification_number", tenant_id=UUID(int=1), row_id=UUID(int=2))  # fmt: skip
    binary = cipher.encrypt_bytes(b"\xff\xfe", CONTEXT)
    assert _refusal(cipher, b"\x09" + blob[1:]) == "unknown ciphertext format"
    assert _refusal(cipher, b"") == "ciphertext does not match any configured key"
    assert _refusal(FieldCipher.from_setting(f"k2:{KEY}"), blob) == (
        "ciphertext does not match any configured key"
    )
    with pytest.raises(DecryptionError, match="^ciphertext does not belong to this field$"):
        cipher.decrypt(blob, other)
    assert _refusal(cipher, binary) == "plaintext is not text"
