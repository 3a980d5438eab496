from __future__ import annotations

from uuid import UUID

from api.audit.service import diff
from api.models.user import UserRole


def test_diff_lists_changed_fields_only_and_masks_secrets() -> None:
    before = {"name": "旧", "role": UserRole.staff, "pin": "1234", "same": 1}
    after = {"name": "新", "role": UserRole.admin, "pin": "5678", "same": 1}
    assert diff(before, after, secret_fields={"pin"}) == {
        "name": ["旧", "新"],
        "pin": ["****", "****"],
        "role": ["staff", "admin"],
    }


def test_diff_records_creation_and_deletion() -> None:
    branch_id = UUID(int=1)
    assert diff({}, {"ids": [branch_id], "pin": None}, secret_fields={"pin"}) == {
        "ids": [None, [str(branch_id)]]
    }
    assert diff({"pin": "1"}, {}, secret_fields={"pin"}) == {"pin": ["****", None]}
