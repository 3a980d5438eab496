from __future__ import annotations

from typing import Self
from uuid import UUID

from pydantic import ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from api.auth.scopes import PARTNER_GRANTABLE_SCOPES, Scope
from api.kit.cross_field import broken_rule
from api.kit.fields import Name
from api.kit.schemas import Instant, Schema, TimestampedSchema
from api.kit.temporal import PeriodInstant
from api.models.api_key import ApiKeyKind


class ApiKey(TimestampedSchema):
    name: str
    kind: ApiKeyKind
    prefix: str = Field(description="Public part of the key; identifies it in lists and logs.")
    scopes: list[str]
    site_ids: list[UUID]
    last_used_at: Instant | None
    expires_at: Instant | None
    revoked_at: Instant | None


class ApiKeyCreated(ApiKey):
    key: str = Field(description="The full secret key. Shown only in this response; store it now.")


class ApiKeyCreate(Schema):
    # Accepted as it stands: a terminal key names the sites it posts for.
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "1番ゲート",
                    "kind": "terminal",
                    "site_ids": ["0193a4c2-7b1e-7c3d-9f00-1a2b3c4d5e6f"],
                }
            ]
        }
    )

    name: Name
    kind: ApiKeyKind
    scopes: list[Scope] = Field(
        default_factory=list,
        max_length=len(Scope),
        description="Partner keys only: the data scopes granted.",
    )
    site_ids: list[UUID] = Field(
        default_factory=list,
        max_length=500,
        description="Terminal keys only: the sites it posts for.",
    )
    expires_at: PeriodInstant | None = None

    @model_validator(mode="after")
    def _scopes_fit_kind(self) -> Self:
        # Rules across `kind`, `scopes` and `site_ids`, each with its own code.
        if self.kind is ApiKeyKind.partner:
            if not self.scopes:
                raise _broken("scopes_required", "scopes", "a partner key needs at least one scope")
            refused = sorted(set(self.scopes) - PARTNER_GRANTABLE_SCOPES)
            if refused:
                raise _broken(
                    "scope_not_grantable",
                    "scopes",
                    f"scopes not grantable to a partner key: {', '.join(refused)}",
                )
            if self.site_ids:
                raise _broken(
                    "sites_for_terminal_only", "site_ids", "site_ids apply to terminal keys only"
                )
        else:
            if self.scopes:
                raise _broken(
                    "scopes_fixed", "scopes", "terminal keys have fixed scopes; leave scopes empty"
                )
            if not self.site_ids:
                raise _broken(
                    "sites_required", "site_ids", "a terminal key needs at least one site"
                )
        return self


def _broken(rule: str, field: str, message: str) -> PydanticCustomError:
    return broken_rule(f"api_key.{rule}", message, field=field)
