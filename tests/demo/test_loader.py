from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.demo.data import DEMO_ADMIN_EMAIL, demo_admin_password, demo_data
from api.demo.loader import load_demo
from api.models import Branch, User


async def _counts(session: AsyncSession) -> tuple[int, int]:
    branches = (await session.execute(select(func.count()).select_from(Branch))).scalar_one()
    users = (await session.execute(select(func.count()).select_from(User))).scalar_one()
    return branches, users


async def test_demo_loads_the_seed_values_and_is_idempotent(
    session: AsyncSession, client: AsyncClient
) -> None:
    first = await load_demo(session)
    assert first.created
    after_first = await _counts(session)
    assert after_first == (len(demo_data()["branches"]), len(demo_data()["users"]) + 1)

    second = await load_demo(session)
    assert not second.created
    assert second.tenant_id == first.tenant_id
    assert await _counts(session) == after_first

    names = set((await session.execute(select(Branch.name))).scalars())
    assert {"神奈川支店", "那覇支店", "本社"} <= names

    token = await client.post(
        "/api/v1/auth/token", data={"username": DEMO_ADMIN_EMAIL, "password": demo_admin_password()}
    )
    assert token.status_code == 200
