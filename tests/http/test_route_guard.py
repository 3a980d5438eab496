"""Wrong methods, OPTIONS and loosely written query values, answered from the route table."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.app import create_app
from api.config import Settings
from api.errors import PROBLEM_MEDIA_TYPE
from tests.fixtures.factories import bearer, create_tenant, create_user
from tests.http.spa_build import asgi_client, built_spa

ANY_ID = "00000000-0000-0000-0000-000000000000"


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        # FastAPI keeps one route per method: every method of the path must be named.
        ("DELETE", f"/api/v1/users/{ANY_ID}", "GET, OPTIONS, PATCH"),
        ("PUT", "/api/v1/users", "GET, OPTIONS, POST"),
        # A concrete path wins over a template: bulk is not an id.
        ("PATCH", "/api/v1/attendance/bulk", "OPTIONS, POST"),
        ("DELETE", "/healthz", "GET, OPTIONS"),
    ],
)
async def test_wrong_methods_answer_405_with_every_allowed_method(
    client: AsyncClient, method: str, path: str, allow: str
) -> None:
    response = await client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert response.json()["code"] == "http.method_not_allowed"
    assert response.json()["request_id"] == response.headers["x-request-id"]


async def test_options_lists_the_methods_of_a_path(client: AsyncClient) -> None:
    response = await client.options(f"/api/v1/users/{ANY_ID}")
    assert response.status_code == 204
    assert response.headers["allow"] == "GET, OPTIONS, PATCH"
    assert (await client.options("/api/v1/no-such-thing")).status_code == 404


async def test_api_paths_are_never_the_spas_with_a_build_served(
    settings: Settings, tmp_path: Path
) -> None:
    spa = built_spa(tmp_path / "dist")
    async with asgi_client(create_app(settings.model_copy(update={"spa_dir": str(spa)}))) as client:
        for method in ("GET", "POST", "DELETE", "OPTIONS"):
            response = await client.request(method, "/api/v1/no-such-thing")
            assert response.status_code == 404, method
            assert response.json()["code"] == "http.not_found"
        wrong = await client.post(f"/api/v1/users/{ANY_ID}")
        assert (wrong.status_code, wrong.headers["allow"]) == (405, "GET, OPTIONS, PATCH")
        # Client routes stay the SPA's.
        assert (await client.get("/sites/4b1c/edit")).status_code == 200


@pytest.mark.parametrize(
    ("path", "loc"),
    [
        ("/api/v1/attendance?date_to=0", "date_to"),
        ("/api/v1/attendance?date_from=20260101", "date_from"),
        ("/api/v1/sites?is_visible=1", "is_visible"),
        ("/api/v1/sites?is_visible=yes", "is_visible"),
        ("/api/v1/sites?active_on=1735689600", "active_on"),
        ("/api/v1/businesses?has_ccus_id=0", "has_ccus_id"),
    ],
)
async def test_query_values_are_read_strictly(
    client: AsyncClient, session: AsyncSession, settings: Settings, path: str, loc: str
) -> None:
    admin = await create_user(session, await create_tenant(session))
    response = await client.get(path, headers=bearer(settings, admin))
    assert response.status_code == 422, path
    assert [error["loc"] for error in response.json()["errors"]] == [["query", loc]]


async def test_strict_query_values_are_accepted(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    headers = bearer(settings, await create_user(session, await create_tenant(session)))
    for path in (
        "/api/v1/attendance?date_from=2026-01-01&date_to=2026-01-31",
        "/api/v1/sites?is_visible=false&active_on=2026-04-01",
        "/api/v1/businesses?has_ccus_id=true",
    ):
        assert (await client.get(path, headers=headers)).status_code == 200, path


async def test_body_booleans_and_dates_are_strict(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    admin = await create_user(session, tenant)
    other = await create_user(session, tenant)
    headers = bearer(settings, admin)
    for value in (0, 1, "true", "yes"):
        response = await client.patch(
            f"/api/v1/users/{other.id}", json={"is_active": value}, headers=headers
        )
        assert response.status_code == 422, value
        assert response.json()["errors"][0]["loc"] == ["body", "is_active"]
    for value in (0, 1735689600, "0", "20260101"):
        response = await client.post(
            "/api/v1/sites",
            json={"code": f"S{uuid4().hex[:8]}", "name": "現場", "period_start": value},
            headers=headers,
        )
        assert response.status_code == 422, value
        assert ["body", "period_start"] in [error["loc"] for error in response.json()["errors"]]
    for value in (False, True):
        response = await client.post(
            "/api/v1/branches",
            json={"code": f"B{uuid4().hex[:8]}", "name": "支店", "display_order": value},
            headers=headers,
        )
        assert response.status_code == 422, value
        assert response.json()["errors"][0]["loc"] == ["body", "display_order"]
