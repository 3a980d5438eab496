"""A partner's view of the contract: a Python client generated from openapi/openapi.json by a
generator from PyPI (openapi-python-client), used as a partner would — authenticated with API
keys, it posts a terminal batch and lists the work days it made."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.models.api_key import ApiKeyKind
from api.openapi import OPENAPI_PATH
from tests.fixtures.factories import (
    create_api_key,
    create_business,
    create_site,
    create_tenant,
    create_worker,
)
from tests.fixtures.jobs import Fold

PACKAGE = "genba_client"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The generated package, imported from a temp dir (and forgotten afterwards)."""
    root = tmp_path_factory.mktemp("client")
    generator = Path(sys.executable).parent / "openapi-python-client"
    # No formatting hooks: the code is only imported here, and formatting would cost seconds.
    config = root / "generator.yaml"
    config.write_text("post_hooks: []\n")
    command = [str(generator), "generate", "--path", str(OPENAPI_PATH), "--meta", "none"]
    command += ["--config", str(config), "--output-path", str(root / PACKAGE)]
    subprocess.run(command, check=True, capture_output=True)
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(root))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


def _client(generated: Any, app: FastAPI, key: str) -> Any:
    """Authenticated with an API key (`X-API-Key`), over the app itself."""
    return generated.AuthenticatedClient(
        base_url="http://genba.test",
        token=key,
        prefix="",
        auth_header_name="X-API-Key",
        httpx_args={"transport": httpx.ASGITransport(app=app)},
    )


async def test_a_generated_client_posts_a_terminal_batch_and_lists_the_work_days(
    generated: Any, app: FastAPI, session: AsyncSession, settings: Settings, fold: Fold
) -> None:
    tenant = await create_tenant(session)
    site = await create_site(session, tenant)
    worker = await create_worker(session, tenant, await create_business(session, tenant))
    _, terminal_key = await create_api_key(
        session,
        settings,
        tenant,
        ApiKeyKind.terminal,
        scopes=["terminal:events"],
        site_ids=[site.id],
    )
    _, partner_key = await create_api_key(session, settings, tenant, scopes=["attendance:read"])

    events = importlib.import_module(f"{PACKAGE}.api.terminal.post_terminal_events")
    body = importlib.import_module(f"{PACKAGE}.models.post_terminal_events_body")
    event = importlib.import_module(f"{PACKAGE}.models.post_terminal_events_body_terminal_event")
    kind = importlib.import_module(
        f"{PACKAGE}.models.post_terminal_events_body_terminal_event_kind"
    )
    entry = event.PostTerminalEventsBodyTerminalEvent(
        event_id="gate-1-0001",
        site_id=site.id,
        kind=kind.PostTerminalEventsBodyTerminalEventKind("entry"),
        occurred_at=datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
        worker_id=worker.id,
    )
    answer = await events.asyncio_detailed(
        client=_client(generated, app, terminal_key),
        body=body.PostTerminalEventsBody(events=[entry]),
    )
    assert answer.status_code == 200, answer.content
    assert (answer.parsed.accepted, answer.parsed.duplicates) == (1, 0)

    await fold(tenant.id)
    listing = importlib.import_module(f"{PACKAGE}.api.attendance.list_work_days")
    days = await listing.asyncio_detailed(client=_client(generated, app, partner_key))
    assert days.status_code == 200, days.content
    [day] = days.parsed.items
    assert (day.worker.id, day.site.id, day.work_date.isoformat()) == (
        worker.id,
        site.id,
        "2026-11-24",
    )
    assert days.parsed.pagination.total_count == 1

    refused = await listing.asyncio_detailed(client=_client(generated, app, terminal_key))
    assert refused.status_code == 403
    assert refused.parsed.code == "auth.insufficient_scope"
