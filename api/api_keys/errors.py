from __future__ import annotations

from api.errors import NotFound


class ApiKeyNotFound(NotFound):
    code = "api_key.not_found"
    title = "API key not found"
