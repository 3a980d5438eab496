"""A tenant with two linked sites in two branches, two businesses and two workers CCUS does not
know: every day they work is refused, each row naming someone else, for the list filters."""

from __future__ import annotations

from dataclasses import dataclass

from api.ccus import dispatcher
from api.models.branch import Branch
from api.models.business import Business
from api.models.site import Site
from api.models.tenant import Tenant
from api.models.worker import Worker
from tests.attendance.terminal_helpers import event, terminal_headers
from tests.ccus.outbound import Outbound
from tests.ccus.world import COMTEX, OISO, sealed
from tests.fixtures.factories import (
    create_branch,
    create_business,
    create_site,
    create_tenant,
    create_worker,
)

TAKEBASHI, HAMABOWL = "64453148416971", "55000200020001"
# 14 digits CCUS has never issued: their days and structure differences come back DATK0408E.
STRANGER_ONE, STRANGER_TWO = "12304567890001", "12304567890002"


@dataclass
class Crowd:
    tenant: Tenant
    branches: tuple[Branch, Branch]
    sites: tuple[Site, Site]
    businesses: tuple[Business, Business]
    workers: tuple[Worker, Worker]


async def refused_crowd(outbound: Outbound) -> Crowd:
    """One's days: site A on 11-03 and 11-05; two's: site B on 11-04. All sent and answered:
    three work days and two sites' structure refused (each site's names its one worker)."""
    session, settings = outbound.session, outbound.settings
    tenant = await create_tenant(session)
    branches = (await create_branch(session, tenant), await create_branch(session, tenant))
    sites = (
        await create_site(session, tenant, branches[0], ccus_site_id=OISO),
        await create_site(session, tenant, branches[1], ccus_site_id=TAKEBASHI),
    )
    businesses = (
        await create_business(session, tenant, ccus_business_id=COMTEX),
        await create_business(session, tenant, ccus_business_id=HAMABOWL),
    )
    businesses[0].verification_number_encrypted = sealed(
        settings, "1234", "businesses", businesses[0]
    )
    businesses[1].verification_number_encrypted = sealed(
        settings, "0001", "businesses", businesses[1]
    )
    workers = (
        await create_worker(session, tenant, businesses[0], ccus_worker_id=STRANGER_ONE),
        await create_worker(session, tenant, businesses[1], ccus_worker_id=STRANGER_TWO),
    )
    await session.flush()
    gate = await terminal_headers(session, settings, tenant, [site.id for site in sites])
    events = []
    for site, worker, day in (
        (sites[0], workers[0], "2026-11-03"),
        (sites[1], workers[1], "2026-11-04"),
        (sites[0], workers[0], "2026-11-05"),
    ):
        key = f"crowd-{worker.id}-{day}"
        events += [
            event(f"{key}-in", site.id, worker.id, "entry", f"{day} 08:00"),
            event(f"{key}-out", site.id, worker.id, "exit", f"{day} 17:00"),
        ]
    answer = await outbound.client.post(
        "/api/v1/terminal/events", json={"events": events}, headers=gate
    )
    assert answer.json()["accepted"] == 6, answer.text
    await outbound.fold(tenant.id)
    await outbound.due_tenant(tenant)
    deps = outbound.deps()
    await dispatcher.dispatch(deps)
    await dispatcher.collect(deps)
    return Crowd(tenant, branches, sites, businesses, workers)
