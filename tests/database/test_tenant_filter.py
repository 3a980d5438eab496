"""The service wall between tenants: every tenant repository filters by tenant even with
row-level security out of the way, and another tenant's id answers 404."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

import api.router  # noqa: F401 - imports every repository so the registry is complete
from api.config import Settings
from api.kit.pagination import PageParams
from api.kit.repository import TenantScopedRepository
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_tenant,
    create_user,
    populate_tenant,
)
from tests.fixtures.servers import ServerSet


async def test_service_filter_alone_keeps_tenants_apart(
    migrated: ServerSet, settings: Settings
) -> None:
    """With RLS out of the way (a superuser session), every tenant repository still filters."""
    superuser = create_async_engine(migrated.superuser_url())
    try:
        async with superuser.connect() as connection:
            transaction = await connection.begin()
            admin_session = AsyncSession(bind=connection, join_transaction_mode="create_savepoint")
            mine = await create_tenant(admin_session)
            theirs = await create_tenant(admin_session)
            for tenant in (mine, theirs):
                await populate_tenant(admin_session, settings, tenant)
            assert TenantScopedRepository.registry, "no tenant repositories registered"
            for repository_class in TenantScopedRepository.registry:
                repository = repository_class(admin_session)
                model = repository_class.model
                everyone = (await admin_session.execute(select(model.tenant_id))).scalars().all()
                assert theirs.id in everyone, (
                    f"populate_tenant() makes no {model.__tablename__} row; extend it so the "
                    "check below can catch a leak"
                )
                rows, _ = await repository.paginate(repository.scoped(mine.id), PageParams(1, 200))
                assert rows, f"{repository_class.__name__} found none of the tenant's own rows"
                # Shipped master rows (no tenant) are shared on purpose.
                leaked = [row for row in rows if row.tenant_id not in (mine.id, None)]
                assert leaked == [], f"{repository_class.__name__} leaks another tenant's rows"
            await transaction.rollback()
    finally:
        await superuser.dispose()


async def test_another_tenants_id_answers_404(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    mine, theirs = await create_tenant(session), await create_tenant(session)
    admin = await create_user(session, mine)
    foreign_branch = await create_branch(session, theirs)
    foreign_user = await create_user(session, theirs)

    for path in (f"/api/v1/branches/{foreign_branch.id}", f"/api/v1/users/{foreign_user.id}"):
        response = await client.get(path, headers=bearer(settings, admin))
        assert response.status_code == 404, path
        assert response.headers["content-type"] == "application/problem+json"

    response = await client.patch(
        f"/api/v1/branches/{foreign_branch.id}",
        json={"name": "乗っ取り"},
        headers=bearer(settings, admin),
    )
    assert response.status_code == 404
