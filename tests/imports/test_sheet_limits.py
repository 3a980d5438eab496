"""Spreadsheets are refused by their size before their rows are materialised, and a zip bomb
neither grows the worker nor takes it down."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from arq.connections import ArqRedis
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import SessionMaker
from api.imports.columns import WORKER_COLUMNS
from api.imports.reader import UnreadableFile, read_sheet
from api.imports.sheet_limits import SheetLimits
from tests.fixtures.factories import bearer, create_tenant, create_user
from tests.fixtures.jobs import run_queued_jobs
from tests.imports.bombs import far_apart, many_rows, workbook
from tests.imports.helpers import sheet, upload

SMALL = SheetLimits(max_rows=3, max_columns=4, max_unpacked_bytes=64 * 1024)
# The worker may grow this much reading a bomb; reading it whole took well over 1 GB.
RSS_BOUND_MB = 64
ROOT = Path(__file__).resolve().parents[2]


def _refusal(content: bytes, limits: SheetLimits = SMALL) -> str:
    with pytest.raises(UnreadableFile) as refused:
        read_sheet(content, limits)
    return refused.value.code


def _cells(rows: int, columns: int) -> list[list[str]]:
    return [[f"c{column}" for column in range(columns)] for _ in range(rows + 1)]


def test_a_sheet_at_the_limits_is_read_and_one_more_row_or_column_is_refused() -> None:
    columns = WORKER_COLUMNS[:4]
    fits = sheet(columns, [{c.field: "x" for c in columns}] * 3)
    assert len(read_sheet(fits, SMALL).rows) == 3
    longer = sheet(columns, [{c.field: "x" for c in columns}] * 4)
    assert _refusal(longer) == "import.too_many_rows"
    wider = sheet(WORKER_COLUMNS[:5], [{c.field: "x" for c in WORKER_COLUMNS[:5]}])
    assert _refusal(wider) == "import.too_many_columns"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (many_rows(10), "import.too_many_rows"),
        (far_apart(1_000_000, "A"), "import.too_many_rows"),
        (far_apart(2, "XFD"), "import.too_many_columns"),
        (
            workbook([b'<row r="1"><c r="A1"><v>1</v></c></row>'], "A1:D9000"),
            "import.too_many_rows",
        ),
        (
            workbook([b'<row r="1"><c r="A1"><v>1</v></c></row>'], "A1:AA2"),
            "import.too_many_columns",
        ),
        (workbook([b"<row><c><v>1</v></c></row>" * 3000]), "import.unpacked_too_large"),
        (workbook([b'<row r="2"><c r="A9000"><v>1</v></c></row>']), "import.too_many_rows"),
        (workbook([b'<x:row><x:c r="A9"><x:v>1</x:v></x:c></x:row>']), "import.too_many_rows"),
        (workbook([b"<row><c/><c/><c/><c/><c/></row>"]), "import.too_many_columns"),
        (workbook([b"<row r='9'><c r='A9'><v>1</v></c></row>"]), "import.too_many_rows"),
        (workbook([b'<row><c\nr="A9"><v>1</v></c></row>']), "import.too_many_rows"),
        (workbook([b'<row><c r="&#65;9"><v>1</v></c></row>']), "import.unreadable_file"),
        (b"code\n" + b"\n" * 100_000 + b"a\nb\nc\nd\n", "import.too_many_rows"),
        (b"a" + b",x" * 10, "import.too_many_columns"),
    ],
    ids=[
        "rows",
        "far-rows",
        "far-columns",
        "declared-rows",
        "declared-columns",
        "unpacked",
        "cell-below-its-row",
        "prefixed-tags",
        "cells-without-references",
        "single-quoted",
        "newline-in-tag",
        "malformed-reference",
        "csv-rows",
        "csv-columns",
    ],
)
def test_files_past_a_limit_are_refused_with_a_code(content: bytes, code: str) -> None:
    assert _refusal(content) == code


def test_trailing_empty_csv_columns_are_not_counted() -> None:
    read = read_sheet(b"a,b" + b"," * 100 + b"\n1,2\n", SMALL)
    assert (read.headers, read.rows) == (["a", "b", "", ""], [["1", "2"]])


def test_zip_bombs_keep_the_worker_small_and_alive(settings: Settings, tmp_path: Path) -> None:
    """A 250 kB workbook of 4 million rows, and two cells a million rows apart (a 64-column
    dense grid), read the way the worker reads them, in a child process capped at 1 GiB more
    address space than it starts with."""
    paths = []
    for name, content in (("rows", many_rows(4_000_000)), ("grid", far_apart(1_000_000, "BL"))):
        assert len(content) < 300_000
        paths.append(tmp_path / f"{name}.xlsx")
        paths[-1].write_bytes(content)
    limits = json.dumps(asdict(SheetLimits.from_settings(settings)))
    probe = subprocess.run(
        [sys.executable, "-m", "tests.imports.rss_probe", limits, *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr[-2000:]
    result = json.loads(probe.stdout)
    assert result["codes"] == ["import.too_many_rows", "import.too_many_rows"]
    assert result["grown_mb"] < RSS_BOUND_MB, result


async def test_a_bomb_upload_fails_its_job_with_a_code_and_empty_files_are_refused(
    client: AsyncClient,
    session: AsyncSession,
    settings: Settings,
    sessionmaker: SessionMaker,
    redis: ArqRedis,
) -> None:
    headers = bearer(settings, await create_user(session, await create_tenant(session)))
    for empty in (b"", b"\xef\xbb\xbf \r\n"):
        response = await upload(client, headers, "workers", empty, file_name="a.csv")
        assert response.status_code == 422, response.text
        assert response.json()["code"] == "import.empty_file"
    response = await upload(client, headers, "workers", many_rows(4_000_000))
    assert response.status_code == 202, response.text
    await run_queued_jobs(settings, sessionmaker, redis)
    job = (await client.get(f"/api/v1/imports/{response.json()['id']}", headers=headers)).json()
    assert (job["status"], job["error_code"]) == ("failed", "import.too_many_rows"), job
    assert "50,000" in job["error_detail"]
