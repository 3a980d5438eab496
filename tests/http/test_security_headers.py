"""Every answer carries the security headers; the SPA's policy runs only our own scripts."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.config import Environment, Settings
from tests.http.spa_build import asgi_client, built_spa

ROOT = Path(__file__).resolve().parents[2]


def _directives(policy: str) -> dict[str, list[str]]:
    parts = [part.split() for part in policy.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


def _assert_common(response: httpx.Response) -> dict[str, list[str]]:
    headers = response.headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert "camera=()" in headers["permissions-policy"]
    assert "geolocation=()" in headers["permissions-policy"]
    policy = _directives(headers["content-security-policy"])
    assert policy["frame-ancestors"] == ["'none'"]
    return policy


async def test_spa_pages_and_assets_run_only_our_own_scripts(
    settings: Settings, tmp_path: Path
) -> None:
    spa = built_spa(tmp_path / "dist")
    app = create_app(settings.model_copy(update={"spa_dir": str(spa)}))
    async with asgi_client(app) as client:
        for path in ("/", "/sites/4b1c/edit", "/assets/index-abc123.js"):
            response = await client.get(path)
            assert response.status_code == 200, path
            policy = _assert_common(response)
            assert policy["script-src"] == ["'self'"], path
            assert policy["default-src"] == ["'self'"]
            assert policy["object-src"] == ["'none'"]
            assert policy["base-uri"] == ["'none'"]
            assert policy["connect-src"] == ["'self'"]
            # Mantine's run-time <style> elements; never scripts.
            assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
            assert "strict-transport-security" not in response.headers


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/healthz", 200),
        ("GET", "/api/v1/me", 401),
        ("GET", "/api/v1/no-such-thing", 404),
        ("POST", "/api/v1/auth/token", 422),
    ],
)
async def test_api_answers_and_errors_load_nothing(
    client: httpx.AsyncClient, method: str, path: str, status: int
) -> None:
    response = await client.request(method, path)
    assert response.status_code == status
    policy = _assert_common(response)
    assert policy["default-src"] == ["'none'"]
    assert "strict-transport-security" not in response.headers


async def test_a_server_error_carries_the_headers_too(app: FastAPI) -> None:
    @app.get("/api/v1/boom-for-headers")
    async def boom() -> None:
        raise RuntimeError("unexpected")

    async with asgi_client(app) as client:
        response = await client.get("/api/v1/boom-for-headers")
    assert response.status_code == 500
    assert _directives(response.headers["content-security-policy"])["default-src"] == ["'none'"]


async def test_production_pins_https(settings: Settings) -> None:
    production = settings.model_copy(update={"env": Environment.production})
    async with asgi_client(create_app(production)) as client:
        response = await client.get("/docs")
    assert response.headers["strict-transport-security"].startswith("max-age=63072000")
    assert _directives(response.headers["content-security-policy"])["frame-ancestors"] == ["'none'"]


def test_the_spa_shell_has_no_inline_script() -> None:
    """'self' alone would refuse it: every script of index.html must be a file."""
    shell = (ROOT / "frontend" / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", shell, re.DOTALL | re.IGNORECASE)
    assert scripts
    for attributes, body in scripts:
        assert "src=" in attributes
        assert not body.strip()
    assert not re.search(r"\son[a-z]+\s*=", shell, re.IGNORECASE)
