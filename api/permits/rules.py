"""What a permit must satisfy beyond field formats."""

from __future__ import annotations

from api.errors import FieldError, field_error
from api.models.permit import PermitAuthority
from api.permits.schemas import PermitBody


def check_permit(body: PermitBody, prefecture_known: bool) -> list[FieldError]:
    """A 知事許可 names its prefecture; a 大臣許可 names none; each 業種 is listed once."""
    errors = []
    loc = ("body", "prefecture_code")
    if body.authority is PermitAuthority.governor:
        if body.prefecture_code is None:
            errors.append(
                field_error(loc, "permit.prefecture_required", "a 知事許可 names its prefecture")
            )
        elif not prefecture_known:
            errors.append(field_error(loc, "prefecture.unknown", "no such prefecture"))
    elif body.prefecture_code is not None:
        errors.append(
            field_error(loc, "permit.prefecture_not_allowed", "a 大臣許可 names no prefecture")
        )
    for index, trade in enumerate(body.trades):
        if trade in body.trades[:index]:
            errors.append(
                field_error(("body", "trades", index), "permit.trade_duplicate", "listed twice")
            )
    return errors
