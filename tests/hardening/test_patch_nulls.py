"""PATCH semantics, for every PATCH operation in the contract: `null` on a field the spec shows
as not nullable is a 422 field error (`missing`) and changes nothing; on a nullable one it is
never a server error. A new PATCH operation fails here until it is given a row to patch."""

from __future__ import annotations

import json
from typing import Any

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.attendance import WorkDay
from api.models.branch import Branch
from api.models.business import Business
from api.models.master import Occupation
from api.models.site import Site
from api.models.structure import SiteBusiness, SiteWorker
from api.models.user import User, UserRole
from api.models.webhook import WebhookEndpoint
from api.models.worker import Worker
from api.openapi import current_document
from tests.fixtures.factories import bearer, create_tenant, create_user, populate_tenant


def _patch_bodies() -> dict[str, dict[str, Any]]:
    document = json.loads(current_document())
    components = document["components"]["schemas"]
    bodies = {}
    for path, item in document["paths"].items():
        if "patch" in item:
            reference = item["patch"]["requestBody"]["content"]["application/json"]["schema"]
            bodies[path] = components[reference["$ref"].rsplit("/", 1)[-1]]
    return bodies


def _nullable(prop: dict[str, Any]) -> bool:
    return any(branch.get("type") == "null" for branch in prop.get("anyOf", []))


async def _urls(session: AsyncSession, tenant_id: Any) -> dict[str, str]:
    async def first(*columns: Any) -> Any:
        model = columns[0].class_
        row = (await session.execute(select(*columns).where(model.tenant_id == tenant_id))).first()
        assert row is not None, model
        return row

    user_id = await session.scalar(
        select(User.id).where(User.tenant_id == tenant_id, User.role == UserRole.staff)
    )
    structure = await first(SiteBusiness.site_id, SiteBusiness.business_id)
    site_worker = await first(SiteWorker.site_id, SiteWorker.worker_id)
    return {
        "/api/v1/users/{user_id}": f"/api/v1/users/{user_id}",
        "/api/v1/branches/{branch_id}": f"/api/v1/branches/{(await first(Branch.id))[0]}",
        "/api/v1/masters/occupations/{occupation_id}": (
            f"/api/v1/masters/occupations/{(await first(Occupation.id))[0]}"
        ),
        "/api/v1/businesses/{business_id}": f"/api/v1/businesses/{(await first(Business.id))[0]}",
        "/api/v1/workers/{worker_id}": f"/api/v1/workers/{(await first(Worker.id))[0]}",
        "/api/v1/sites/{site_id}": f"/api/v1/sites/{(await first(Site.id))[0]}",
        "/api/v1/sites/{site_id}/structure/{business_id}": (
            f"/api/v1/sites/{structure[0]}/structure/{structure[1]}"
        ),
        "/api/v1/sites/{site_id}/workers/{worker_id}": (
            f"/api/v1/sites/{site_worker[0]}/workers/{site_worker[1]}"
        ),
        "/api/v1/attendance/{work_day_id}": f"/api/v1/attendance/{(await first(WorkDay.id))[0]}",
        "/api/v1/webhooks/endpoints/{endpoint_id}": (
            f"/api/v1/webhooks/endpoints/{(await first(WebhookEndpoint.id))[0]}"
        ),
    }


async def test_null_only_where_the_spec_says_a_field_can_be_cleared(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    await populate_tenant(session, settings, tenant)
    admin = bearer(settings, await create_user(session, tenant))
    urls = await _urls(session, tenant.id)
    bodies = _patch_bodies()
    assert set(bodies) == set(urls), "give each PATCH operation a row to patch"
    refused = []
    for path, schema in bodies.items():
        for name, prop in schema["properties"].items():
            response = await client.patch(urls[path], json={name: None}, headers=admin)
            assert response.status_code < 500, (path, name, response.text)
            if _nullable(prop):
                continue
            refused.append((path, name))
            assert response.status_code == 422, (path, name, response.text)
            assert response.headers["content-type"] == "application/problem+json"
            body = response.json()
            assert body["code"] == "request.validation"
            assert [(e["loc"], e["code"]) for e in body["errors"]] == [(["body", name], "missing")]
    # The examples, among the rest.
    structure = "/api/v1/sites/{site_id}/structure/{business_id}"
    assert {(structure, "consent"), (structure, "insurance"), (structure, "display_order")} <= set(
        refused
    )
