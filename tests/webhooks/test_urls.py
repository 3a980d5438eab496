"""Where deliveries may go: https; plain http only to this machine, and only where allowed."""

from __future__ import annotations

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.webhooks.urls import url_problem
from tests.fixtures.factories import bearer, create_tenant, create_user


@pytest.mark.parametrize(
    ("url", "local_allowed", "refused"),
    [
        ("https://partner.example/hooks", False, False),
        ("https://127.0.0.1:8443/hooks", False, False),
        ("http://127.0.0.1:9000/hooks", True, False),
        ("http://localhost:9000/hooks", True, False),
        ("http://127.0.0.1:9000/hooks", False, True),
        ("http://partner.example/hooks", True, True),
        ("https://user:pass@partner.example/hooks", False, True),
        ("https:///hooks", False, True),
        ("ftp://partner.example/hooks", True, True),
    ],
)
def test_only_https_or_local_http_where_allowed(
    url: str, local_allowed: bool, refused: bool
) -> None:
    assert (url_problem(url, local_allowed) is not None) is refused


async def test_only_https_or_local_http_where_allowed_receives(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    headers = bearer(settings, await create_user(session, await create_tenant(session)))
    body = {"url": "http://partner.example/hooks", "event_types": ["work_day.created"]}
    refused = await client.post("/api/v1/webhooks/endpoints", json=body, headers=headers)
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["code"] == "webhook.url_refused"
    body["url"] = "https://partner.example/hooks"
    created = await client.post("/api/v1/webhooks/endpoints", json=body, headers=headers)
    assert created.status_code == 201
    assert created.json()["secret"].startswith("whsec_")
    patched = await client.patch(
        f"/api/v1/webhooks/endpoints/{created.json()['id']}",
        json={"url": "http://partner.example/other"},
        headers=headers,
    )
    assert patched.json()["errors"][0]["code"] == "webhook.url_refused"
