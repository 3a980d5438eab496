"""What the HTTP gateway puts on the wire for each call, and what each failure becomes
(respx: unit tests of outbound HTTP only; the sandbox tests cover the same calls end to end)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from structlog.testing import capture_logs

from api.ccus.breaker import CircuitBreaker
from api.ccus.gateway import CcusError, CcusNotFound, CcusRejected, CcusUnavailable
from api.ccus.http_gateway import HttpCcusGateway, retry_after_seconds
from api.ccus.wire import EntityKind, StructureDifference
from api.config import Settings
from tests.ccus.respx_ccus import BASE, RECORD

WORKER = RECORD.worker_id
DIFFERENCE = StructureDifference(key="d1", action="remove_business", business_id="19869311056822")


def _gateway(client: httpx.AsyncClient, settings: Settings, jitter: Any = None) -> HttpCcusGateway:
    async def sleep(seconds: float) -> None:
        pass

    return HttpCcusGateway(
        client, settings, sleep=sleep, jitter=jitter or (lambda low, high: (low, high)[1])
    )


@respx.mock
async def test_each_call_sends_its_method_path_and_body(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    gateway = _gateway(ccus_http, plain_settings)
    entity = {"kind": "worker", "id": WORKER, "data": {"name": "x"}, "updated_at": "2026-11-24T00:00:00Z"}  # fmt: skip
    routes = {
        "put": respx.put(f"{BASE}/v1/workers/{WORKER}").respond(
            200, json={"kind": "worker", "id": WORKER, "status": "ok"}
        ),
        "get": respx.get(f"{BASE}/v1/sites/02139361740172").respond(200, json=entity),
        "structure": respx.post(f"{BASE}/v1/sites/02139361740172/structure").respond(
            200, json=[{"key": "d1", "status": "ok"}]
        ),
        "submit": respx.post(f"{BASE}/v1/work-histories").respond(
            202, json={"submission_id": "s1", "accepted": 1, "results_after_seconds": 0}
        ),
        "submission": respx.get(f"{BASE}/v1/submissions/s1").respond(
            200, json={"submission_id": "s1", "status": "done"}
        ),
        "verify": respx.post(f"{BASE}/v1/verifications").respond(
            200, json={"kind": "business", "id": "19869311056822", "valid": True}
        ),
    }
    put = await gateway.put_entity(EntityKind.worker, WORKER, "key-1", {"name": "x"})
    assert (put.id, put.status) == (WORKER, "ok")
    assert (await gateway.get_entity(EntityKind.site, "02139361740172")).data == {"name": "x"}
    structure = await gateway.post_structure("02139361740172", [DIFFERENCE])
    assert [(r.key, r.status) for r in structure] == [("d1", "ok")]
    assert (await gateway.submit_work_histories([RECORD])).submission_id == "s1"
    assert (await gateway.get_submission("s1")).status == "done"
    assert (await gateway.verify(EntityKind.business, "19869311056822", "1234")).valid

    def sent(name: str) -> Any:
        request = routes[name].calls.last.request
        return json.loads(request.content) if request.content else None

    assert sent("put") == {"key": "key-1", "data": {"name": "x"}}
    assert sent("get") is None
    assert sent("structure") == {"differences": [DIFFERENCE.model_dump(mode="json")]}
    assert sent("submit") == {"records": [RECORD.model_dump(mode="json")]}
    assert sent("verify") == {
        "kind": "business",
        "id": "19869311056822",
        "verification_number": "1234",
    }


async def _failure(client: httpx.AsyncClient, settings: Settings) -> CcusError:
    one_try = settings.model_copy(update={"ccus_max_attempts": 1})
    with pytest.raises(CcusError) as raised:
        await _gateway(client, one_try).get_submission("s1")
    return raised.value


URL = f"{BASE}/v1/submissions/s1"


@pytest.mark.parametrize(
    ("answer", "kind", "code", "message", "retry_after"),
    [
        (httpx.ReadTimeout("slow"), CcusUnavailable, "TIMEOUT", "CCUS did not answer in time.", None),
        (httpx.ConnectError("refused"), CcusUnavailable, "UNREACHABLE", "ConnectError", None),
        (httpx.Response(500, json={"code": "SYSA0001E", "message": "システムエラー"}),
         CcusUnavailable, "SYSA0001E", "システムエラー", None),
        (httpx.Response(503, text="down", headers={"Retry-After": "4"}),
         CcusUnavailable, "HTTP503", "Service Unavailable", 4.0),
        (httpx.Response(429, json={}, headers={"retry-after": "2"}),
         CcusUnavailable, "HTTP429", "Too Many Requests", 2.0),
        (httpx.Response(404, json={"code": "DATE0404E", "message": "なし"}),
         CcusNotFound, "DATE0404E", "なし", None),
        (httpx.Response(400, json={"code": "DATA0001E", "message": "不正"}),
         CcusRejected, "DATA0001E", "不正", None),
        (httpx.Response(400, text="bad"), CcusRejected, "HTTP400", "Bad Request", None),
        (httpx.Response(499, json={"message": "closed"}), CcusRejected, "HTTP499", "closed", None),
    ],
    ids=["timeout", "unreachable", "500", "503-text", "429", "404", "400", "400-text", "499"],
)  # fmt: skip
@respx.mock
async def test_each_failure_becomes_its_error_with_code_and_message(
    ccus_http: httpx.AsyncClient,
    plain_settings: Settings,
    answer: Any,
    kind: type[CcusError],
    code: str,
    message: str,
    retry_after: float | None,
) -> None:
    respx.get(URL).mock(side_effect=[answer])
    error = await _failure(ccus_http, plain_settings)
    assert (type(error), error.code, error.message, error.retry_after) == (
        kind,
        code,
        message,
        retry_after,
    )


@respx.mock
async def test_a_3xx_answer_is_an_answer_and_4xx_is_not(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    respx.get(URL).respond(399, json={"submission_id": "s1", "status": "processing"})
    assert (await _gateway(ccus_http, plain_settings).get_submission("s1")).status == "processing"
    respx.get(URL).respond(400, json={"submission_id": "s1", "status": "processing"})
    with pytest.raises(CcusRejected):
        await _gateway(ccus_http, plain_settings).get_submission("s1")


@respx.mock
async def test_each_retry_is_logged_with_its_delay(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    respx.get(URL).mock(
        side_effect=[
            httpx.Response(500, json={"code": "SYSA0001E", "message": "x"}),
            httpx.Response(200, json={"submission_id": "s1", "status": "done"}),
        ]
    )
    with capture_logs() as logs:
        await _gateway(ccus_http, plain_settings, lambda low, high: high / 3).get_submission("s1")
    # capture_logs takes every structlog event in the process: a task another test left behind
    # may log while this one sleeps, so only the gateway's own events are compared.
    assert [entry for entry in logs if entry["event"].startswith("ccus_")] == [
        {
            "event": "ccus_retry",
            "log_level": "info",
            "path": "/v1/submissions/s1",
            "attempt": 1,
            "code": "SYSA0001E",
            "delay": round(plain_settings.ccus_backoff_base_seconds / 3, 3),
        }
    ]


@respx.mock
async def test_backoff_is_full_jitter_below_a_capped_ceiling(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    respx.get(URL).respond(500, json={"code": "SYSA0001E", "message": "x"})
    asked: list[tuple[float, float]] = []

    def jitter(low: float, high: float) -> float:
        asked.append((low, high))
        return 0.0

    settings = plain_settings.model_copy(
        update={"ccus_max_attempts": 5, "ccus_backoff_base_seconds": 1.0, "ccus_backoff_max_seconds": 3.0}
    )  # fmt: skip
    with pytest.raises(CcusUnavailable):
        await _gateway(ccus_http, settings, jitter).get_submission("s1")
    assert asked == [(0, 1.0), (0, 2.0), (0, 3.0), (0, 3.0), (0, 3.0)]


@respx.mock
async def test_a_retry_after_at_the_limit_is_waited_out_and_one_above_is_not(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    limit = plain_settings.ccus_retry_after_max_seconds
    route = respx.get(URL).mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": str(limit)}),
            httpx.Response(200, json={"submission_id": "s1", "status": "done"}),
        ]
    )
    assert (await _gateway(ccus_http, plain_settings).get_submission("s1")).status == "done"
    assert route.call_count == 2


@respx.mock
async def test_an_open_breaker_says_how_long_to_wait_without_calling(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    route = respx.get(URL).respond(200, json={"submission_id": "s1", "status": "done"})
    now = [100.0]
    breaker = CircuitBreaker(1, 30.0, lambda: now[0])
    breaker.failed()
    now[0] += 10
    gateway = HttpCcusGateway(ccus_http, plain_settings, breaker=breaker)
    with pytest.raises(CcusUnavailable) as raised:
        await gateway.get_submission("s1")
    assert (raised.value.code, raised.value.retry_after) == ("BREAKER_OPEN", 20.0)
    assert raised.value.message == "CCUS kept failing; calls pause for a while."
    assert route.call_count == 0


def test_the_default_breaker_follows_the_settings(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    settings = plain_settings.model_copy(
        update={"ccus_breaker_threshold": 3, "ccus_breaker_cooldown_seconds": 12.5}
    )
    breaker = HttpCcusGateway(ccus_http, settings).breaker
    assert (breaker.threshold, breaker.cooldown_seconds) == (3, 12.5)


async def test_the_client_carries_base_url_token_and_timeout(plain_settings: Settings) -> None:
    settings = plain_settings.model_copy(
        update={"ccus_base_url": "http://ccus.example:8391", "ccus_timeout_seconds": 7.5}
    )
    async with HttpCcusGateway.client_for(settings) as client:
        assert client.base_url == httpx.URL("http://ccus.example:8391")
        assert client.headers["Authorization"] == "Bearer sandbox-token"
        assert client.timeout == httpx.Timeout(7.5)


@pytest.mark.parametrize(("header", "seconds"), [("0", 0.0), ("-5", 0.0), ("2.5", 2.5)])
def test_retry_after_is_never_negative(header: str, seconds: float) -> None:
    assert retry_after_seconds(header) == seconds


@respx.mock
async def test_fetch_and_update_carry_the_verification_number_when_there_is_one(
    ccus_http: httpx.AsyncClient, plain_settings: Settings
) -> None:
    """CCUS authenticates a business or worker by its 本人確認番号 on fetch and update (ADR 0017)."""
    gateway = _gateway(ccus_http, plain_settings)
    entity = {"kind": "worker", "id": WORKER, "data": {}, "updated_at": "2026-11-24T00:00:00Z"}
    put = respx.put(f"{BASE}/v1/workers/{WORKER}").respond(
        200, json={"kind": "worker", "id": WORKER, "status": "ok"}
    )
    get = respx.get(f"{BASE}/v1/workers/{WORKER}").respond(200, json=entity)
    await gateway.put_entity(EntityKind.worker, WORKER, "key-1", {}, "4826")
    await gateway.get_entity(EntityKind.worker, WORKER, "4826")
    await gateway.get_entity(EntityKind.worker, WORKER)
    assert put.calls[0].request.headers["X-Verification-Number"] == "4826"
    sent = [call.request.headers.get("X-Verification-Number") for call in get.calls]
    assert sent == ["4826", None]
