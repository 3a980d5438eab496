"""`python -m api.demo`: load the demo tenant and print how to log in."""

from __future__ import annotations

import asyncio

from arq.connections import ArqRedis

from api.config import get_settings
from api.db import create_engine, create_sessionmaker, unit_of_work
from api.demo.data import DEMO_ADMIN_EMAIL, demo_admin_password
from api.demo.loader import load_demo
from api.kit.crypto import cipher_from_setting


async def main() -> None:
    settings = get_settings()
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    engine = create_engine(settings, application_name="genba-demo")
    # The demo's work days ask for CCUS sends: the worker gets the wake-up like any change.
    jobs = ArqRedis.from_url(settings.redis_url)
    try:
        async with unit_of_work(create_sessionmaker(engine), jobs) as session:
            summary = await load_demo(session, settings, cipher)
    finally:
        await jobs.aclose()
        await engine.dispose()
    state = "created" if summary.created else "already present; kept as it is"
    print(
        f"demo tenant {state}: {summary.branches} branches, {summary.users} users; "
        f"added {summary.businesses_added} businesses, {summary.workers_added} workers, "
        f"{summary.sites_added} sites, {summary.work_days_added} work days"
    )
    print(f"demo login: {DEMO_ADMIN_EMAIL} / {demo_admin_password()}")


if __name__ == "__main__":
    asyncio.run(main())
