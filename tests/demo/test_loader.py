from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.demo.attendance import demo_work_days, recent_working_days
from api.demo.data import DEMO_ADMIN_EMAIL, demo_admin_password, demo_data
from api.demo.loader import load_demo
from api.kit.crypto import cipher_from_setting
from api.models import Branch, User


async def _counts(session: AsyncSession) -> tuple[int, int]:
    branches = (await session.execute(select(func.count()).select_from(Branch))).scalar_one()
    users = (await session.execute(select(func.count()).select_from(User))).scalar_one()
    return branches, users


async def test_demo_loads_the_seed_values_and_is_idempotent(
    session: AsyncSession, client: AsyncClient, settings: Settings
) -> None:
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    first = await load_demo(session, settings, cipher)
    assert first.created
    assert (first.businesses_added, first.workers_added) == (
        len(demo_data()["businesses"]),
        len(demo_data()["workers"]),
    )
    after_first = await _counts(session)
    assert after_first == (len(demo_data()["branches"]), len(demo_data()["users"]) + 1)

    second = await load_demo(session, settings, cipher)
    assert not second.created
    assert (
        second.businesses_added,
        second.workers_added,
        second.sites_added,
        second.work_days_added,
    ) == (0, 0, 0, 0)
    assert first.work_days_added == demo_work_days()
    assert first.sites_added == len(demo_data()["sites"])
    assert second.tenant_id == first.tenant_id
    assert await _counts(session) == after_first

    names = set((await session.execute(select(Branch.name))).scalars())
    assert {"神奈川支店", "那覇支店", "本社"} <= names

    token = await client.post(
        "/api/v1/auth/token", data={"username": DEMO_ADMIN_EMAIL, "password": demo_admin_password()}
    )
    assert token.status_code == 200
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    workers = (await client.get("/api/v1/workers?code=KS64920862", headers=headers)).json()
    assert [(w["family_name"], w["given_name"], w["phones"]) for w in workers["items"]] == [
        ("川越", "十郎", ["09051000010"])
    ]
    business = (await client.get("/api/v1/businesses?code=B0002", headers=headers)).json()
    assert business["items"][0]["name"] == "(株)阿佐ヶ谷鉄筋工業"

    # The demo days sit on the demo sites, with the structure the fold builds from them.
    days = (await client.get("/api/v1/attendance?limit=200", headers=headers)).json()
    assert days["pagination"]["total_count"] == first.work_days_added
    sites = {day["site"]["code"] for day in days["items"]}
    assert sites == {"R06-OISO", "S23_398", "01A"}


def test_demo_days_are_the_weekdays_before_today() -> None:
    from datetime import date

    # 2026-11-25 is a Wednesday: back over the weekend of the 21st and 22nd.
    assert recent_working_days(date(2026, 11, 25), 4) == [
        date(2026, 11, 19),
        date(2026, 11, 20),
        date(2026, 11, 23),
        date(2026, 11, 24),
    ]
