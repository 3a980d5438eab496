"""Requests that call CCUS — 確認 of one ID-check row, 現場登録 — hold no transaction open during
the call (as the worker's checks do): a slow CCUS never keeps a connection, a lock or a snapshot
of the request's unit of work for its duration."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest_asyncio
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.http_gateway import HttpCcusGateway
from api.ccus.wire import EntityKind, SiteRegistered, VerifyResult
from api.config import Settings
from api.db import SessionMaker
from tests.ccus.world import OKACHIMACHI, linked_world, sealed
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
)


class Probe(HttpCcusGateway):
    """The real gateway, noting which of the request's sessions held a transaction while CCUS
    was being asked."""

    def __init__(self, client: Any, settings: Settings, sessions: list[AsyncSession]) -> None:
        super().__init__(client, settings)
        self.sessions = sessions
        self.during_calls: list[list[bool]] = []

    async def verify(
        self, kind: EntityKind, ccus_id: str, verification_number: str | None
    ) -> VerifyResult:
        self.during_calls.append([session.in_transaction() for session in self.sessions])
        return await super().verify(kind, ccus_id, verification_number)

    async def register_site(self, key: str, data: dict[str, Any]) -> SiteRegistered:
        self.during_calls.append([session.in_transaction() for session in self.sessions])
        return await super().register_site(key, data)


@pytest_asyncio.fixture(loop_scope="session")
async def probe(
    app: FastAPI, ccus_settings: Settings, sessionmaker: SessionMaker
) -> AsyncIterator[Probe]:
    sessions: list[AsyncSession] = []

    def tracked() -> AsyncSession:
        session = sessionmaker()
        sessions.append(session)
        return session

    app.state.sessionmaker = tracked
    client = HttpCcusGateway.client_for(ccus_settings)
    probe = Probe(client, ccus_settings, sessions)
    app.state.ccus = probe
    yield probe
    await client.aclose()


async def test_checking_one_row_holds_no_transaction_while_ccus_answers(
    client: AsyncClient, session: AsyncSession, ccus_settings: Settings, probe: Probe
) -> None:
    world = await linked_world(session, ccus_settings)
    okachimachi = await create_business(session, world.tenant, ccus_business_id=OKACHIMACHI)
    okachimachi.verification_number_encrypted = sealed(
        ccus_settings, "9999", "businesses", okachimachi
    )
    await session.flush()
    headers = bearer(ccus_settings, await create_user(session, world.tenant))

    path = f"/api/v1/ccus/id-checks/businesses/{okachimachi.id}"
    failed = await client.post(path, headers=headers)
    fixed = await client.patch(
        f"/api/v1/businesses/{okachimachi.id}",
        json={"verification_number": "5214"},
        headers=headers,
    )
    assert fixed.status_code == 200, fixed.text
    passed = await client.post(path, headers=headers)

    # The answers were written after the call, in a transaction of their own.
    assert (failed.json()["result"], failed.json()["error_code"]) == ("failed", "DATF0001E")
    assert (passed.json()["result"], passed.json()["error_code"]) == ("ok", None)
    # One session per request (確認, the edit, 確認): the one asking CCUS had authenticated and
    # read the row, and held no transaction while CCUS answered.
    assert probe.during_calls == [[False], [False, False, False]]


async def test_registering_a_site_holds_no_transaction_while_ccus_answers(
    client: AsyncClient, session: AsyncSession, ccus_settings: Settings, probe: Probe
) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant, name="横浜市緑区AWビル新築工事", city="横浜市緑区")
    headers = bearer(ccus_settings, await create_user(session, tenant))

    registered = await client.post(f"/api/v1/sites/{site.id}/ccus/register", headers=headers)

    assert registered.status_code == 200, registered.text
    assert len(registered.json()["ccus_site_id"]) == 14
    assert probe.during_calls == [[False]]
