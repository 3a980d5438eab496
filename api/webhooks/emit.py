"""`emit`: the one way a change tells partners about itself. Called by the services in the
change's own transaction, so an event exists exactly when its change committed; the delivery
job is woken only after the commit (and the minute sweep finds whatever a lost wake-up left)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.kit.jobs import accepts_jobs, enqueue_after_commit
from api.kit.schemas import Schema
from api.webhooks.events import EventType
from api.webhooks.outbox_repository import WebhookOutboxRepository
from api.webhooks.repository import WebhookEndpointRepository

DELIVER_TASK = "webhooks.deliver"
# Changes of one tenant within this window share one delivery run.
DELIVER_WINDOW_SECONDS = 0.2


async def emit(
    session: AsyncSession,
    tenant_id: UUID,
    event_type: EventType,
    items: Iterable[tuple[UUID | None, Schema]],
    *,
    endpoint_ids: list[UUID] | None = None,
) -> list[UUID]:
    """One event per (entity id, data) item, for every endpoint subscribed to `event_type`
    (or for `endpoint_ids` only). Nothing is written when nobody listens. `items` is read
    lazily: a fold's thousands of days build no data when nobody listens."""
    pending = iter(items)
    first = next(pending, None)
    if first is None:
        return []
    if endpoint_ids is None:
        endpoint_ids = await WebhookEndpointRepository(session).subscribed(
            tenant_id, event_type.value
        )
    if not endpoint_ids:
        return []
    wanted = [
        (entity_id, data.model_dump(mode="json")) for entity_id, data in chain([first], pending)
    ]
    event_ids = await WebhookOutboxRepository(session).add_events(
        tenant_id, event_type.value, wanted, endpoint_ids
    )
    wake_delivery(session, tenant_id)
    return event_ids


def wake_delivery(session: AsyncSession, tenant_id: UUID) -> None:
    if not accepts_jobs(session):
        # A job's unit of work without a sink (e.g. collecting CCUS results): the minute
        # sweep delivers these.
        return
    enqueue_after_commit(
        session,
        DELIVER_TASK,
        tenant_id,
        job_id=f"{DELIVER_TASK}:{tenant_id}",
        coalesce_seconds=DELIVER_WINDOW_SECONDS,
    )
