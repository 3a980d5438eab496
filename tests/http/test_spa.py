from __future__ import annotations

from pathlib import Path

from api.app import create_app
from api.config import Settings
from tests.http.spa_build import INDEX, asgi_client, built_spa


async def test_client_routes_get_index_html_and_assets_are_cached(
    settings: Settings, tmp_path: Path
) -> None:
    spa = built_spa(tmp_path / "dist")
    app = create_app(settings.model_copy(update={"spa_dir": str(spa)}))
    async with asgi_client(app) as client:
        for path in ("/", "/sites/4b1c/edit", "/attendance?page=2"):
            page = await client.get(path)
            assert page.status_code == 200, path
            assert page.text == INDEX
            assert page.headers["cache-control"] == "no-cache"

        asset = await client.get("/assets/index-abc123.js")
        assert asset.text == "console.log('genba')"
        assert "immutable" in asset.headers["cache-control"]
        assert (await client.get("/favicon.svg")).text == "<svg/>"

        # Outside the build folder nothing is served, only the SPA's index.
        escaped = await client.get("/..%2Fsecret.txt")
        assert "not for the web" not in escaped.text


async def test_unknown_api_paths_stay_problem_json(settings: Settings, tmp_path: Path) -> None:
    spa = built_spa(tmp_path / "dist")
    app = create_app(settings.model_copy(update={"spa_dir": str(spa)}))
    async with asgi_client(app) as client:
        missing = await client.get("/api/v1/no-such-resource")
        assert missing.status_code == 404
        assert missing.headers["content-type"].startswith("application/problem+json")
        assert (await client.get("/assets/missing.js")).status_code == 404
        # The contract does not list the SPA's catch-all.
        paths = (await client.get("/openapi.json")).json()["paths"]
        assert "/{path}" not in paths


async def test_without_a_build_the_root_is_not_found(settings: Settings) -> None:
    app = create_app(settings)
    async with asgi_client(app) as client:
        assert (await client.get("/")).status_code == 404
