"""webhook_endpoints: a tenant's partner URLs, their subscriptions and signing secrets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

from sqlalchemy import select, update

from api.kit.repository import TenantScopedRepository
from api.models.webhook import WebhookEndpoint


class WebhookEndpointRepository(TenantScopedRepository[WebhookEndpoint]):
    model = WebhookEndpoint

    async def subscribed(self, tenant_id: UUID, event_type: str) -> list[UUID]:
        """Endpoints that asked for `event_type`: whom an event goes to. A disabled one too:
        its deliveries wait until it is enabled again, so it misses nothing."""
        statement = select(WebhookEndpoint.id).where(
            WebhookEndpoint.tenant_id == tenant_id,
            WebhookEndpoint.event_types.contains([event_type]),
        )
        return list((await self.session.execute(statement)).scalars())

    async def by_ids(self, tenant_id: UUID, ids: Sequence[UUID]) -> dict[UUID, WebhookEndpoint]:
        rows = await self.get_all(self.scoped(tenant_id).where(WebhookEndpoint.id.in_(ids)))
        return {row.id: row for row in rows}

    async def disable(self, tenant_id: UUID, endpoint_id: UUID, at: datetime, reason: str) -> None:
        await self.session.execute(
            update(WebhookEndpoint)
            .where(
                WebhookEndpoint.tenant_id == tenant_id,
                WebhookEndpoint.id == endpoint_id,
                WebhookEndpoint.enabled.is_(True),
            )
            .values(enabled=False, disabled_at=at, disabled_reason=reason, updated_at=at)
        )

    async def disabled(self, tenant_id: UUID) -> Sequence[WebhookEndpoint]:
        """The notice on お知らせ: endpoints that stopped receiving, newest first."""
        return await self.get_all(
            self.scoped(tenant_id)
            .where(WebhookEndpoint.enabled.is_(False), WebhookEndpoint.disabled_at.is_not(None))
            .order_by(WebhookEndpoint.disabled_at.desc())
        )
