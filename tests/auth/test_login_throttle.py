"""Failed logins are limited per account and address, per account and per address, and none of
the limits lets one client lock another out."""

from __future__ import annotations

from collections.abc import AsyncIterator
from uuid import uuid4

import httpx
import pytest_asyncio
from arq.connections import ArqRedis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from api.config import Settings
from api.db import SessionMaker
from tests.fixtures.app import harness_app
from tests.fixtures.factories import PASSWORD, create_tenant, create_user

LIMITS = {
    "login_max_failures": 3,
    "login_max_failures_per_account": 5,
    "login_max_failures_per_ip": 6,
}


def _app_client(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
    **overrides: object,
) -> httpx.AsyncClient:
    app = harness_app(
        settings.model_copy(update={**LIMITS, **overrides}), engine, sessionmaker, redis
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://genba.test")


@pytest_asyncio.fixture(loop_scope="session")
async def behind_proxy(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
    session: AsyncSession,
) -> AsyncIterator[httpx.AsyncClient]:
    """The app behind a trusted proxy on loopback, so each request names its client."""
    async with _app_client(
        settings, engine, sessionmaker, redis, trusted_proxies="127.0.0.1"
    ) as client:
        yield client


async def _login(client: httpx.AsyncClient, email: str, password: str, ip: str) -> int:
    response = await client.post(
        "/api/v1/auth/token",
        data={"username": email, "password": password},
        headers={"X-Forwarded-For": ip},
    )
    if response.status_code == 429:
        assert response.json()["code"] == "auth.too_many_attempts"
        assert int(response.headers["retry-after"]) > 0
    return response.status_code


async def test_a_spray_of_unknown_emails_does_not_block_a_real_login_from_that_address(
    behind_proxy: httpx.AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session, await create_tenant(session))
    answers = [
        await _login(behind_proxy, f"{uuid4().hex}@example.com", "guess", "203.0.113.7")
        for _ in range(LIMITS["login_max_failures_per_ip"] + 2)
    ]
    # The spray is refused once past the address's limit ...
    assert answers[: LIMITS["login_max_failures_per_ip"]] == [401] * 6
    assert answers[-1] == 429
    assert await _login(behind_proxy, user.email, "wrong", "203.0.113.7") == 429
    # ... yet a correct password from the same address (one office behind NAT) logs in.
    assert await _login(behind_proxy, user.email, PASSWORD, "203.0.113.7") == 200


async def test_guessing_one_account_from_one_address_locks_only_that_pair(
    behind_proxy: httpx.AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session, await create_tenant(session))
    for _ in range(LIMITS["login_max_failures"]):
        assert await _login(behind_proxy, user.email, "wrong", "198.51.100.1") == 401
    # The guesser is stopped before the password is even checked ...
    assert await _login(behind_proxy, user.email, PASSWORD, "198.51.100.1") == 429
    # ... and the owner, elsewhere, is not locked out.
    assert await _login(behind_proxy, user.email, PASSWORD, "198.51.100.2") == 200


async def test_a_distributed_guess_blocks_the_account_except_where_its_owner_logs_in(
    behind_proxy: httpx.AsyncClient, session: AsyncSession
) -> None:
    user = await create_user(session, await create_tenant(session))
    assert await _login(behind_proxy, user.email, PASSWORD, "192.0.2.10") == 200
    for index in range(LIMITS["login_max_failures_per_account"]):
        assert await _login(behind_proxy, user.email, "wrong", f"198.18.0.{index}") == 401
    assert await _login(behind_proxy, user.email, PASSWORD, "198.18.1.1") == 429
    assert await _login(behind_proxy, user.email, PASSWORD, "192.0.2.10") == 200


async def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(
    settings: Settings,
    engine: AsyncEngine,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
    session: AsyncSession,
) -> None:
    user = await create_user(session, await create_tenant(session))
    async with _app_client(settings, engine, sessionmaker, redis) as direct:
        # A client inventing a new address for each guess is still one address: the pair's
        # limit holds.
        for index in range(LIMITS["login_max_failures"]):
            assert await _login(direct, user.email, "wrong", f"10.9.8.{index}") == 401
        assert await _login(direct, user.email, PASSWORD, "10.9.9.9") == 429
    async with _app_client(
        settings, engine, sessionmaker, redis, trusted_proxies="10.0.0.0/8"
    ) as other_proxy:
        # Loopback is not in this list either: the header is ignored again.
        assert await _login(other_proxy, user.email, PASSWORD, "10.9.9.9") == 429
