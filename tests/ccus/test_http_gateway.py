"""The HTTP gateway against every kind of answer (respx: unit tests of outbound HTTP only)."""

from __future__ import annotations

import httpx
import pytest
import respx

from api.ccus.breaker import CircuitBreaker
from api.ccus.gateway import CcusNotFound, CcusRejected, CcusUnavailable
from api.ccus.http_gateway import HttpCcusGateway, retry_after_seconds
from api.ccus.wire import EntityKind
from api.config import Settings
from tests.ccus.respx_ccus import BASE, RECORD

SUBMIT = f"{BASE}/v1/work-histories"
ACCEPTED = {"submission_id": "s1", "accepted": 1, "results_after_seconds": 0}


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _gateway(
    client: httpx.AsyncClient, settings: Settings, slept: list[float], clock: Clock | None = None
) -> HttpCcusGateway:
    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    breaker = CircuitBreaker(
        settings.ccus_breaker_threshold, settings.ccus_breaker_cooldown_seconds, clock or Clock()
    )
    # Full jitter takes the ceiling here so the backoff sequence is visible.
    return HttpCcusGateway(
        client, settings, breaker=breaker, sleep=sleep, jitter=lambda low, high: high
    )


@respx.mock
async def test_a_success_is_decoded(ccus_http: httpx.AsyncClient, plain_settings: Settings) -> None:
    route = respx.post(SUBMIT).respond(202, json=ACCEPTED)
    slept: list[float] = []
    accepted = await _gateway(ccus_http, plain_settings, slept).submit_work_histories([RECORD])
    assert (accepted.submission_id, accepted.accepted, slept) == ("s1", 1, [])
    assert route.calls[0].request.content.decode().count('"key":"k1"') == 1


@respx.mock
async def test_server_errors_and_timeouts_are_retried_with_exponential_backoff(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    respx.post(SUBMIT).mock(
        side_effect=[
            httpx.Response(500, json={"code": "SYSA0001E", "message": "システムエラー"}),
            httpx.ConnectTimeout("slow"),
            httpx.Response(502),
            httpx.Response(202, json=ACCEPTED),
        ]
    )
    slept: list[float] = []
    accepted = await _gateway(ccus_http, plain_settings, slept).submit_work_histories([RECORD])
    assert accepted.submission_id == "s1"
    base = plain_settings.ccus_backoff_base_seconds
    assert slept == [base, base * 2, base * 4]


@respx.mock
async def test_retry_after_is_honoured_and_a_long_one_is_left_to_the_outbox(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    respx.post(SUBMIT).mock(
        side_effect=[
            httpx.Response(
                429, headers={"Retry-After": "3"}, json={"code": "SYS00429E", "message": "busy"}
            ),
            httpx.Response(202, json=ACCEPTED),
        ]
    )
    slept: list[float] = []
    await _gateway(ccus_http, plain_settings, slept).submit_work_histories([RECORD])
    assert slept == [3.0]

    respx.post(SUBMIT).respond(
        503,
        headers={"Retry-After": "7200"},
        json={"code": "SYS00011E", "message": "メンテナンス中"},
    )
    with pytest.raises(CcusUnavailable) as raised:
        await _gateway(ccus_http, plain_settings, []).submit_work_histories([RECORD])
    assert (raised.value.code, raised.value.retry_after) == ("SYS00011E", 7200.0)


@respx.mock
async def test_attempts_are_bounded(ccus_http: httpx.AsyncClient, plain_settings: Settings) -> None:
    route = respx.post(SUBMIT).respond(500, json={"code": "SYSA0001E", "message": "x"})
    with pytest.raises(CcusUnavailable):
        await _gateway(ccus_http, plain_settings, []).submit_work_histories([RECORD])
    assert route.call_count == plain_settings.ccus_max_attempts


@respx.mock
async def test_refusals_are_not_retried(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    route = respx.get(f"{BASE}/v1/workers/12304567891234").respond(
        404, json={"code": "DATE0404E", "message": "なし"}
    )
    with pytest.raises(CcusNotFound):
        await _gateway(ccus_http, plain_settings, []).get_entity(
            EntityKind.worker, "12304567891234"
        )
    assert route.call_count == 1
    respx.post(f"{BASE}/v1/verifications").respond(
        401, json={"code": "AUTH0001E", "message": "認証に失敗しました。"}
    )
    with pytest.raises(CcusRejected) as raised:
        await _gateway(ccus_http, plain_settings, []).verify(
            EntityKind.business, "19869311056822", "1234"
        )
    assert raised.value.code == "AUTH0001E"


@respx.mock
async def test_the_breaker_opens_after_repeated_failures_and_lets_a_trial_through_later(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    route = respx.post(SUBMIT).respond(500, json={"code": "SYSA0001E", "message": "x"})
    clock = Clock()
    gateway = _gateway(ccus_http, plain_settings, [], clock)
    with pytest.raises(CcusUnavailable):
        await gateway.submit_work_histories([RECORD])
    calls = route.call_count
    gateway.breaker.failures = plain_settings.ccus_breaker_threshold - 1
    with pytest.raises(CcusUnavailable):
        await gateway.submit_work_histories([RECORD])
    assert gateway.breaker.open
    with pytest.raises(CcusUnavailable) as raised:
        await gateway.submit_work_histories([RECORD])
    assert raised.value.code == "BREAKER_OPEN"
    assert route.call_count == calls + 1
    clock.now += plain_settings.ccus_breaker_cooldown_seconds + 1
    route.respond(202, json=ACCEPTED)
    assert (await gateway.submit_work_histories([RECORD])).submission_id == "s1"
    assert not gateway.breaker.open


def test_retry_after_accepts_seconds_and_http_dates() -> None:
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None
