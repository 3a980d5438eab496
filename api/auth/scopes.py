"""What a caller may do. Users get scopes from their role; API keys carry their own."""

from __future__ import annotations

from enum import StrEnum

from api.models.user import UserRole


class Scope(StrEnum):
    registry_read = "registry:read"
    registry_write = "registry:write"
    attendance_read = "attendance:read"
    attendance_write = "attendance:write"
    ccus_read = "ccus:read"
    ccus_write = "ccus:write"
    terminal_events = "terminal:events"
    secrets_reveal = "secrets:reveal"
    masters_write = "masters:write"
    users_manage = "users:manage"
    api_keys_manage = "api_keys:manage"
    audit_read = "audit:read"


READ_SCOPES = frozenset({Scope.registry_read, Scope.attendance_read, Scope.ccus_read})
WRITE_SCOPES = frozenset({Scope.registry_write, Scope.attendance_write, Scope.ccus_write})
ADMIN_SCOPES = frozenset(
    {
        Scope.secrets_reveal,
        Scope.masters_write,
        Scope.users_manage,
        Scope.api_keys_manage,
        Scope.audit_read,
    }
)

ROLE_SCOPES: dict[UserRole, frozenset[Scope]] = {
    UserRole.viewer: READ_SCOPES,
    UserRole.staff: READ_SCOPES | WRITE_SCOPES,
    UserRole.admin: READ_SCOPES | WRITE_SCOPES | ADMIN_SCOPES,
}

# Gate terminals may only post attendance events.
TERMINAL_SCOPES = frozenset({Scope.terminal_events})
# Integration partners may be granted data scopes, never administration.
PARTNER_GRANTABLE_SCOPES = READ_SCOPES | WRITE_SCOPES
