"""Load versioned master data files (api/masters/data/*.vN.csv) from migrations.

A later correction ships a new file version and a new migration that upserts it; files that
have landed are never edited."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import op

DATA_DIR = Path(__file__).resolve().parents[1] / "api" / "masters" / "data"
# Shipped occupations get ids derived from their codes, identical in every database.
OCCUPATION_NAMESPACE = uuid.UUID("6f1c2f8e-3b5a-4c8e-9a52-6d1f0c9e7b10")


def occupation_id(major_code: str, minor_code: str) -> uuid.UUID:
    return uuid.uuid5(OCCUPATION_NAMESPACE, f"{major_code}-{minor_code}")


def read_rows(file_name: str) -> list[dict[str, str]]:
    with (DATA_DIR / file_name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _boolean(value: str) -> bool | None:
    return {"true": True, "false": False}.get(value.strip().lower())


def upsert(table: str, rows: Sequence[dict[str, Any]], key: Sequence[str], where: str = "") -> None:
    if not rows:
        return
    columns = list(rows[0])
    updates = ", ".join(f"{column} = EXCLUDED.{column}" for column in columns if column not in key)
    conflict = f"({', '.join(key)}){f' WHERE {where}' if where else ''}"
    statement = sa.text(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
        f"({', '.join(':' + column for column in columns)}) "
        f"ON CONFLICT {conflict} DO {'UPDATE SET ' + updates if updates else 'NOTHING'}"
    )
    op.get_bind().execute(statement, list(rows))


def load_simple(table: str, file_name: str, key: Sequence[str] = ("code",)) -> None:
    rows: list[dict[str, Any]] = read_rows(file_name)
    for row in rows:
        for column, value in row.items():
            if column.startswith("is_"):
                row[column] = _boolean(value) or False
    upsert(table, rows, key)


def load_occupations(file_name: str) -> None:
    rows = [
        {
            "id": occupation_id(row["major_code"], row["minor_code"]),
            "major_code": row["major_code"],
            "major_name": row["major_name"],
            "minor_code": row["minor_code"],
            "minor_name": row["minor_name"],
            "evaluable": _boolean(row["evaluable"]),
            "confidence": row["confidence"],
            "source": row["source"],
            "is_active": True,
        }
        for row in read_rows(file_name)
    ]
    # Shipped rows have no tenant; forced row-level security would refuse them even to the owner.
    op.execute("ALTER TABLE occupations NO FORCE ROW LEVEL SECURITY")
    upsert("occupations", rows, ("major_code", "minor_code"), where="tenant_id IS NULL")
    op.execute("ALTER TABLE occupations FORCE ROW LEVEL SECURITY")
