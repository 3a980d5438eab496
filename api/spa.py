"""Serves the built SPA: hashed assets under /assets, index.html for every client-side route."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response
from starlette.types import Scope

from api.route_guard import SERVER_PREFIXES, SPA_ROUTE_NAME


def mount_spa(app: FastAPI, spa_dir: str) -> None:
    root = Path(spa_dir).resolve()
    index = root / "index.html"
    if not index.is_file():
        return
    assets = root / "assets"
    if assets.is_dir():
        # Hashed file names: a browser may keep them for a year.
        app.mount("/assets", _ImmutableStaticFiles(directory=assets), name="spa-assets")

    @app.get("/{path:path}", include_in_schema=False, name=SPA_ROUTE_NAME)
    def spa(path: str, request: Request) -> FileResponse:
        if path.startswith(SERVER_PREFIXES) or request.method != "GET":
            raise HTTPException(status_code=404)
        candidate = (root / path).resolve()
        if path and candidate.is_file() and candidate.is_relative_to(root):
            return FileResponse(candidate)
        # index.html changes with every build; never cache it.
        return FileResponse(index, headers={"Cache-Control": "no-cache"})


class _ImmutableStaticFiles(StaticFiles):
    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code == 200:
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        return response
