"""Engine, sessions, and the unit of work: one transaction per request or job, committed in one
place, with the tenant set for row-level security."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated
from uuid import UUID

from fastapi import Depends, Request
from sqlalchemy import text
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from api.config import Settings
from api.kit.jobs import JobSink, discard_jobs, flush_jobs, refuse_jobs

SessionMaker = async_sessionmaker[AsyncSession]


def create_engine(settings: Settings, *, application_name: str) -> AsyncEngine:
    return create_async_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_pre_ping=True,
        pool_recycle=1800,
        connect_args={
            "server_settings": {
                "application_name": application_name,
                "statement_timeout": str(settings.db_statement_timeout_ms),
                "timezone": "UTC",
                # A generic plan is made once, at a prepared statement's sixth run, and kept: one
                # made while a table was still small scanned it whole on every batch once it
                # had grown. Planning each run costs a fraction of a millisecond.
                "plan_cache_mode": "force_custom_plan",
            },
            "timeout": 10,
        },
    )


def create_sessionmaker(engine: AsyncEngine) -> SessionMaker:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def set_tenant(session: AsyncSession, tenant_id: UUID) -> None:
    """Scope the current transaction to one tenant; RLS policies read this setting."""
    await session.execute(
        text("SELECT set_config('app.tenant_id', :tenant_id, true)"), {"tenant_id": str(tenant_id)}
    )


@asynccontextmanager
async def unit_of_work(
    sessionmaker: SessionMaker, jobs: JobSink | None
) -> AsyncIterator[AsyncSession]:
    """Commit on success, roll back on error; buffered jobs go out only after the commit.
    Without a sink (`jobs=None`: scripts, reads) asking for a job raises instead of losing it."""
    async with sessionmaker() as session:
        if jobs is None:
            refuse_jobs(session)
        try:
            yield session
        except BaseException:
            discard_jobs(session)
            await session.rollback()
            raise
        await session.commit()
        await flush_jobs(session, jobs)


@asynccontextmanager
async def between_transactions(session: AsyncSession, tenant_id: UUID) -> AsyncIterator[None]:
    """A slow call elsewhere (CCUS) inside a request: what the request did so far commits, no
    transaction, lock or connection is held during the call, and what follows runs in a new
    transaction scoped to the tenant again (committed as usual when the request ends)."""
    await session.commit()
    yield
    await set_tenant(session, tenant_id)


async def _request_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with unit_of_work(request.app.state.sessionmaker, request.app.state.arq) as session:
        yield session


# scope="function": commit before the response is sent, so a failed commit is an error response.
SessionDep = Annotated[AsyncSession, Depends(_request_session, scope="function")]
