"""Two requests at once: the second one's write meets a row the first committed after the second
had checked (a code saved twice, a business deleted while a site is added to its branch, a site
deleted while it is edited). Each race is replayed in one transaction by letting the check pass
as it did in the race; the answer is the one the check gives, or a 409, never a 500, and the
refused request wrote nothing."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from api.branches.repository import BranchRepository
from api.config import Settings
from api.models.site import Site
from api.sites import update as site_update
from api.sites.reading import get_site
from api.sites.repository import SiteRepository
from tests.fixtures.factories import bearer, create_branch, create_site, create_tenant, create_user


async def _world(session: AsyncSession, settings: Settings) -> dict[str, Any]:
    tenant = await create_tenant(session)
    branch = await create_branch(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    return {"tenant": tenant, "branch": branch, "headers": headers}


async def _sites(session: AsyncSession, tenant_id: uuid.UUID) -> int:
    statement = select(func.count()).select_from(Site).where(Site.tenant_id == tenant_id)
    return int((await session.execute(statement)).scalar_one())


async def test_a_code_saved_twice_at_once_answers_as_the_check_does(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = await _world(session, settings)
    taken = await create_site(session, world["tenant"], world["branch"])

    async def not_yet_committed(*args: Any, **kwargs: Any) -> set[str]:
        return set()

    monkeypatch.setattr(SiteRepository, "taken_codes", not_yet_committed)
    body = {"branch_id": str(world["branch"].id), "code": taken.code, "name": "同時", "city": "区"}
    response = await client.post("/api/v1/sites", json=body, headers=world["headers"])
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"] == [
        {
            "loc": ["body", "code"],
            "code": "site.code_taken",
            "message": "Another site uses this code",
        }
    ]
    assert await _sites(session, world["tenant"].id) == 1


async def test_a_conflict_error_keeps_its_own_status_and_code(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = await _world(session, settings)

    async def not_yet_committed(*args: Any, **kwargs: Any) -> bool:
        return False

    monkeypatch.setattr(BranchRepository, "code_taken", not_yet_committed)
    body = {"code": world["branch"].code, "name": "同時支店"}
    response = await client.post("/api/v1/branches", json=body, headers=world["headers"])
    assert (response.status_code, response.json()["code"]) == (409, "branch.code_taken")
    assert response.json()["errors"][0]["loc"] == ["body", "code"]


async def test_a_branch_removed_while_a_site_is_added_to_it_is_a_conflict(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = await _world(session, settings)
    gone = uuid.uuid4()  # the branch the check still saw, deleted before the insert

    async def still_there(*args: Any, **kwargs: Any) -> set[uuid.UUID]:
        return {world["branch"].id, gone}

    monkeypatch.setattr(SiteRepository, "assignable_branch_ids", still_there)
    body = {"branch_id": str(gone), "code": "S-RACE", "name": "同時", "city": "千代田区"}
    response = await client.post("/api/v1/sites", json=body, headers=world["headers"])
    assert (response.status_code, response.json()["code"]) == (409, "resource.conflict")
    assert response.headers["content-type"] == "application/problem+json"
    assert await _sites(session, world["tenant"].id) == 0


async def test_a_site_deleted_while_it_is_edited_is_a_conflict(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    world = await _world(session, settings)
    site = await create_site(session, world["tenant"], world["branch"])

    async def read_then_deleted(*args: Any, **kwargs: Any) -> Site:
        found = await get_site(*args, **kwargs)
        await session.execute(text("DELETE FROM sites WHERE id = :id"), {"id": site.id})
        return found

    monkeypatch.setattr(site_update, "get_site", read_then_deleted)
    response = await client.patch(
        f"/api/v1/sites/{site.id}", json={"name": "改名"}, headers=world["headers"]
    )
    assert (response.status_code, response.json()["code"]) == (409, "resource.conflict")
    assert response.headers["content-type"] == "application/problem+json"
