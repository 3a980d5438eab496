"""The CCUS pipeline: claim due outbox rows, send them tenant by tenant, collect results,
and recover what a dead worker left behind. Redis only wakes this up; every step can be re-run
from the database alone, so losing Redis or a worker loses nothing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from uuid import UUID

import structlog

from api.ccus import claims
from api.ccus.claims import Claimed
from api.ccus.gateway import CcusError, CcusGateway
from api.ccus.policy import in_maintenance
from api.ccus.results import collect
from api.ccus.senders import send_entities, send_structure, send_work_days
from api.config import Settings
from api.db import SessionMaker, set_tenant, unit_of_work
from api.kit.crypto import cipher_from_setting
from api.kit.jobs import JobSink, enqueue_after_commit
from api.models.ccus_outbox import OutboxKind

log = structlog.get_logger(__name__)

COLLECT_TASK = "ccus.collect"


@dataclass
class Round:
    claimed: int = 0
    submissions: list[float] = field(default_factory=list)


class Dispatcher:
    def __init__(
        self,
        sessionmaker: SessionMaker,
        gateway: CcusGateway,
        settings: Settings,
        jobs: JobSink,
    ) -> None:
        self.cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
        self.sessionmaker = sessionmaker
        self.gateway = gateway
        self.settings = settings
        self.jobs = jobs

    async def dispatch(self, max_rounds: int = 100) -> int:
        """Send everything due, a batch at a time; answers how many rows were claimed."""
        total = 0
        for _ in range(max_rounds):
            handled = await self.dispatch_once()
            total += handled
            if handled == 0:
                break
        return total

    async def dispatch_once(self) -> int:
        now = datetime.now(UTC)
        if in_maintenance(now, self.settings):
            return 0
        async with unit_of_work(self.sessionmaker, None) as session:
            claimed = await claims.claim_due(session, now, self.settings.ccus_batch_size)
        groups: dict[tuple[UUID, OutboxKind], list[Claimed]] = defaultdict(list)
        for row in claimed:
            groups[(row.tenant_id, row.kind)].append(row)
        for (tenant_id, kind), rows in groups.items():
            await self._send_group(tenant_id, kind, rows)
        return len(claimed)

    async def _send_group(self, tenant_id: UUID, kind: OutboxKind, rows: Sequence[Claimed]) -> None:
        try:
            # With the sink: results are collected, and days an entity's ○ releases are sent,
            # right after this commit.
            async with unit_of_work(self.sessionmaker, self.jobs) as session:
                await set_tenant(session, tenant_id)
                if kind is OutboxKind.work_day:
                    delay = await send_work_days(
                        session, self.gateway, self.settings, tenant_id, rows
                    )
                    if delay is not None:
                        enqueue_after_commit(session, COLLECT_TASK, defer_seconds=max(delay, 0.1))
                elif kind is OutboxKind.structure:
                    for row in rows:
                        await send_structure(session, self.gateway, self.settings, tenant_id, row)
                else:
                    await send_entities(
                        session, self.gateway, self.settings, self.cipher, kind, rows
                    )
        except Exception:
            # Whatever went wrong, the rows go back to the queue at once (same keys, so nothing
            # CCUS already took is taken twice) instead of waiting for the stranded-row sweep.
            log.exception(
                "ccus_send_failed", tenant_id=str(tenant_id), kind=kind.value, rows=len(rows)
            )
            async with unit_of_work(self.sessionmaker, None) as session:
                await claims.as_dispatcher(session)
                retry = datetime.now(UTC) + timedelta(seconds=30)
                await claims.reschedule(
                    session,
                    [row.id for row in rows],
                    retry,
                    "GENB9999E",
                    "送信中に予期しないエラーが発生しました。",
                )

    async def collect(self) -> int:
        """Write back the results of every submission CCUS has finished; answers how many."""
        async with unit_of_work(self.sessionmaker, None) as session:
            pending = await claims.awaiting_submissions(session, datetime.now(UTC))
        done = 0
        for tenant_id, submission_id in pending:
            done += await self.collect_submission(tenant_id, submission_id)
        return done

    async def collect_submission(self, tenant_id: UUID, submission_id: str) -> bool:
        """One tenant's submission, in a transaction scoped to that tenant."""
        try:
            async with unit_of_work(self.sessionmaker, None) as session:
                await set_tenant(session, tenant_id)
                return await collect(session, self.gateway, tenant_id, submission_id)
        except CcusError as error:
            log.info("ccus_collect_deferred", submission_id=submission_id, code=error.code)
            return False

    async def recover_stranded(self) -> int:
        before = datetime.now(UTC) - timedelta(seconds=self.settings.ccus_sending_stale_seconds)
        async with unit_of_work(self.sessionmaker, None) as session:
            ids = await claims.stranded_sending(session, before)
            await claims.reschedule(
                session, ids, datetime.now(UTC), "GENB9998E", "送信が中断されたため再送します。"
            )
        if ids:
            log.warning("ccus_stranded_rows_requeued", rows=len(ids))
        return len(ids)
