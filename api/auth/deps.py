"""Authentication dependencies: a bearer JWT (staff) or an API key (terminals, partners) in
`X-API-Key` or as the bearer token."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from fastapi import Depends
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer

from api.auth import service
from api.auth.api_key_secrets import parse_key
from api.auth.errors import InsufficientScope, MissingCredentials
from api.auth.scopes import Scope
from api.auth.subject import AuthSubject, SubjectKind
from api.db import SessionDep
from api.deps import SettingsDep

TOKEN_URL = "/api/v1/auth/token"

_bearer = OAuth2PasswordBearer(tokenUrl=TOKEN_URL, auto_error=False, scheme_name="StaffToken")
_api_key = APIKeyHeader(name="X-API-Key", auto_error=False, scheme_name="ApiKey")

STAFF_AND_PARTNERS = frozenset({SubjectKind.user, SubjectKind.partner})


class Authenticator:
    """Resolve the caller, set the tenant on the unit of work, and enforce kind and scopes."""

    def __init__(
        self, *, scopes: Iterable[Scope] = (), kinds: Iterable[SubjectKind] = STAFF_AND_PARTNERS
    ) -> None:
        self.scopes = frozenset(scopes)
        self.kinds = frozenset(kinds)

    async def __call__(
        self,
        session: SessionDep,
        settings: SettingsDep,
        token: Annotated[str | None, Depends(_bearer)],
        api_key: Annotated[str | None, Depends(_api_key)],
    ) -> AuthSubject:
        if token and parse_key(token) is not None:
            # An API key sent as a bearer token, as many HTTP clients send every credential:
            # taken as the key it is, not refused as a malformed staff token.
            token, api_key = None, token
        if token:
            subject = await service.subject_from_token(session, settings, token)
        elif api_key:
            subject = await service.subject_from_api_key(session, settings, api_key)
        else:
            raise MissingCredentials()
        if subject.kind not in self.kinds:
            raise InsufficientScope(
                f"A {subject.kind.value} credential may not call this operation."
            )
        missing = self.scopes - subject.scopes
        if missing:
            raise InsufficientScope(f"Missing scope: {', '.join(sorted(missing))}.")
        return subject


CurrentUser = Annotated[AuthSubject, Depends(Authenticator(kinds={SubjectKind.user}))]
RegistryRead = Annotated[AuthSubject, Depends(Authenticator(scopes={Scope.registry_read}))]
RegistryWrite = Annotated[AuthSubject, Depends(Authenticator(scopes={Scope.registry_write}))]
# Imports run later in a job on behalf of the uploading account, so only staff accounts upload.
RegistryImport = Annotated[
    AuthSubject, Depends(Authenticator(scopes={Scope.registry_write}, kinds={SubjectKind.user}))
]
AttendanceRead = Annotated[AuthSubject, Depends(Authenticator(scopes={Scope.attendance_read}))]
AttendanceWrite = Annotated[AuthSubject, Depends(Authenticator(scopes={Scope.attendance_write}))]
CcusRead = Annotated[AuthSubject, Depends(Authenticator(scopes={Scope.ccus_read}))]
CcusWrite = Annotated[AuthSubject, Depends(Authenticator(scopes={Scope.ccus_write}))]
TerminalCaller = Annotated[
    AuthSubject,
    Depends(Authenticator(scopes={Scope.terminal_events}, kinds={SubjectKind.terminal})),
]
SecretsReveal = Annotated[
    AuthSubject, Depends(Authenticator(scopes={Scope.secrets_reveal}, kinds={SubjectKind.user}))
]
MastersWrite = Annotated[
    AuthSubject, Depends(Authenticator(scopes={Scope.masters_write}, kinds={SubjectKind.user}))
]
UsersManage = Annotated[
    AuthSubject, Depends(Authenticator(scopes={Scope.users_manage}, kinds={SubjectKind.user}))
]
ApiKeysManage = Annotated[
    AuthSubject, Depends(Authenticator(scopes={Scope.api_keys_manage}, kinds={SubjectKind.user}))
]
AuditRead = Annotated[
    AuthSubject, Depends(Authenticator(scopes={Scope.audit_read}, kinds={SubjectKind.user}))
]
