"""Every table, imported here so alembic and the mappers see one metadata."""

from api.models.account import AccountToken, TokenPurpose, UserSession
from api.models.api_key import ApiKey, ApiKeyKind
from api.models.attendance import (
    AttendanceEvent,
    AttendanceEventKey,
    EventKind,
    EventResult,
    WorkDay,
    WorkDaySource,
)
from api.models.audit_log import AuditLogEntry
from api.models.base import Model
from api.models.branch import Branch
from api.models.business import Business, BusinessBranch
from api.models.ccus_outbox import OutboxKind, OutboxRow, OutboxStatus
from api.models.import_job import ImportJob, ImportKind, ImportMode, ImportStatus
from api.models.mail import MailStatus, OutboxMail
from api.models.master import EmploymentType, InsuranceValue, Occupation, Position, Prefecture
from api.models.permit import BusinessPermit, PermitAuthority, PermitGrade
from api.models.site import Site, StructureMode
from api.models.site_staff import SiteStaff
from api.models.structure import (
    Consent,
    SiteBusiness,
    SiteWorker,
    StructureChange,
    StructureChangeKind,
)
from api.models.tenant import Tenant, TenantStatus
from api.models.user import User, UserBranch, UserRole
from api.models.webhook import DeliveryStatus, WebhookDelivery, WebhookEndpoint, WebhookEvent
from api.models.worker import Worker, WorkerOccupation, WorkerPhone

__all__ = [
    "AccountToken",
    "ApiKey",
    "ApiKeyKind",
    "AttendanceEvent",
    "AttendanceEventKey",
    "AuditLogEntry",
    "Branch",
    "Business",
    "BusinessBranch",
    "BusinessPermit",
    "Consent",
    "DeliveryStatus",
    "EmploymentType",
    "EventKind",
    "EventResult",
    "ImportJob",
    "ImportKind",
    "ImportMode",
    "ImportStatus",
    "InsuranceValue",
    "MailStatus",
    "Model",
    "Occupation",
    "OutboxKind",
    "OutboxMail",
    "OutboxRow",
    "OutboxStatus",
    "PermitAuthority",
    "PermitGrade",
    "Position",
    "Prefecture",
    "Site",
    "SiteBusiness",
    "SiteStaff",
    "SiteWorker",
    "StructureChange",
    "StructureChangeKind",
    "StructureMode",
    "Tenant",
    "TenantStatus",
    "TokenPurpose",
    "User",
    "UserBranch",
    "UserRole",
    "UserSession",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebhookEvent",
    "WorkDay",
    "WorkDaySource",
    "Worker",
    "WorkerOccupation",
    "WorkerPhone",
]
