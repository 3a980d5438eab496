"""Every error class renders as problem+json with its code; nothing leaks a stack trace."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from pydantic import BaseModel
from sqlalchemy import text

from api.config import Settings
from api.db import SessionDep
from api.errors import (
    PROBLEM_MEDIA_TYPE,
    AppError,
    BadRequest,
    Conflict,
    Forbidden,
    InternalError,
    NotFound,
    PayloadTooLarge,
    ServiceUnavailable,
    TooManyRequests,
    Unauthorized,
    ValidationFailed,
    field_error,
)

ERROR_CLASSES = [
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    PayloadTooLarge,
    ValidationFailed,
    TooManyRequests,
    ServiceUnavailable,
    InternalError,
]


class Body(BaseModel):
    name: str
    count: int


@pytest.fixture
def error_app(app: FastAPI) -> FastAPI:
    """The real app (its handlers and middleware) plus routes that fail on purpose."""

    @app.get("/raise/{index}")
    async def raise_error(index: int) -> None:
        error_class = ERROR_CLASSES[index]
        raise error_class(
            "something specific", errors=[field_error(["body", "name"], "x.y", "bad name")]
        )

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals: password=hunter2")

    @app.post("/echo")
    async def echo(body: Body) -> Body:
        return body

    @app.post("/unstorable")
    async def unstorable(session: SessionDep) -> None:
        await session.execute(text("SELECT CAST(:value AS text)"), {"value": "a\x00b"})

    return app


@pytest.fixture
async def error_client(error_app: FastAPI) -> AsyncClient:
    return AsyncClient(
        transport=ASGITransport(app=error_app, raise_app_exceptions=False), base_url="http://t"
    )


@pytest.mark.parametrize(
    "index", range(len(ERROR_CLASSES)), ids=[c.__name__ for c in ERROR_CLASSES]
)
async def test_each_error_class_is_problem_json(error_client: AsyncClient, index: int) -> None:
    error_class: type[AppError] = ERROR_CLASSES[index]
    response = await error_client.get(f"/raise/{index}")
    assert response.status_code == error_class.status_code
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    body = response.json()
    assert body["status"] == error_class.status_code
    assert body["code"] == error_class.code
    assert body["title"] == error_class.title
    assert body["type"] == f"urn:genba:problem:{error_class.code}"
    assert body["detail"] == "something specific"
    assert body["errors"] == [{"loc": ["body", "name"], "code": "x.y", "message": "bad name"}]
    assert body["request_id"] == response.headers["x-request-id"]


async def test_unexpected_exception_is_a_500_without_internals(
    error_client: AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    response = await error_client.get("/boom", headers={"X-Request-ID": "boom-1"})
    assert response.status_code == 500
    assert response.json()["code"] == "server.internal"
    assert response.json()["request_id"] == response.headers["x-request-id"] == "boom-1"
    assert "hunter2" not in response.text
    assert "Traceback" not in response.text


async def test_request_validation_lists_field_errors_without_echoing_input(
    error_client: AsyncClient,
) -> None:
    response = await error_client.post("/echo", json={"name": "s3cret-value", "count": "many"})
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "request.validation"
    assert body["errors"] == [
        {"loc": ["body", "count"], "code": "int_parsing", "message": body["errors"][0]["message"]}
    ]
    assert "s3cret-value" not in response.text
    assert "many" not in response.text


async def test_broken_json_is_a_bad_request(error_client: AsyncClient) -> None:
    response = await error_client.post(
        "/echo", content=b'{"name": "x", ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["code"] == "request.bad"


async def test_unknown_path_and_wrong_method(error_client: AsyncClient) -> None:
    missing = await error_client.get("/api/v1/nothing-here")
    assert (missing.status_code, missing.json()["code"]) == (404, "http.not_found")
    assert missing.headers["content-type"] == PROBLEM_MEDIA_TYPE
    wrong = await error_client.delete("/healthz")
    assert (wrong.status_code, wrong.json()["code"]) == (405, "http.method_not_allowed")


async def test_request_id_is_adopted_when_sane_and_replaced_when_not(
    error_client: AsyncClient, settings: Settings
) -> None:
    adopted = await error_client.get("/healthz", headers={"X-Request-ID": "gate-7.abc_123"})
    assert adopted.headers["x-request-id"] == "gate-7.abc_123"
    replaced = await error_client.get("/healthz", headers={"X-Request-ID": "x" * 200})
    assert replaced.headers["x-request-id"] != "x" * 200
    assert len(replaced.headers["x-request-id"]) == 32


async def test_a_value_postgresql_refuses_is_a_422_that_says_where(
    error_client: AsyncClient,
) -> None:
    response = await error_client.post("/unstorable")
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert [(e["loc"], e["code"]) for e in response.json()["errors"]] == [
        (["body"], "value.unstorable")
    ]


async def test_a_body_in_another_media_type_is_a_415_naming_the_one_read(
    error_client: AsyncClient,
) -> None:
    body = b'{"name": "a", "count": 1}'
    for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
        headers = {"Content-Type": content_type} if content_type else {}
        response = await error_client.post("/echo", content=body, headers=headers)
        assert response.status_code == 415, (content_type, response.text)
        assert response.json()["code"] == "request.unsupported_media_type"
        assert response.json()["errors"][0]["loc"] == ["header", "content-type"]
    as_json = {"Content-Type": "application/json; charset=utf-8"}
    assert (await error_client.post("/echo", content=body, headers=as_json)).status_code == 200
    missing = await error_client.post("/echo")  # no body at all: the body is what is missing
    assert (missing.status_code, missing.json()["errors"][0]["loc"]) == (422, ["body"])
