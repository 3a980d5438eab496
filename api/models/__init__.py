"""Every table, imported here so alembic and the mappers see one metadata."""

from api.models.api_key import ApiKey, ApiKeyKind
from api.models.audit_log import AuditLogEntry
from api.models.base import Model
from api.models.branch import Branch
from api.models.business import Business, BusinessBranch
from api.models.import_job import ImportJob, ImportKind, ImportMode, ImportStatus
from api.models.master import EmploymentType, InsuranceValue, Occupation, Position, Prefecture
from api.models.tenant import Tenant
from api.models.user import User, UserBranch, UserRole
from api.models.worker import Worker, WorkerOccupation, WorkerPhone

__all__ = [
    "ApiKey",
    "ApiKeyKind",
    "AuditLogEntry",
    "Branch",
    "Business",
    "BusinessBranch",
    "EmploymentType",
    "ImportJob",
    "ImportKind",
    "ImportMode",
    "ImportStatus",
    "InsuranceValue",
    "Model",
    "Occupation",
    "Position",
    "Prefecture",
    "Tenant",
    "User",
    "UserBranch",
    "UserRole",
    "Worker",
    "WorkerOccupation",
    "WorkerPhone",
]
