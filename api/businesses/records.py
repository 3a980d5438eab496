"""Building a business's rows from a checked state (shared by the API and the import)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from api.auth.subject import AuthSubject
from api.businesses.audit_state import SECRET
from api.businesses.ccus_link import initial_status
from api.kit.crypto import FieldCipher
from api.kit.ids import uuid7
from api.kit.sealed import seal_into
from api.models.business import Business, BusinessBranch


def branch_rows(
    tenant_id: UUID, business_id: UUID, branch_ids: Iterable[UUID]
) -> list[BusinessBranch]:
    """One row per branch, a branch listed twice counted once."""
    return [
        BusinessBranch(tenant_id=tenant_id, business_id=business_id, branch_id=branch_id)
        for branch_id in dict.fromkeys(branch_ids)
    ]


def new_business(subject: AuthSubject, state: dict[str, Any], cipher: FieldCipher) -> Business:
    """Build a business from a checked state."""
    business_id = uuid7()
    fields = {key: value for key, value in state.items() if key not in {"branch_ids", SECRET}}
    business = Business(
        id=business_id,
        tenant_id=subject.tenant_id,
        ccus_status=initial_status(state.get("ccus_business_id")),
        branch_links=branch_rows(subject.tenant_id, business_id, state["branch_ids"]),
        **fields,
    )
    seal_into(cipher, business, state.get(SECRET))
    return business
