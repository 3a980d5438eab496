"""Every mutation records who did it: actor, action, entity, and the changed fields."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.logs import MASK, current_request_id
from api.models.audit_log import AuditLogEntry


def _plain(value: Any) -> Any:
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(item) for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, (int, float, str, bool)):
        return value.value
    return value


def diff(
    before: Mapping[str, Any], after: Mapping[str, Any], *, secret_fields: Iterable[str] = ()
) -> dict[str, list[Any]]:
    """{field: [old, new]} for fields whose value changed; secret values are replaced by a mask."""
    secrets = set(secret_fields)
    changes: dict[str, list[Any]] = {}
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if key in secrets:
            changes[key] = [MASK if old is not None else None, MASK if new is not None else None]
        else:
            changes[key] = [_plain(old), _plain(new)]
    return changes


@dataclass(frozen=True)
class Actor:
    """Who acted when it is not a tenant's credential: the operator, or a person following an
    emailed link (before they hold a session)."""

    type: str
    label: str
    id: UUID | None = None


async def record(
    session: AsyncSession,
    subject: AuthSubject,
    action: str,
    entity_type: str,
    entity_id: UUID | None,
    changes: Mapping[str, Any] | None = None,
) -> None:
    actor = Actor(type=subject.kind.value, label=subject.actor_label, id=subject.actor_id)
    await record_by(session, subject.tenant_id, actor, action, entity_type, entity_id, changes)


async def record_by(
    session: AsyncSession,
    tenant_id: UUID,
    actor: Actor,
    action: str,
    entity_type: str,
    entity_id: UUID | None,
    changes: Mapping[str, Any] | None = None,
) -> None:
    session.add(
        AuditLogEntry(
            tenant_id=tenant_id,
            actor_type=actor.type,
            actor_id=actor.id,
            actor_label=actor.label,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            changes=dict(changes or {}),
            request_id=current_request_id(),
        )
    )
    await session.flush()
