from __future__ import annotations

from typing import Any
from uuid import UUID

from api.kit.schemas import IDSchema, Instant


class AuditLogEntry(IDSchema):
    occurred_at: Instant
    actor_type: str
    actor_id: UUID | None
    actor_label: str
    action: str
    entity_type: str
    entity_id: UUID | None
    changes: dict[str, Any]
    request_id: str | None
