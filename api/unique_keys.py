"""A unique key PostgreSQL enforced after the service's own check had passed: two requests saved
the same code, business or day at once, and the second one's insert failed. Its answer is the
one the check gives when the requests come one after the other (the same status, code and field),
never a 500; nothing of the refused request was written (its transaction rolled back).

Every unique key a request can hit is listed here by its constraint or index name; a test reads
the database's unique keys and fails on one that is neither here nor in `NOT_FROM_REQUESTS`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import asyncpg

from api.attendance.errors import WorkDayExists
from api.branches.errors import BranchCodeTaken
from api.errors import AppError, Conflict, ValidationFailed, field_error
from api.masters.errors import OccupationCodeTaken
from api.structure.errors import SiteWorkerExists, StructureBusinessExists
from api.tenants.errors import TenantCodeTaken
from api.users.errors import EmailTaken


@dataclass(frozen=True)
class UniqueKey:
    error: type[AppError]
    field: str | None  # the body field the key is about, named in `errors`
    code: str  # the field error's code, the one the service's own check gives
    message: str


def _taken(error: type[AppError], field: str | None) -> UniqueKey:
    return UniqueKey(error, field, error.code, error.title)


def _field(field: str, code: str, message: str) -> UniqueKey:
    return UniqueKey(ValidationFailed, field, code, message)


UNIQUE_KEYS: dict[str, UniqueKey] = {
    "uq_tenants_code": _taken(TenantCodeTaken, "code"),
    "uq_branches_tenant_id_code": _taken(BranchCodeTaken, "code"),
    "uq_users_tenant_id_email": _taken(EmailTaken, "email"),
    "uq_businesses_tenant_id_code": _field(
        "code", "business.code_taken", "Another business uses this code"
    ),
    "uq_businesses_tenant_id_ccus_business_id": _field(
        "ccus_business_id", "business.ccus_id_taken", "Another business has this CCUS ID"
    ),
    "uq_businesses_own_company": _field(
        "is_own_company", "business.own_company_exists", "Another business is your own company"
    ),
    "uq_workers_tenant_id_code": _field(
        "code", "worker.code_taken", "Another worker uses this code"
    ),
    "uq_workers_active_ccus_worker_id": _field(
        "ccus_worker_id", "worker.ccus_id_taken", "An active worker has this CCUS ID"
    ),
    "uq_worker_phones_active_number": _field(
        "phones", "worker.phone_taken", "An active worker has this phone number"
    ),
    "uq_sites_tenant_id_code": _field("code", "site.code_taken", "Another site uses this code"),
    "uq_site_businesses_tenant_id_site_id_business_id": _taken(
        StructureBusinessExists, "business_id"
    ),
    "uq_site_workers_tenant_id_site_id_worker_id": _taken(SiteWorkerExists, "worker_id"),
    "uq_work_days_tenant_id_site_id_worker_id_work_date": _taken(WorkDayExists, "worker_id"),
    "uq_occupations_tenant_codes": _taken(OccupationCodeTaken, "minor_code"),
}

# Unique keys no request can collide on: each names why.
NOT_FROM_REQUESTS = {
    "uq_api_keys_prefix": "the prefix is random; a clash is a bug worth its 500",
    "uq_account_tokens_token_hash": "hashes of random tokens",
    "uq_ccus_outbox_tenant_id_idempotency_key": "written with ON CONFLICT by the outbox",
    "uq_ccus_outbox_pending_entity": "written with ON CONFLICT by the outbox",
    "uq_occupations_shipped_codes": "shipped occupations are written by migrations only",
}

# A partition's copy of its table's key: `work_days_p202611_tenant_id_…_key` is the partition
# of `work_days` whose key is `uq_work_days_tenant_id_…` (ADR 0025).
_PARTITION_KEY = re.compile(r"^(?P<table>\w+?)_(?:p\d{6}|default)_(?P<columns>\w+)_key$")


def parent_key(constraint: str) -> str:
    match = _PARTITION_KEY.match(constraint)
    if match is None:
        return constraint
    return f"uq_{match['table']}_{match['columns']}"


def _violation(exc: BaseException) -> asyncpg.UniqueViolationError | None:
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return None
        if isinstance(seen, asyncpg.UniqueViolationError):
            return seen
        seen = getattr(seen, "orig", None) or seen.__cause__
    return None


def _loc(field: str | None) -> Sequence[str]:
    return ["body", field] if field else ["body"]


def unique_key_error(exc: BaseException) -> AppError | None:
    """The answer for a unique violation anywhere in `exc`'s chain, or None if there is none."""
    violation = _violation(exc)
    if violation is None:
        return None
    constraint = parent_key(str(getattr(violation, "constraint_name", "") or ""))
    key = UNIQUE_KEYS.get(constraint)
    if key is None:
        return Conflict("Another request saved the same record at the same moment; reload.")
    detail = f"{key.message}: another request saved it at the same moment."
    return key.error(detail, errors=[field_error(_loc(key.field), key.code, key.message)])
