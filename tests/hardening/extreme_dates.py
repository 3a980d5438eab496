"""Extreme but well-formed dates and instants on every path that takes one, each with the field
its error must name and the code, and how to send a case."""

from __future__ import annotations

from typing import Any

from httpx import AsyncClient

# (method, path, body or None, the field the error names, its code)
BAD: list[tuple[str, str, dict[str, Any] | None, list[str | int], str]] = [
    ("POST", "/attendance", {"entry_at": "9999-12-31T23:59:59-14:00"}, ["body", "entry_at"], "datetime.out_of_range"),
    ("POST", "/attendance", {"entry_at": "0001-01-01T00:00:00+09:00"}, ["body", "entry_at"], "datetime.out_of_range"),
    ("POST", "/attendance", {"exit_at": "2026-11-20T17:00:00"}, ["body", "exit_at"], "datetime.invalid"),
    ("POST", "/attendance", {"entry_at": 0}, ["body", "entry_at"], "datetime.invalid"),
    ("BULK", "/attendance/bulk", {"date_from": "9999-12-31", "date_to": "9999-12-31"}, ["body", "date_from"], "date.out_of_range"),
    ("BULK", "/attendance/bulk", {"date_from": "0001-01-01", "date_to": "0001-01-01"}, ["body", "date_from"], "date.out_of_range"),
    ("GET", "/attendance?date_from=0001-01-01", None, ["query", "date_from"], "date.out_of_range"),
    ("GET", "/attendance?date_to=0", None, ["query", "date_to"], "date.invalid"),
    ("GET", "/attendance/export?date_to=9999-12-31", None, ["query", "date_to"], "date.out_of_range"),
    ("GET", "/ccus/results?date_to=0001-01-01", None, ["query", "date_to"], "date.out_of_range"),
    ("GET", "/ccus/outbox?day=9999-12-31", None, ["query", "day"], "date.out_of_range"),
    ("GET", "/ccus/results/failures?day=0001-01-01", None, ["query", "day"], "date.out_of_range"),
    ("GET", "/sites?active_on=0001-01-01", None, ["query", "active_on"], "date.out_of_range"),
    ("GET", "/sites/{site}/calendar?month=9999-12", None, ["query", "month"], "month.invalid"),
    ("GET", "/sites/{site}/usage-fee?month=2100-01", None, ["query", "month"], "month.invalid"),
    ("PATCH", "/workers/{worker}", {"birth_date": "1899-12-31"}, ["body", "birth_date"], "date.out_of_range"),
    ("PATCH", "/workers/{worker}", {"birth_date": "2099-01-01"}, ["body", "birth_date"], "date.out_of_range"),
    ("PATCH", "/workers/{worker}", {"hired_on": "0001-01-01"}, ["body", "hired_on"], "date.out_of_range"),
    ("PATCH", "/workers/{worker}", {"qualifications": [{"name": "玉掛け", "expires_on": "9999-12-31"}]}, ["body", "qualifications", 0, "expires_on"], "date.out_of_range"),
    ("PATCH", "/sites/{site}", {"period_end": "9999-12-31"}, ["body", "period_end"], "date.out_of_range"),
    ("POST", "/api-keys", {"name": "k", "kind": "partner", "scopes": ["registry:read"], "expires_at": "9999-12-31T23:59:59-14:00"}, ["body", "expires_at"], "datetime.out_of_range"),
    ("POST", "/api-keys", {"name": "k", "kind": "partner", "scopes": ["registry:read"], "expires_at": "2030-01-01T00:00:00"}, ["body", "expires_at"], "datetime.invalid"),
]  # fmt: skip


async def send(client: AsyncClient, world: dict[str, Any], case: tuple[Any, ...]) -> Any:
    method, path, body, _, _ = case
    url = "/api/v1" + path.format(site=world["site"].id, worker=world["worker"].id)
    ids = {"site_id": str(world["site"].id), "worker_id": str(world["worker"].id)}
    if method == "BULK":
        row = {"worker_id": ids["worker_id"], "entry_time": "22:00", "exit_time": "06:00"}
        body = {"site_id": ids["site_id"], "rows": [row], **body}
        method = "POST"
    elif path == "/attendance":
        body = {**ids, **body}
    return await client.request(method, url, json=body, headers=world["headers"])
