"""What 現場一覧's CSV reads: the filtered sites with their branch and staff names."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import Row, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.models.branch import Branch
from api.models.master import Prefecture
from api.models.site import Site
from api.models.site_staff import SiteStaff
from api.models.user import User
from api.sites.filters import SiteFilters
from api.sites.repository import SiteRepository

ExportRow = Row[Site, str, str | None]


async def export_rows(
    session: AsyncSession, subject: AuthSubject, filters: SiteFilters
) -> Sequence[ExportRow]:
    """Every matching site (a tenant's sites number in the thousands at most) with its branch
    and prefecture names; read before the response starts, since the request's transaction
    ends there."""
    statement = (
        SiteRepository(session)
        .filtered(subject, filters)
        .add_columns(Branch.name, Prefecture.name)
        .join(Branch, (Branch.tenant_id == Site.tenant_id) & (Branch.id == Site.branch_id))
        .outerjoin(Prefecture, Prefecture.code == Site.prefecture_code)
    )
    return (await session.execute(statement)).all()


async def staff_names(
    session: AsyncSession, tenant_id: UUID, site_ids: list[UUID]
) -> dict[UUID, list[str]]:
    statement = (
        select(SiteStaff.site_id, User.name)
        .join(User, (User.tenant_id == SiteStaff.tenant_id) & (User.id == SiteStaff.user_id))
        .where(SiteStaff.tenant_id == tenant_id, SiteStaff.site_id.in_(site_ids))
        .order_by(User.name)
    )
    names: dict[UUID, list[str]] = defaultdict(list)
    for site_id, name in (await session.execute(statement)).all():
        names[site_id].append(name)
    return names
