from __future__ import annotations

from api.kit.repository import TenantScopedRepository
from api.models.api_key import ApiKey


class ApiKeyRepository(TenantScopedRepository[ApiKey]):
    model = ApiKey
