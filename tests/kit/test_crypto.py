from __future__ import annotations

import base64
import os
from uuid import uuid4

import pytest

from api.kit.crypto import DecryptionError, FieldCipher, FieldContext


def _key() -> str:
    return base64.b64encode(os.urandom(32)).decode()


def _context(**overrides: object) -> FieldContext:
    values: dict[str, object] = {
        "table": "workers",
        "column": "verification_number",
        "tenant_id": uuid4(),
        "row_id": uuid4(),
    }
    values.update(overrides)
    return FieldContext(**values)  # type: ignore[arg-type]


def test_round_trip_and_no_plaintext_in_ciphertext() -> None:
    cipher = FieldCipher.from_setting(f"k1:{_key()}")
    context = _context()
    blob = cipher.encrypt("1234", context)
    assert b"1234" not in blob
    assert cipher.decrypt(blob, context) == "1234"
    assert cipher.encrypt("1234", context) != blob  # a fresh nonce every time


def test_ciphertext_is_bound_to_its_row() -> None:
    cipher = FieldCipher.from_setting(f"k1:{_key()}")
    context = _context()
    blob = cipher.encrypt("1234", context)
    for other in (
        FieldContext(context.table, context.column, context.tenant_id, uuid4()),
        FieldContext(context.table, context.column, uuid4(), context.row_id),
        FieldContext("businesses", context.column, context.tenant_id, context.row_id),
    ):
        with pytest.raises(DecryptionError):
            cipher.decrypt(blob, other)
    with pytest.raises(DecryptionError):
        cipher.decrypt(blob[:-1] + bytes([blob[-1] ^ 1]), context)


def test_rotation_new_key_encrypts_old_key_still_decrypts() -> None:
    old_key, new_key = _key(), _key()
    context = _context()
    old_blob = FieldCipher.from_setting(f"old:{old_key}").encrypt("5678", context)
    rotated = FieldCipher.from_setting(f"new:{new_key},old:{old_key}")
    assert rotated.decrypt(old_blob, context) == "5678"
    assert FieldCipher.key_id_of(rotated.encrypt("5678", context)) == "new"
    with pytest.raises(DecryptionError):
        FieldCipher.from_setting(f"new:{new_key}").decrypt(old_blob, context)


@pytest.mark.parametrize(
    "setting", ["", "k1:not-base64!", f"k1:{base64.b64encode(b'short').decode()}"]
)
def test_bad_key_settings_are_refused(setting: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message varies by cause
        FieldCipher.from_setting(setting)
