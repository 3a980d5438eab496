"""Request-scoped access to what the lifespan built."""

from __future__ import annotations

from typing import Annotated

from arq.connections import ArqRedis
from fastapi import Depends, Request

from api.ccus.gateway import CcusGateway
from api.ccus.http_gateway import HttpCcusGateway
from api.config import Settings
from api.kit.crypto import FieldCipher, cipher_from_setting


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _redis(request: Request) -> ArqRedis:
    redis: ArqRedis = request.app.state.arq
    return redis


def _cipher(request: Request) -> FieldCipher:
    return cipher_from_setting(request.app.state.settings.encryption_keys.get_secret_value())


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


SettingsDep = Annotated[Settings, Depends(_settings)]
RedisDep = Annotated[ArqRedis, Depends(_redis)]
CipherDep = Annotated[FieldCipher, Depends(_cipher)]
ClientAddressDep = Annotated[str, Depends(client_address)]


def _ccus(request: Request) -> CcusGateway:
    """One gateway per process, made on first use, so its circuit breaker sees every call."""
    gateway: HttpCcusGateway | None = getattr(request.app.state, "ccus", None)
    if gateway is None:
        settings = request.app.state.settings
        gateway = HttpCcusGateway(HttpCcusGateway.client_for(settings), settings)
        request.app.state.ccus = gateway
    return gateway


CcusDep = Annotated[CcusGateway, Depends(_ccus)]
