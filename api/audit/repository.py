from __future__ import annotations

from uuid import UUID

from sqlalchemy import Select

from api.kit.repository import TenantScopedRepository
from api.models.audit_log import AuditLogEntry


class AuditLogRepository(TenantScopedRepository[AuditLogEntry]):
    model = AuditLogEntry

    def filtered(
        self, tenant_id: UUID, *, entity_type: str | None, entity_id: UUID | None
    ) -> Select[AuditLogEntry]:
        statement = self.scoped(tenant_id)
        if entity_type is not None:
            statement = statement.where(AuditLogEntry.entity_type == entity_type)
        if entity_id is not None:
            statement = statement.where(AuditLogEntry.entity_id == entity_id)
        return statement.order_by(AuditLogEntry.occurred_at.desc(), AuditLogEntry.id.desc())
