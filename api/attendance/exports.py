"""就業履歴 as spreadsheet rows (.xlsx or .csv)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from api.attendance.calendar import day_state
from api.attendance.repository import Row
from api.kit.cells import escape_cell
from api.kit.japan import tokyo_text

HEADERS = (
    "就業日",
    "現場コード",
    "現場名",
    "事業者コード",
    "事業者名",
    "技能者コード",
    "技能者名",
    "入場時刻",
    "退場時刻",
    "状態",
    "作業場所",
    "CCUS連携状態",
    "エラーコード",
)
_STATES = {"complete": "入退場済", "open": "退場なし", "exit_only": "入場なし"}


def _time(value: datetime | None) -> str:
    return tokyo_text(value, "%Y/%m/%d %H:%M") if value else ""


def cells(rows: Sequence[Row]) -> list[list[Any]]:
    return [
        [
            work_day.work_date.strftime("%Y/%m/%d"),
            site.code,
            site.name,
            business.code,
            business.name,
            worker.code,
            f"{worker.family_name} {worker.given_name}",
            _time(work_day.entry_at),
            _time(work_day.exit_at),
            _STATES[day_state(work_day).value],
            work_day.work_location or "",
            work_day.ccus_status.value,
            work_day.ccus_error_code or "",
        ]
        for work_day, site, worker, business in rows
    ]


def to_csv(rows: list[list[Any]]) -> bytes:
    """UTF-8 with a BOM, so Excel in Japanese opens it without garbling."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows([escape_cell(cell) for cell in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode()
