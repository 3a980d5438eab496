"""Call every operation of the OpenAPI document — writes with bodies carrying canaries, their
refused variants, unknown ids, then every read — and keep every answer for the leak check."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from httpx import AsyncClient, Response

from api.imports.columns import COLUMNS
from api.models.import_job import ImportKind, ImportMode
from tests.reliability.bodies import NIL, World, request_body
from tests.reliability.secret_fields import BY_DESIGN, SECRET_FIELDS

# `code`: the operator API's tenant code (its own key; the sweep's tenant credential gets 401).
ENUMS = {"kind": "workers", "table": "workers", "entity_id": "worker_id", "code": "no-such-tenant"}
QUERY = {"month": "2026-11"}
WRITES = ("post", "put", "patch")
# Reads the document does not list (include_in_schema=False, or the document itself).
UNDOCUMENTED_READS = ("/metrics", "/openapi.json")


@dataclass
class Answer:
    operation: str  # "PATCH /api/v1/workers/{worker_id}"
    label: str
    status: int
    text: str  # headers and body, the by-design fields taken out


@dataclass
class Sweep:
    client: AsyncClient
    world: World
    staff: dict[str, str]
    terminal: dict[str, str]
    answers: list[Answer] = field(default_factory=list)
    imports: list[UUID] = field(default_factory=list)
    # (operation, field, value) of every secret an answer handed out by design.
    handed_out: list[tuple[str, str, str]] = field(default_factory=list)


def readable(response: Response) -> str:
    """The body as text; an .xlsx is unzipped, its XML searched like any other text."""
    content = response.content
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as book:
            return "\n".join(book.read(name).decode("utf-8", "replace") for name in book.namelist())
    return content.decode("utf-8", "replace")


def _url(path: str, sweep: Sweep, operation: dict[str, Any], *, unknown: bool = False) -> str:
    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in ENUMS and not ENUMS[name].endswith("_id"):
            return ENUMS[name]
        return NIL if unknown else str(sweep.world.ids[ENUMS.get(name, name)])

    url = re.sub(r"\{(\w+)\}", fill, path)
    required = [
        p["name"]
        for p in operation.get("parameters", [])
        if p["in"] == "query" and p.get("required")
    ]
    return url + ("?" + "&".join(f"{n}={QUERY[n]}" for n in required) if required else "")


def _take_out_by_design(sweep: Sweep, method: str, path: str, response: Response) -> str:
    body = readable(response)
    fields = [name for (m, p, name) in BY_DESIGN if (m, p) == (method, path)]
    if fields and response.is_success:
        data = response.json()
        for name in fields:
            handed_out = str(data.pop(name, ""))
            sweep.handed_out.append((f"{method} {path}", name, handed_out))
            sweep.world.canaries.sent += [
                handed_out,
                *(p for p in handed_out.split("_") if len(p) >= 16),
            ]
            if name == "access_token":
                sweep.staff = {"Authorization": f"Bearer {handed_out}"}
        body = json.dumps(data, ensure_ascii=False)
    headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items())
    return f"{headers}\n{body}"


async def _send(
    sweep: Sweep, method: str, path: str, url: str, label: str, **request: Any
) -> Response:
    auth = sweep.terminal if path.startswith("/api/v1/terminal/") else sweep.staff
    headers = {**auth, **request.pop("headers", {})}
    response = await sweep.client.request(method, url, headers=headers, **request)
    text = _take_out_by_design(sweep, method, path, response)
    sweep.answers.append(
        Answer(f"{method} {path}", f"{method} {url} ({label})", response.status_code, text)
    )
    return response


async def _write(
    sweep: Sweep, document: dict[str, Any], method: str, path: str, operation: dict[str, Any]
) -> None:
    body = request_body(document, sweep.world, operation)
    url = _url(path, sweep, operation)

    def payload(values: dict[str, Any] | None = None) -> dict[str, Any]:
        if body is None:
            return {}
        values = body.valid if values is None else values
        return {"data": values} if body.media == "form" else {"json": values}

    response = await _send(sweep, method, path, url, "valid", **payload())
    if body is not None:
        if response.is_success and "new_password" in body.valid:
            sweep.world.password = body.valid["new_password"]
        if method == "POST" and "{" not in path and body.media == "json":
            # The same create again: the conflict's answer.
            await _send(sweep, method, path, url, "replayed", **payload())
        for refused in body.refused:
            await _send(sweep, method, path, url, "refused", **payload(refused))
        if body.media == "json":
            # Cut short: the answer to a body that is not JSON at all.
            broken = json.dumps(body.valid)[:-1].encode()
            json_type = {"content-type": "application/json"}
            await _send(sweep, method, path, url, "malformed", content=broken, headers=json_type)
    unknown = _url(path, sweep, operation, unknown=True)
    if unknown != url:
        await _send(sweep, method, path, unknown, "unknown id", **payload())


def import_file(sweep: Sweep, kind: ImportKind) -> bytes:
    """A file of that kind: one row that passes, then one per refused value of each secret."""
    codes = {
        "branches": sweep.world.codes["branch"],
        "business_code": sweep.world.codes["business"],
    }
    columns = COLUMNS[kind]
    secret = [c for c in columns if c.field in SECRET_FIELDS]
    assert secret, f"{kind} files have no secret column to plant a canary in"

    def row(values: dict[str, str]) -> list[str]:
        return [values.get(c.field, codes.get(c.field, c.example)) for c in columns]

    canaries = sweep.world.canaries
    rows = [row({c.field: canaries.valid(SECRET_FIELDS[c.field]) for c in secret})]
    for column in secret:
        rows += [
            row({column.field: wrong}) for wrong in canaries.invalid(SECRET_FIELDS[column.field])
        ]
    out = io.StringIO()
    csv.writer(out).writerows([[c.header for c in columns], *rows])
    return out.getvalue().encode()


async def run(
    sweep: Sweep, document: dict[str, Any], after_writes: Callable[[], Awaitable[Any]]
) -> None:
    """Writes first (in the document's order), then `after_writes`, every read, the deletes."""
    operations = [
        (method.upper(), path, operation)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    ]
    for method, path, operation in operations:
        if method.lower() not in WRITES:
            continue
        if "multipart/form-data" not in operation.get("requestBody", {}).get("content", {}):
            await _write(sweep, document, method, path, operation)
            continue
        for kind in ImportKind:
            # Valid rows only: the good row is stored, the others are reported row by row.
            form = {"kind": kind, "mode": ImportMode.valid_rows_only}
            upload = {"files": {"file": ("r5.csv", import_file(sweep, kind))}, "data": form}
            response = await _send(sweep, method, path, path, "valid", **upload)
            if response.is_success:
                sweep.imports.append(UUID(response.json()["id"]))
    await after_writes()
    for method, path, operation in operations:
        if method != "GET":
            continue
        await _send(sweep, method, path, _url(path, sweep, operation), "read")
        if "{import_id}" in path:
            for import_id in sweep.imports:
                sweep.world.ids["import_id"] = import_id
                await _send(sweep, method, path, _url(path, sweep, operation), "read")
    for path in UNDOCUMENTED_READS:
        await _send(sweep, "GET", path, path, "read")
    for method, path, operation in operations:
        if method == "DELETE":
            await _write(sweep, document, method, path, operation)
