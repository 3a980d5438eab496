"""Whether a changed business is pending for CCUS or not linked to it at all."""

from __future__ import annotations

from collections.abc import Iterable

from api.businesses.audit_state import SECRET
from api.models.business import Business
from api.models.ccus_status import CcusStatus

# Changes to these are what CCUS must learn about a business.
_CCUS_FIELDS = {
    "name",
    "name_kana",
    "phone",
    "postal_code",
    "prefecture_code",
    "address",
    "ccus_business_id",
    SECRET,
}


def initial_status(ccus_business_id: str | None) -> CcusStatus:
    return CcusStatus.pending if ccus_business_id else CcusStatus.not_linked


def follow_changes(
    business: Business, ccus_business_id: str | None, changed: Iterable[str]
) -> None:
    if ccus_business_id and _CCUS_FIELDS & set(changed):
        # The CCUS issue's dispatcher sends (or re-checks) what is pending.
        business.ccus_status = CcusStatus.pending
    elif not ccus_business_id:
        business.ccus_status = CcusStatus.not_linked
