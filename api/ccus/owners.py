"""The owners the CCUS package asks about the sites, businesses and workers it sends."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from api.businesses.repository import BusinessRepository
from api.models.ccus_outbox import OutboxKind
from api.sites.repository import SiteRepository
from api.workers.repository import WorkerRepository

EntityRepository = SiteRepository | BusinessRepository | WorkerRepository


def entity_repository(session: AsyncSession, kind: OutboxKind) -> EntityRepository:
    if kind is OutboxKind.site:
        return SiteRepository(session)
    if kind is OutboxKind.business:
        return BusinessRepository(session)
    if kind is OutboxKind.worker:
        return WorkerRepository(session)
    raise ValueError(f"{kind} is not an entity")
