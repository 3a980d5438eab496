"""The sites routes: the collection, then one site."""

from __future__ import annotations

from fastapi import APIRouter

from api.sites import (
    ccus_registration,
    collection_endpoints,
    export_endpoints,
    item_endpoints,
    staff_endpoints,
)

router = APIRouter()
# Fixed paths (/sites/export, /sites/staff-options) before /sites/{site_id}.
for part in (
    collection_endpoints,
    export_endpoints,
    staff_endpoints,
    item_endpoints,
    ccus_registration,
):
    router.include_router(part.router)
