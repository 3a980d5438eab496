"""webhook_events and webhook_deliveries: the outbox written in the change's transaction, and
each delivery's state and log (status code, latency, tries)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.ids import uuid7
from api.kit.pagination import PageParams
from api.models.webhook import DeliveryStatus, WebhookDelivery, WebhookEvent

# Due deliveries, leased in one statement: a worker killed mid-call leaves them due again when
# the lease runs out. SKIP LOCKED keeps two workers from taking the same delivery.
_CLAIM = text(
    """
    UPDATE webhook_deliveries AS d
    SET next_attempt_at = :lease_until, attempts = d.attempts + 1, updated_at = now()
    FROM (
        SELECT id FROM webhook_deliveries
        WHERE tenant_id = :tenant_id AND status = 'pending' AND next_attempt_at <= :now
          AND endpoint_id IN (SELECT id FROM webhook_endpoints
                              WHERE tenant_id = :tenant_id AND enabled)
        ORDER BY next_attempt_at
        LIMIT :limit
        FOR UPDATE SKIP LOCKED
    ) AS due, webhook_events AS e
    WHERE d.id = due.id AND e.tenant_id = d.tenant_id AND e.id = d.event_id
    RETURNING d.id, d.endpoint_id, d.attempts, d.retry_from, e.id AS event_id, e.type,
              e.created_at AS event_created_at, e.data
    """
)


@dataclass(frozen=True)
class Claimed:
    id: UUID
    endpoint_id: UUID
    attempts: int
    retry_from: datetime
    event_id: UUID
    type: str
    event_created_at: datetime
    data: dict[str, Any]


class WebhookOutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add_events(
        self,
        tenant_id: UUID,
        event_type: str,
        items: Sequence[tuple[UUID | None, dict[str, Any]]],
        endpoint_ids: Sequence[UUID],
    ) -> list[UUID]:
        """One event per item and one delivery per event and endpoint."""
        event_ids = [uuid7() for _ in items]
        await self.session.execute(
            insert(WebhookEvent),
            [
                {
                    "id": event_id,
                    "tenant_id": tenant_id,
                    "type": event_type,
                    "entity_id": entity_id,
                    "data": data,
                }
                for event_id, (entity_id, data) in zip(event_ids, items, strict=True)
            ],
        )
        await self.session.execute(
            insert(WebhookDelivery),
            [
                {
                    "id": uuid7(),
                    "tenant_id": tenant_id,
                    "event_id": event_id,
                    "endpoint_id": endpoint_id,
                    "status": DeliveryStatus.pending,
                    "attempts": 0,
                }
                for event_id in event_ids
                for endpoint_id in endpoint_ids
            ],
        )
        return event_ids

    async def claim(
        self, tenant_id: UUID, now: datetime, lease: timedelta, limit: int
    ) -> list[Claimed]:
        rows = await self.session.execute(
            _CLAIM,
            {"tenant_id": tenant_id, "now": now, "lease_until": now + lease, "limit": limit},
        )
        return [Claimed(**row._mapping) for row in rows]

    async def record(
        self,
        tenant_id: UUID,
        delivery_id: UUID,
        *,
        status: DeliveryStatus,
        next_attempt_at: datetime | None,
        status_code: int | None,
        latency_ms: int | None,
        error: str | None,
        now: datetime,
    ) -> None:
        values: dict[str, Any] = {
            "status": status,
            "last_status_code": status_code,
            "last_latency_ms": latency_ms,
            "last_error": error,
            "updated_at": now,
        }
        if next_attempt_at is not None:
            values["next_attempt_at"] = next_attempt_at
        if status is DeliveryStatus.succeeded:
            values["delivered_at"] = now
        await self.session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.tenant_id == tenant_id, WebhookDelivery.id == delivery_id)
            .values(**values)
        )

    async def redeliver(self, tenant_id: UUID, delivery_id: UUID, now: datetime) -> bool:
        """Due again at once, whatever it came to before; the event (and its id) stay."""
        result = await self.session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.tenant_id == tenant_id, WebhookDelivery.id == delivery_id)
            .values(
                status=DeliveryStatus.pending, next_attempt_at=now, retry_from=now, updated_at=now
            )
            .returning(WebhookDelivery.id)
        )
        return result.first() is not None

    async def resume_endpoint(self, tenant_id: UUID, endpoint_id: UUID, now: datetime) -> None:
        """An endpoint enabled again gets what failed while it was down."""
        await self.session.execute(
            update(WebhookDelivery)
            .where(
                WebhookDelivery.tenant_id == tenant_id,
                WebhookDelivery.endpoint_id == endpoint_id,
                WebhookDelivery.status.in_([DeliveryStatus.failed, DeliveryStatus.pending]),
            )
            .values(
                status=DeliveryStatus.pending, next_attempt_at=now, retry_from=now, updated_at=now
            )
        )

    async def page(
        self, tenant_id: UUID, endpoint_id: UUID, page: PageParams
    ) -> tuple[list[Any], int]:
        """The delivery log of one endpoint, newest first, with each event's type."""
        where = (WebhookDelivery.tenant_id == tenant_id, WebhookDelivery.endpoint_id == endpoint_id)
        total = await self.session.scalar(
            select(func.count()).select_from(WebhookDelivery).where(*where)
        )
        rows = await self.session.execute(
            select(WebhookDelivery, WebhookEvent.type)
            .join(
                WebhookEvent,
                (WebhookEvent.tenant_id == WebhookDelivery.tenant_id)
                & (WebhookEvent.id == WebhookDelivery.event_id),
            )
            .where(*where)
            .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc())
            .limit(page.limit)
            .offset(page.offset)
        )
        return [(delivery, event_type) for delivery, event_type in rows.all()], int(total or 0)

    async def get(self, tenant_id: UUID, delivery_id: UUID) -> WebhookDelivery | None:
        return await self.session.scalar(
            select(WebhookDelivery).where(
                WebhookDelivery.tenant_id == tenant_id, WebhookDelivery.id == delivery_id
            )
        )
