"""A built SPA in a temp folder and a client on an app that serves it, for the suites that
check what the SPA and its neighbours answer."""

from __future__ import annotations

from pathlib import Path

import httpx
from fastapi import FastAPI

INDEX = '<!doctype html><div id="root"></div><script src="/assets/index-abc123.js"></script>'


def built_spa(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir(parents=True)
    (tmp_path / "index.html").write_text(INDEX, encoding="utf-8")
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log('genba')", encoding="utf-8")
    (tmp_path / "favicon.svg").write_text("<svg/>", encoding="utf-8")
    (tmp_path.parent / "secret.txt").write_text("not for the web", encoding="utf-8")
    return tmp_path


def asgi_client(app: FastAPI) -> httpx.AsyncClient:
    """Server errors come back as answers (with their headers), not as raised exceptions."""
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
        base_url="http://genba.test",
    )
