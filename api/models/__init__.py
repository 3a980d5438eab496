"""Every table, imported here so alembic and the mappers see one metadata."""

from api.models.api_key import ApiKey, ApiKeyKind
from api.models.audit_log import AuditLogEntry
from api.models.base import Model
from api.models.branch import Branch
from api.models.tenant import Tenant
from api.models.user import User, UserBranch, UserRole

__all__ = [
    "ApiKey",
    "ApiKeyKind",
    "AuditLogEntry",
    "Branch",
    "Model",
    "Tenant",
    "User",
    "UserBranch",
    "UserRole",
]
