"""Request-scoped access to what the lifespan built."""

from __future__ import annotations

from typing import Annotated

from arq.connections import ArqRedis
from fastapi import Depends, Request

from api.config import Settings


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _redis(request: Request) -> ArqRedis:
    redis: ArqRedis = request.app.state.arq
    return redis


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


SettingsDep = Annotated[Settings, Depends(_settings)]
RedisDep = Annotated[ArqRedis, Depends(_redis)]
ClientAddressDep = Annotated[str, Depends(client_address)]
