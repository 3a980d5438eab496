"""A tenant with a row behind every id the API accepts in a path, for the leak checks."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import set_tenant
from api.models.tenant import Tenant
from tests.fixtures.factories import populate_tenant

# Path parameter → the table whose first row of the tenant fills it.
PATH_TABLES = {
    "api_key_id": "api_keys",
    "branch_id": "branches",
    "business_id": "businesses",
    "delivery_id": "webhook_deliveries",
    "endpoint_id": "webhook_endpoints",
    "import_id": "import_jobs",
    "occupation_id": "occupations",
    "outbox_id": "ccus_outbox",
    "session_id": "user_sessions",
    "permit_id": "business_permits",
    "site_id": "sites",
    # A query filter, not a path: 現場一覧 by 現場担当者.
    "staff_user_id": "users",
    "user_id": "users",
    "work_day_id": "work_days",
    "worker_id": "workers",
}
TABLE_PARAMS = {"sites": "site_id", "businesses": "business_id", "workers": "worker_id"}


async def victim_ids(session: AsyncSession, settings: Settings, tenant: Tenant) -> dict[str, UUID]:
    await populate_tenant(session, settings, tenant)
    await set_tenant(session, tenant.id)
    ids: dict[str, UUID] = {}
    for param, table in PATH_TABLES.items():
        row = await session.execute(
            text(f"SELECT id FROM {table} WHERE tenant_id = :t LIMIT 1"), {"t": tenant.id}
        )
        ids[param] = row.scalar_one()
    return ids
