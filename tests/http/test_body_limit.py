"""Request bodies are limited per route class while they are read, before anything else."""

from __future__ import annotations

from collections.abc import AsyncIterator

from httpx import AsyncClient, Response

from api.config import Settings
from api.errors import PROBLEM_MEDIA_TYPE

CHUNK = 64 * 1024


def _assert_refused(response: Response) -> None:
    assert response.status_code == 413, response.text
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    body = response.json()
    assert (body["code"], body["status"]) == ("request.body_too_large", 413)
    assert body["request_id"] == response.headers["x-request-id"]


async def test_a_declared_oversize_body_is_refused_before_authentication_and_parsing(
    client: AsyncClient, settings: Settings
) -> None:
    # Not JSON and no credentials: the size is what is answered, not 400 or 401.
    body = b"{" * (settings.request_max_bytes + 1)
    _assert_refused(await client.post("/api/v1/workers", content=body))
    small = await client.post("/api/v1/workers", content=b"{" * settings.request_max_bytes)
    assert small.status_code == 401


async def test_a_chunked_body_is_counted_while_read_and_cut_off_at_the_limit(
    client: AsyncClient, settings: Settings
) -> None:
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        for _ in range(200):  # 12.5 MiB if it were all read
            sent += 1
            yield b" " * CHUNK

    response = await client.post(
        "/api/v1/workers", content=chunks(), headers={"content-type": "application/json"}
    )
    _assert_refused(response)
    # Nothing read past the chunk that crossed the limit.
    assert sent == settings.request_max_bytes // CHUNK + 1


async def test_each_route_class_has_its_own_limit(client: AsyncClient, settings: Settings) -> None:
    between = b" " * (settings.request_max_bytes * 2)
    assert settings.request_max_bytes * 2 < settings.terminal_request_max_bytes
    _assert_refused(await client.post("/api/v1/attendance/bulk", content=between))
    terminal = await client.post("/api/v1/terminal/events", content=between)
    assert terminal.status_code == 401, terminal.text
    upload = await client.post("/api/v1/imports", content=between)
    assert upload.status_code == 401, upload.text
    slash = await client.post("/api/v1/imports/", content=between)
    assert slash.status_code != 413, slash.text
    over = b" " * (settings.terminal_request_max_bytes + 1)
    _assert_refused(await client.post("/api/v1/terminal/events", content=over))
    over = b" " * (settings.upload_request_max_bytes + 1)
    _assert_refused(await client.post("/api/v1/imports", content=over))


async def test_a_chunked_upload_is_cut_off_at_the_upload_limit(
    client: AsyncClient, settings: Settings
) -> None:
    boundary = "limit-test-boundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nworkers\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n'
        "Content-Type: text/csv\r\n\r\n"
    ).encode()
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        yield head
        for _ in range(settings.upload_request_max_bytes // CHUNK + 50):
            sent += 1
            yield b"a," * (CHUNK // 2)

    response = await client.post(
        "/api/v1/imports",
        content=chunks(),
        headers={"content-type": f"multipart/form-data; boundary={boundary}"},
    )
    _assert_refused(response)
    assert sent <= settings.upload_request_max_bytes // CHUNK + 1
