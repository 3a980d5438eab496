"""What the site rules (and the demo data) read from the database: branches, prefectures, and
the codes and CCUS IDs other sites already hold."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute

from api.auth.subject import AuthSubject
from api.models.branch import Branch
from api.models.master import Prefecture
from api.models.site import Site


class SiteLookupQueries:
    """Mixed into SiteRepository."""

    session: AsyncSession

    async def assignable_branch_ids(self, subject: AuthSubject) -> set[UUID]:
        statement = select(Branch.id).where(Branch.tenant_id == subject.tenant_id)
        if subject.branch_ids is not None:
            statement = statement.where(Branch.id.in_(subject.branch_ids))
        return set((await self.session.execute(statement)).scalars())

    async def branch_ids_by_code(self, tenant_id: UUID) -> dict[str, UUID]:
        statement = select(Branch.code, Branch.id).where(Branch.tenant_id == tenant_id)
        return dict((await self.session.execute(statement)).all())

    async def prefecture_codes(self) -> set[str]:
        return set((await self.session.execute(select(Prefecture.code))).scalars())

    async def prefecture_codes_by_name(self) -> dict[str, str]:
        statement = select(Prefecture.name, Prefecture.code)
        return dict((await self.session.execute(statement)).all())

    async def codes(self, tenant_id: UUID) -> set[str]:
        statement = select(Site.code).where(Site.tenant_id == tenant_id)
        return set((await self.session.execute(statement)).scalars())

    async def taken_codes(
        self, tenant_id: UUID, codes: Iterable[str | None], *, except_id: UUID | None = None
    ) -> set[str]:
        return await self._taken(Site.code, tenant_id, codes, except_id)

    async def taken_ccus_ids(
        self, tenant_id: UUID, ccus_ids: Iterable[str | None], *, except_id: UUID | None = None
    ) -> set[str]:
        return await self._taken(Site.ccus_site_id, tenant_id, ccus_ids, except_id)

    async def _taken(
        self,
        column: QueryableAttribute[Any],
        tenant_id: UUID,
        values: Iterable[str | None],
        except_id: UUID | None,
    ) -> set[str]:
        wanted = {value for value in values if value}
        if not wanted:
            return set()
        statement = select(column).where(Site.tenant_id == tenant_id, column.in_(wanted))
        if except_id is not None:
            statement = statement.where(Site.id != except_id)
        return set((await self.session.execute(statement)).scalars())
