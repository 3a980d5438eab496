"""Every resource router, mounted under /api/v1."""

from __future__ import annotations

from fastapi import APIRouter

from api.accounts.endpoints import router as accounts_router
from api.accounts.invitation_endpoints import router as invitations_router
from api.accounts.session_endpoints import router as sessions_router
from api.api_keys.endpoints import router as api_keys_router
from api.attendance.endpoints import calendar_router
from api.attendance.endpoints import router as attendance_router
from api.attendance.terminal_endpoints import router as terminal_router
from api.audit.endpoints import router as audit_router
from api.auth.endpoints import router as auth_router
from api.branches.endpoints import router as branches_router
from api.businesses.endpoints import router as businesses_router
from api.ccus.endpoints import router as ccus_router
from api.imports.endpoints import router as imports_router
from api.masters.endpoints import router as masters_router
from api.permits.endpoints import router as permits_router
from api.sites.endpoints import router as sites_router
from api.structure.endpoints import router as structure_router
from api.tenants.endpoints import router as operator_router
from api.users.endpoints import router as users_router
from api.webhooks.endpoints import router as webhooks_router
from api.workers.endpoints import router as workers_router

api_router = APIRouter(prefix="/api/v1")
for router in (
    auth_router,
    accounts_router,
    sessions_router,
    invitations_router,
    operator_router,
    users_router,
    api_keys_router,
    branches_router,
    masters_router,
    businesses_router,
    permits_router,
    workers_router,
    sites_router,
    structure_router,
    attendance_router,
    calendar_router,
    imports_router,
    terminal_router,
    ccus_router,
    audit_router,
    webhooks_router,
):
    api_router.include_router(router)
