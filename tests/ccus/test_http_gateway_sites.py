"""現場登録 on the wire (respx: the gateway's unit tests; tests/sites covers it end to end
against the sandbox)."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from api.ccus.gateway import CcusRejected
from api.ccus.http_gateway import HttpCcusGateway
from api.config import Settings
from tests.ccus.respx_ccus import BASE

DATA = {"name": "大磯工浚渫工事", "period_start": "2026-12-01", "period_end": None, "address": None}


def _gateway(client: httpx.AsyncClient, settings: Settings) -> HttpCcusGateway:
    async def sleep(seconds: float) -> None:
        pass

    return HttpCcusGateway(client, settings, sleep=sleep, jitter=lambda low, high: high)


@respx.mock
async def test_registering_a_site_posts_its_key_and_data_and_reads_the_new_site_id(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    route = respx.post(f"{BASE}/v1/sites").mock(
        side_effect=[
            httpx.Response(503, json={"code": "SYS0503E", "message": "busy"}),
            httpx.Response(201, json={"id": "70000000000001", "standard_api": True}),
        ]
    )
    registered = await _gateway(ccus_http, plain_settings).register_site("site-1", DATA)
    assert (registered.id, registered.standard_api) == ("70000000000001", True)
    # The retry after a refusal to serve carries the same key: CCUS answers it the same 現場ID.
    bodies = [json.loads(call.request.content) for call in route.calls]
    assert bodies == [{"key": "site-1", "data": DATA}] * 2


@respx.mock
async def test_a_refused_registration_is_not_retried(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    route = respx.post(f"{BASE}/v1/sites").respond(
        422, json={"code": "DATE0422E", "message": "name is required"}
    )
    with pytest.raises(CcusRejected) as refused:
        await _gateway(ccus_http, plain_settings).register_site("site-2", {})
    assert (refused.value.code, route.call_count) == ("DATE0422E", 1)
