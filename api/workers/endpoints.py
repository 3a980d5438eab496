"""The workers routes, in the order they must match: /export before /{worker_id}."""

from __future__ import annotations

from fastapi import APIRouter

from api.workers import collection_endpoints, export_endpoints, item_endpoints, secret_endpoints

router = APIRouter()
for part in (collection_endpoints, export_endpoints, item_endpoints, secret_endpoints):
    router.include_router(part.router)
