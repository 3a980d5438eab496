"""`python -m tools.mailcatcher --smtp-port 8325 --http-port 8326`: the local stack's mail
catcher. It accepts every message over SMTP and shows them at http://127.0.0.1:<http-port>/
(inbox page) and /messages (JSON, for tests); DELETE /messages empties it."""

from __future__ import annotations

import argparse
import asyncio
from functools import partial
from html import escape

import uvicorn
from aiosmtpd.smtp import SMTP
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from tools.mailcatcher.store import CatchingHandler, Inbox

_PAGE = (
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{title}</title>'
    "<style>body{{font-family:sans-serif;max-width:60rem;margin:2rem auto}}"
    "td,th{{padding:.3rem .6rem;text-align:left}}</style></head><body>{body}</body></html>"
)


def web_app(inbox: Inbox) -> Starlette:
    async def page(request: Request) -> HTMLResponse:
        rows = "".join(
            f"<tr><td>{escape(m.received_at[:19])}</td><td>{escape(', '.join(m.to))}</td>"
            f'<td><a href="/messages/{m.id}/html">{escape(m.subject)}</a></td></tr>'
            for m in reversed(inbox.messages)
        )
        table = f"<table><tr><th>受信</th><th>宛先</th><th>件名</th></tr>{rows}</table>"
        body = f"<h1>genba 受信箱（ローカル）</h1>{table if rows else '<p>メールはまだありません。</p>'}"
        return HTMLResponse(_PAGE.format(title="genba 受信箱", body=body))

    async def messages(request: Request) -> JSONResponse:
        to = request.query_params.get("to")
        found = [m.as_json() for m in inbox.messages if to is None or to in m.to]
        return JSONResponse(found)

    async def clear(request: Request) -> Response:
        inbox.clear()
        return Response(status_code=204)

    async def message_html(request: Request) -> Response:
        message = inbox.get(int(request.path_params["message_id"]))
        if message is None:
            return Response(status_code=404)
        return HTMLResponse(message.html or f"<pre>{escape(message.text)}</pre>")

    async def healthz(request: Request) -> Response:
        return Response("ok")

    return Starlette(
        routes=[
            Route("/", page),
            Route("/messages", messages, methods=["GET"]),
            Route("/messages", clear, methods=["DELETE"]),
            Route("/messages/{message_id:int}/html", message_html),
            Route("/healthz", healthz),
        ]
    )


async def serve(host: str, smtp_port: int, http_port: int) -> None:
    inbox = Inbox()
    loop = asyncio.get_running_loop()
    smtp = await loop.create_server(
        partial(SMTP, CatchingHandler(inbox), enable_SMTPUTF8=True), host, smtp_port
    )
    config = uvicorn.Config(web_app(inbox), host=host, port=http_port, log_level="warning")
    try:
        await uvicorn.Server(config).serve()
    finally:
        smtp.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.mailcatcher")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--smtp-port", type=int, default=8325)
    parser.add_argument("--http-port", type=int, default=8326)
    args = parser.parse_args()
    asyncio.run(serve(args.host, args.smtp_port, args.http_port))


if __name__ == "__main__":
    main()
