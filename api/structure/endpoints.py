"""The routes of a site's structure and site workers."""

from __future__ import annotations

from fastapi import APIRouter

from api.structure import entry_endpoints, site_worker_endpoints, structure_endpoints

router = APIRouter()
for part in (structure_endpoints, entry_endpoints, site_worker_endpoints):
    router.include_router(part.router)
