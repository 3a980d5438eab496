from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import (
    bearer,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)


@pytest.fixture
async def world(session: AsyncSession, settings: Settings) -> dict[str, Any]:
    """A tenant with a site, a worker and a user's headers: what the date paths need."""
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    worker = await create_worker(session, tenant, await create_business(session, tenant))
    return {
        "tenant": tenant,
        "site": site,
        "worker": worker,
        "headers": bearer(settings, await create_user(session, tenant)),
    }
