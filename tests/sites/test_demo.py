from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.service import subject_for_user
from api.auth.subject import AuthSubject
from api.db import set_tenant
from api.demo.data import demo_data
from api.demo.registry import DemoDataInvalid
from api.demo.sites import load_sites
from api.models.branch import Branch
from api.models.ccus_status import CcusStatus
from api.models.site import Site, StructureMode
from tests.fixtures.factories import create_tenant, create_user


async def _demo_branches_and_admin(session: AsyncSession) -> tuple[AuthSubject, dict[str, Branch]]:
    tenant = await create_tenant(session)
    await set_tenant(session, tenant.id)
    branches = {
        code: Branch(tenant_id=tenant.id, code=code, name=name)
        for code, name in (("KNG", "神奈川支店"), ("TKO", "高岡支店"))
    }
    session.add_all(branches.values())
    await session.flush()
    return subject_for_user(await create_user(session, tenant)), branches


async def _sites(session: AsyncSession, subject: AuthSubject) -> dict[str, Site]:
    rows = await session.execute(select(Site).where(Site.tenant_id == subject.tenant_id))
    return {site.code: site for site in rows.scalars()}


async def test_demo_sites_load_with_the_seed_values_and_only_once(session: AsyncSession) -> None:
    subject, branches = await _demo_branches_and_admin(session)
    demo_sites = demo_data()["sites"]

    assert await load_sites(session, subject, demo_sites) == len(demo_sites)
    assert await load_sites(session, subject, demo_sites) == 0
    count = select(func.count()).select_from(Site).where(Site.tenant_id == subject.tenant_id)
    assert (await session.execute(count)).scalar_one() == len(demo_sites)

    sites = await _sites(session, subject)
    takebashi = sites["S23_398"]
    assert (takebashi.prefecture_code, takebashi.period_start, takebashi.period_end) == (
        "13",
        date(2023, 3, 15),
        date(2024, 12, 31),
    )
    assert (takebashi.ccus_site_id, takebashi.ccus_status) == ("64453148416971", CcusStatus.pending)
    assert sites["R06-OISO"].prefecture_code == "14"
    assert (
        sites["230007K_mizumoto"].work_location_memo,
        sites["230007K_mizumoto"].work_locations,
    ) == (
        True,
        ["A棟", "B棟"],
    )
    misaki = sites["230001D_mizumoto"]
    assert (misaki.branch_id, misaki.structure_mode, misaki.ccus_status) == (
        branches["TKO"].id,
        StructureMode.ccus,
        CcusStatus.not_linked,
    )


async def test_demo_sites_that_break_a_rule_are_refused(session: AsyncSession) -> None:
    subject, _ = await _demo_branches_and_admin(session)
    reversed_period = {
        "branch": "KNG",
        "code": "BROKEN",
        "name": "期間逆転現場",
        "city": "千代田区",
        "period_start": "2024-02-01",
        "period_end": "2024-01-31",
    }
    with pytest.raises(DemoDataInvalid, match="site.period_order"):
        await load_sites(session, subject, [reversed_period])
    with pytest.raises(DemoDataInvalid, match="no branch with code NAH"):
        await load_sites(session, subject, [{**reversed_period, "branch": "NAH"}])
    assert await _sites(session, subject) == {}
