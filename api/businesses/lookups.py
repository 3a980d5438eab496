"""Loading what the business rules need for one request."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from api.auth.subject import AuthSubject
from api.businesses.repository import BusinessRepository
from api.businesses.rules import BusinessLookups
from api.kit.codes import random_code


async def unused_code(repository: BusinessRepository, tenant_id: UUID) -> str:
    while True:
        code = random_code("B")
        if not await repository.taken_codes(tenant_id, [code]):
            return code


async def lookups_for(
    repository: BusinessRepository,
    subject: AuthSubject,
    *,
    codes: Sequence[str],
    ccus_ids: Sequence[str | None],
    except_id: UUID | None = None,
) -> BusinessLookups:
    return BusinessLookups(
        assignable_branch_ids=await repository.assignable_branch_ids(subject),
        prefecture_codes=await repository.prefecture_codes(),
        taken_codes=await repository.taken_codes(subject.tenant_id, codes, except_id=except_id),
        taken_ccus_ids=await repository.taken_ccus_ids(
            subject.tenant_id, [value for value in ccus_ids if value], except_id=except_id
        ),
        own_company_id=await repository.own_company_id(subject.tenant_id),
    )
