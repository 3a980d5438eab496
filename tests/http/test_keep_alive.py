"""A 500 is an answer like any other: the keep-alive connection it came on stays usable."""

from __future__ import annotations

import asyncio
import socket

import uvicorn
from fastapi import FastAPI


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    length = next(
        int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:")
    )
    return int(lines[0].split()[1]), await reader.readexactly(length)


async def test_a_server_error_keeps_the_connection_open(app: FastAPI) -> None:
    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("unexpected")

    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="off", log_config=None)
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    try:
        for _ in range(1000):
            if server.started:
                break
            await asyncio.sleep(0.01)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        request = "GET {} HTTP/1.1\r\nHost: genba.test\r\nX-Request-ID: keep-{}\r\n\r\n"
        writer.write(request.format("/boom", 1).encode())
        status, body = await asyncio.wait_for(_read_response(reader), 10)
        assert status == 500
        assert b'"request_id":"keep-1"' in body
        # The same socket answers the next request.
        writer.write(request.format("/healthz", 2).encode())
        status, _ = await asyncio.wait_for(_read_response(reader), 10)
        assert status == 200
        writer.close()
    finally:
        server.should_exit = True
        await serving
