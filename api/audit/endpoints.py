from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from api.audit.repository import AuditLogRepository
from api.audit.schemas import AuditLogEntry
from api.auth.deps import AuditRead
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.errors import error_responses
from api.kit.fields import Text64
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination

router = APIRouter(prefix="/audit-log", tags=["audit"])


@router.get(
    "",
    summary="List audit log entries",
    response_model=ListResource[AuditLogEntry],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_audit_log(
    subject: AuditRead,
    session: SessionDep,
    page: PageDep,
    entity_type: Annotated[Text64 | None, Query()] = None,
    entity_id: UUID | None = None,
) -> ListResource[AuditLogEntry]:
    """Newest first."""
    repository = AuditLogRepository(session)
    statement = repository.filtered(subject.tenant_id, entity_type=entity_type, entity_id=entity_id)
    rows, total = await repository.paginate(statement, page)
    return ListResource[AuditLogEntry](
        items=[AuditLogEntry.model_validate(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit),
    )
