"""The CCUS pipeline: claim due outbox rows, send them tenant by tenant, collect results,
and recover what a dead worker left behind. Redis only wakes this up; every step can be re-run
from the database alone, so losing Redis or a worker loses nothing.

Each step spans several units of work (the claim across tenants, then one per tenant and kind),
so it takes its dependencies, not a session."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from uuid import UUID

import structlog

from api.ccus.gateway import CcusError, CcusGateway
from api.ccus.policy import in_maintenance
from api.ccus.repositories import Claimed, OutboxRepository
from api.ccus.senders import collect_results, send_entities, send_structure, send_work_days
from api.ccus.wakeups import COLLECT_TASK
from api.config import Settings
from api.db import SessionMaker, set_tenant, unit_of_work
from api.kit.crypto import FieldCipher, cipher_from_setting
from api.kit.jobs import JobSink, enqueue_after_commit
from api.models.ccus_outbox import OutboxKind

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Pipeline:
    sessionmaker: SessionMaker
    gateway: CcusGateway
    settings: Settings
    # Where the wake-ups asked for while sending go, after each commit.
    jobs: JobSink
    cipher: FieldCipher = field(repr=False)


def pipeline(
    sessionmaker: SessionMaker, gateway: CcusGateway, settings: Settings, jobs: JobSink
) -> Pipeline:
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    return Pipeline(sessionmaker, gateway, settings, jobs, cipher)


async def dispatch(deps: Pipeline, max_rounds: int = 100) -> int:
    """Send everything due, a batch at a time; answers how many rows were claimed."""
    total = 0
    for _ in range(max_rounds):
        handled = await dispatch_once(deps)
        total += handled
        if handled == 0:
            break
    return total


async def dispatch_once(deps: Pipeline) -> int:
    now = datetime.now(UTC)
    if in_maintenance(now, deps.settings) or deps.gateway.paused:
        return 0
    async with unit_of_work(deps.sessionmaker, None) as session:
        claimed = await OutboxRepository(session).claim_due(now, deps.settings.ccus_batch_size)
    groups: dict[tuple[UUID, OutboxKind], list[Claimed]] = defaultdict(list)
    for row in claimed:
        groups[(row.tenant_id, row.kind)].append(row)
    for (tenant_id, kind), rows in groups.items():
        await _send_group(deps, tenant_id, kind, rows)
    return len(claimed)


async def _send_group(
    deps: Pipeline, tenant_id: UUID, kind: OutboxKind, rows: Sequence[Claimed]
) -> None:
    gateway, settings = deps.gateway, deps.settings
    try:
        # With the sink: results are collected, and days an entity's ○ releases are sent,
        # right after this commit.
        async with unit_of_work(deps.sessionmaker, deps.jobs) as session:
            await set_tenant(session, tenant_id)
            if kind is OutboxKind.work_day:
                delay = await send_work_days(session, gateway, settings, tenant_id, rows)
                if delay is not None:
                    enqueue_after_commit(session, COLLECT_TASK, defer_seconds=max(delay, 0.1))
            elif kind is OutboxKind.structure:
                for row in rows:
                    await send_structure(session, gateway, settings, tenant_id, row)
            else:
                await send_entities(session, gateway, settings, deps.cipher, tenant_id, kind, rows)
    except Exception:
        # Whatever went wrong, the rows go back to the queue at once (same keys, so nothing
        # CCUS already took is taken twice) instead of waiting for the stranded-row sweep.
        log.exception("ccus_send_failed", tenant_id=str(tenant_id), kind=kind.value, rows=len(rows))
        async with unit_of_work(deps.sessionmaker, None) as session:
            await set_tenant(session, tenant_id)
            await OutboxRepository(session).reschedule(
                tenant_id,
                [row.id for row in rows],
                datetime.now(UTC) + timedelta(seconds=30),
                "GENB9999E",
                "送信中に予期しないエラーが発生しました。",
            )


async def collect(deps: Pipeline) -> int:
    """Write back the results of every submission CCUS has finished; answers how many."""
    async with unit_of_work(deps.sessionmaker, None) as session:
        pending = await OutboxRepository(session).awaiting_submissions(datetime.now(UTC))
    done = 0
    for tenant_id, submission_id in pending:
        done += await collect_submission(deps, tenant_id, submission_id)
    return done


async def collect_submission(deps: Pipeline, tenant_id: UUID, submission_id: str) -> int:
    """One tenant's submission, in a transaction scoped to that tenant; answers 1 once written
    back, 0 while CCUS is not done with it."""
    try:
        async with unit_of_work(deps.sessionmaker, None) as session:
            await set_tenant(session, tenant_id)
            return int(await collect_results(session, deps.gateway, tenant_id, submission_id))
    except CcusError as error:
        log.info("ccus_collect_deferred", submission_id=submission_id, code=error.code)
        return 0


async def recover_stranded(deps: Pipeline) -> int:
    before = datetime.now(UTC) - timedelta(seconds=deps.settings.ccus_sending_stale_seconds)
    async with unit_of_work(deps.sessionmaker, None) as session:
        outbox = OutboxRepository(session)
        stranded = await outbox.stranded_sending(before)
        by_tenant: dict[UUID, list[UUID]] = defaultdict(list)
        for tenant_id, row_id in stranded:
            by_tenant[tenant_id].append(row_id)
        for tenant_id, ids in by_tenant.items():
            await outbox.reschedule(
                tenant_id, ids, datetime.now(UTC), "GENB9998E", "送信が中断されたため再送します。"
            )
    if stranded:
        log.warning("ccus_stranded_rows_requeued", rows=len(stranded))
    return len(stranded)
