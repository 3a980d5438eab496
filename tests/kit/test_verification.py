"""本人確認番号: its length bounds come from settings; it is sealed to its row and column, and
shown only as a mask."""

from __future__ import annotations

import base64
from uuid import UUID

import pytest

from api.config import Settings
from api.errors import field_error
from api.kit.crypto import DecryptionError, FieldCipher, FieldContext
from api.kit.verification import check_length, masked, seal, unseal
from api.logs import MASK

TENANT, ROW = UUID(int=1), UUID(int=2)
CIPHER = FieldCipher.from_setting("k1:" + base64.b64encode(b"k" * 32).decode())


@pytest.mark.parametrize(
    ("value", "refused"),
    [(None, False), ("", True), ("12", True), ("123", False), ("12345", False), ("123456", True)],
)
def test_the_length_bounds_come_from_settings(
    plain_settings: Settings, value: str | None, refused: bool
) -> None:
    three_to_five = plain_settings.model_copy(
        update={"verification_number_min_digits": 3, "verification_number_max_digits": 5}
    )
    expected = field_error(["rows", 4, "vn"], "verification_number.length", "must be 3–5 digits")
    assert check_length(value, three_to_five, ["rows", 4, "vn"]) == (expected if refused else None)


def test_a_sealed_number_opens_only_for_its_own_row() -> None:
    blob = seal(CIPHER, "1234", table="workers", tenant_id=TENANT, row_id=ROW)
    assert b"1234" not in blob
    assert unseal(CIPHER, blob, table="workers", tenant_id=TENANT, row_id=ROW) == "1234"
    own = FieldContext(table="workers", column="verification_number", tenant_id=TENANT, row_id=ROW)
    assert CIPHER.decrypt(blob, own) == "1234"
    for table, tenant_id, row_id in [
        ("businesses", TENANT, ROW),
        ("workers", ROW, ROW),
        ("workers", TENANT, TENANT),
    ]:
        with pytest.raises(DecryptionError):
            unseal(CIPHER, blob, table=table, tenant_id=tenant_id, row_id=row_id)


def test_only_whether_a_number_is_stored_is_shown() -> None:
    assert masked(b"sealed") == MASK == "****"
    assert masked(None) is None
