"""Uniqueness among active workers: the database's guard and one worker's phones."""

from __future__ import annotations

from datetime import date

import pytest
from httpx import AsyncClient
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_tenant,
    create_user,
    create_worker,
)
from tests.workers.helpers import kawagoe_body


async def test_the_database_enforces_uniqueness_among_active_workers(session: AsyncSession) -> None:
    """The partial unique indexes are the last word, even if a service check were skipped."""
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    await create_worker(
        session, tenant, business, phones=["09000000001"], ccus_worker_id="11112222333344"
    )
    retired = await create_worker(
        session,
        tenant,
        business,
        phones=["09000000001"],
        ccus_worker_id="11112222333344",
        retired_on=date(2024, 1, 1),
    )
    assert retired.phones[0].active is False
    for duplicate in (
        {"phones": ["09000000001"]},
        {"phones": [], "ccus_worker_id": "11112222333344"},
    ):
        nested = await session.begin_nested()
        with pytest.raises(IntegrityError, match="uq_worker"):
            await create_worker(session, tenant, business, **duplicate)
        await nested.rollback()


async def test_the_same_phone_twice_in_one_worker(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    response = await client.post(
        "/api/v1/workers",
        json=kawagoe_body(business.id, phones=["090-1111-2222", "09011112222"]),
        headers=headers,
    )
    assert response.json()["errors"] == [
        {"loc": ["body", "phones", 1], "code": "worker.phone_duplicate", "message": "Entered twice"}
    ]
