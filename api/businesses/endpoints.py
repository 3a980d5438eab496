"""The businesses routes, in the order they must match: /export before /{business_id}."""

from __future__ import annotations

from fastapi import APIRouter

from api.businesses import (
    collection_endpoints,
    export_endpoints,
    item_endpoints,
    secret_endpoints,
)

router = APIRouter()
for part in (collection_endpoints, export_endpoints, item_endpoints, secret_endpoints):
    router.include_router(part.router)
