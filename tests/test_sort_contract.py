"""Every list's `sort` parameter: the spec enumerates exactly the values the server accepts —
each enumerated value answers 200, and the allow-list a refused value names is the enum's."""

from __future__ import annotations

import json
from typing import Any

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.openapi import current_document
from tests.fixtures.factories import bearer, create_tenant, create_user


def _sorted_reads() -> dict[str, list[str]]:
    document: dict[str, Any] = json.loads(current_document())
    return {
        path: parameter["schema"]["enum"]
        for path, item in document["paths"].items()
        for parameter in item.get("get", {}).get("parameters", [])
        if parameter["name"] == "sort"
    }


def test_every_sort_parameter_is_enumerated() -> None:
    reads = _sorted_reads()
    assert len(reads) >= 7, reads
    for path, values in reads.items():
        names = [value for value in values if not value.startswith("-")]
        assert sorted(values) == sorted([*names, *(f"-{name}" for name in names)]), path


async def test_the_enum_is_what_the_server_accepts(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    headers = bearer(settings, await create_user(session, await create_tenant(session)))
    for path, values in _sorted_reads().items():
        for value in values:
            answer = await client.get(path, params={"sort": value}, headers=headers)
            assert answer.status_code == 200, (path, value, answer.text)
        refused = await client.get(path, params={"sort": "tenant_id"}, headers=headers)
        assert refused.status_code == 422, (path, refused.text)
        (error,) = refused.json()["errors"]
        assert error["code"] == "sort.unknown_field"
        accepted = error["message"].removeprefix("one of: ").split(", ")
        assert sorted(accepted) == sorted(v for v in values if not v.startswith("-")), path
