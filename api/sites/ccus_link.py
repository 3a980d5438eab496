"""Whether a changed site is pending for CCUS or not linked to it at all."""

from __future__ import annotations

from collections.abc import Iterable

from api.models.ccus_status import CcusStatus
from api.models.site import Site

# Changes to these are what CCUS must learn about a site.
_CCUS_FIELDS = {
    "name",
    "code",
    "ccus_site_id",
    "period_start",
    "period_end",
    "prefecture_code",
    "city",
    "address",
    "postal_code",
}


def initial_status(ccus_site_id: str | None) -> CcusStatus:
    return CcusStatus.pending if ccus_site_id else CcusStatus.not_linked


def follow_changes(site: Site, ccus_site_id: str | None, changed: Iterable[str]) -> None:
    if ccus_site_id and _CCUS_FIELDS & set(changed):
        # The CCUS sender sends (or re-checks) what is pending.
        site.ccus_status = CcusStatus.pending
    elif not ccus_site_id:
        site.ccus_status = CcusStatus.not_linked
