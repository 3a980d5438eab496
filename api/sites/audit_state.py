"""What a site's audit record holds."""

from __future__ import annotations

from typing import Any

from api.models.site import Site
from api.sites.schemas import SiteCreate

_AUDITED = tuple(SiteCreate.model_fields)


def snapshot(site: Site) -> dict[str, Any]:
    state = {field: getattr(site, field) for field in _AUDITED}
    state["work_locations"] = list(site.work_locations)
    return state
