"""The schema comes from alembic; models and migrations must agree, and history must reverse."""

from __future__ import annotations

import asyncio
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import create_async_engine

from api.models import Model
from migrations.history_partitions import include_name
from tests.fixtures import migrations
from tests.fixtures.servers import ServerSet


def _diff(connection: Connection) -> list[object]:
    context = MigrationContext.configure(
        connection, opts={"compare_type": True, "include_name": include_name}
    )
    return list(compare_metadata(context, Model.metadata))


async def _autogenerate_diff(url: str) -> list[object]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(_diff)
    finally:
        await engine.dispose()


def test_models_and_migrations_agree(migrated: ServerSet) -> None:
    assert asyncio.run(_autogenerate_diff(migrated.owner_url)) == []


async def _create_scratch_database(servers: ServerSet, name: str) -> None:
    connection = await servers.postgres.superuser_connection()
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await connection.execute(f'CREATE DATABASE "{name}" OWNER "{servers.roles.owner}"')
    finally:
        await connection.close()
    database = await servers.postgres.superuser_connection(name)
    try:
        await database.execute(f'ALTER SCHEMA public OWNER TO "{servers.roles.owner}"')
    finally:
        await database.close()


async def _public_tables(url: str) -> set[str]:
    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            )
            return {row[0] for row in rows}
    finally:
        await engine.dispose()


def test_downgrade_to_base_and_upgrade_to_head(migrated: ServerSet) -> None:
    scratch = "genba_migration_roundtrip"
    asyncio.run(_create_scratch_database(migrated, scratch))
    url = migrated.owner_url.rsplit("/", 1)[0] + f"/{scratch}"
    role = migrated.roles.app

    migrations.upgrade(url, role)
    head_tables = asyncio.run(_public_tables(url))
    assert {"tenants", "users", "branches", "api_keys", "audit_log"} <= head_tables

    migrations.downgrade(url, role)
    assert asyncio.run(_public_tables(url)) == {"alembic_version"}

    migrations.upgrade(url, role)
    assert asyncio.run(_public_tables(url)) == head_tables


def test_migrations_grant_the_app_role_data_access_only(migrated: ServerSet) -> None:
    async def privileges() -> list[Any]:
        connection = await migrated.postgres.superuser_connection(migrated.roles.database)
        try:
            rows: list[Any] = await connection.fetch(
                "SELECT table_name, privilege_type FROM information_schema.role_table_grants "
                "WHERE grantee = $1 ORDER BY 1, 2",
                migrated.roles.app,
            )
            return rows
        finally:
            await connection.close()

    granted = {(row["table_name"], row["privilege_type"]) for row in asyncio.run(privileges())}
    assert ("users", "SELECT") in granted
    assert ("users", "TRUNCATE") not in granted
    # The audit log is append-only for the application.
    assert ("audit_log", "INSERT") in granted
    assert ("audit_log", "UPDATE") not in granted
    assert ("audit_log", "DELETE") not in granted
