"""Loading what the site rules need for one site."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from api.auth.subject import AuthSubject
from api.sites.repository import SiteRepository
from api.sites.rules import SiteLookups


async def lookups_for(
    repository: SiteRepository,
    subject: AuthSubject,
    state: dict[str, Any],
    *,
    except_id: UUID | None = None,
) -> SiteLookups:
    tenant_id = subject.tenant_id
    return SiteLookups(
        assignable_branch_ids=await repository.assignable_branch_ids(subject),
        prefecture_codes=await repository.prefecture_codes(),
        taken_codes=await repository.taken_codes(
            tenant_id, [state.get("code")], except_id=except_id
        ),
        taken_ccus_ids=await repository.taken_ccus_ids(
            tenant_id, [state.get("ccus_site_id")], except_id=except_id
        ),
    )
