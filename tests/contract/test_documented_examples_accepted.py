"""The contract's request examples of the registration chain are accepted as documented: a
partner who copies them from /docs, putting real ids where the example shows one, registers a
business, a worker, a site and a terminal key — no rule across fields refuses the example."""

from __future__ import annotations

import json
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.openapi import OPENAPI_PATH
from api.openapi_examples import UUID_EXAMPLE
from tests.fixtures.factories import bearer, create_branch, create_tenant, create_user

PATHS: dict[str, Any] = json.loads(OPENAPI_PATH.read_text())["paths"]


def _example(path: str, ids: dict[str, str]) -> dict[str, Any]:
    example: dict[str, Any] = PATHS[path]["post"]["requestBody"]["content"]["application/json"][
        "example"
    ]
    assert example, path
    text = json.dumps(example)
    for field, real in ids.items():
        # Each id field of the example is the placeholder; the field names which real id goes in.
        text = text.replace(f'"{field}": "{UUID_EXAMPLE}"', f'"{field}": "{real}"')
        text = text.replace(f'"{field}": ["{UUID_EXAMPLE}"]', f'"{field}": ["{real}"]')
    assert UUID_EXAMPLE not in text, f"{path}: an id field the test does not know: {text}"
    return dict(json.loads(text))


async def test_the_registration_examples_are_accepted_as_documented(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    branch = await create_branch(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    occupations = await client.get("/api/v1/masters/occupations", headers=headers)
    occupation = occupations.json()[0]["id"]

    async def post(path: str, **ids: str) -> dict[str, Any]:
        response = await client.post(path, json=_example(path, ids), headers=headers)
        assert response.status_code == 201, (path, response.text)
        return dict(response.json())

    business = await post("/api/v1/businesses", branch_ids=str(branch.id))
    await post("/api/v1/workers", business_id=business["id"], primary_occupation_id=occupation)
    site = await post("/api/v1/sites", branch_id=str(branch.id))
    key = await post("/api/v1/api-keys", site_ids=site["id"])
    assert key["key"].startswith("gk_")
