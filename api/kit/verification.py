"""Rules for 本人確認番号 shared by businesses and workers."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from api.config import Settings
from api.errors import FieldError, field_error
from api.kit.crypto import FieldCipher, FieldContext
from api.logs import MASK


def check_length(
    value: str | None, settings: Settings, loc: Sequence[str | int]
) -> FieldError | None:
    low, high = settings.verification_number_min_digits, settings.verification_number_max_digits
    if value is None or low <= len(value) <= high:
        return None
    return field_error(loc, "verification_number.length", f"must be {low}–{high} digits")


def seal(cipher: FieldCipher, value: str, *, table: str, tenant_id: UUID, row_id: UUID) -> bytes:
    return cipher.encrypt(
        value,
        FieldContext(table=table, column="verification_number", tenant_id=tenant_id, row_id=row_id),
    )


def unseal(cipher: FieldCipher, blob: bytes, *, table: str, tenant_id: UUID, row_id: UUID) -> str:
    return cipher.decrypt(
        blob,
        FieldContext(table=table, column="verification_number", tenant_id=tenant_id, row_id=row_id),
    )


def masked(blob: bytes | None) -> str | None:
    return MASK if blob is not None else None
