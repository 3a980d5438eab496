"""The sites routes: the collection, then one site."""

from __future__ import annotations

from fastapi import APIRouter

from api.sites import ccus_registration, collection_endpoints, item_endpoints

router = APIRouter()
for part in (collection_endpoints, item_endpoints, ccus_registration):
    router.include_router(part.router)
