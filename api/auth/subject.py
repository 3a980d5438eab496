"""The authenticated caller of a request."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from api.auth.scopes import Scope
from api.models.api_key import ApiKey
from api.models.user import User


class SubjectKind(StrEnum):
    user = "user"
    terminal = "terminal"
    partner = "partner"


@dataclass(frozen=True)
class AuthSubject:
    tenant_id: UUID
    kind: SubjectKind
    scopes: frozenset[Scope]
    user: User | None = None
    api_key: ApiKey | None = None
    # None: every branch. Otherwise the only branches whose data this caller may see.
    branch_ids: frozenset[UUID] | None = None
    site_ids: frozenset[UUID] | None = None
    # The login a staff token belongs to (None for API keys and tokens made outside a login).
    session_id: UUID | None = None

    @property
    def actor_id(self) -> UUID:
        if self.user is not None:
            return self.user.id
        assert self.api_key is not None
        return self.api_key.id

    @property
    def actor_label(self) -> str:
        if self.user is not None:
            return self.user.email
        assert self.api_key is not None
        return f"api-key:{self.api_key.prefix}"

    def can_see_branch(self, branch_id: UUID) -> bool:
        return self.branch_ids is None or branch_id in self.branch_ids
