"""The sandbox's CCUS: entities, submissions, what each idempotency key produced and how often
each natural key was applied (see ledger.py).

In memory, seeded from a file: the sandbox stands in for a remote system, so a restart is a
CCUS that forgot nothing the product must remember (the product keeps its own outbox)."""

from __future__ import annotations

import json
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ccus_sandbox.catalogue import Catalogue
from ccus_sandbox.ledger import Ledger
from ccus_sandbox.schemas import (
    EntityKind,
    RecordResult,
    StructureDifference,
    VerifyResult,
    WorkRecord,
)


@dataclass
class StoredEntity:
    data: dict[str, Any]
    verification_number: str | None = None
    updated_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def standard_api(site: StoredEntity) -> bool:
    """☑標準APIの利用. A site without the flag in its data (the seed's, or one added by an admin
    without saying) has it: the sandbox's sites were linked from a product."""
    return bool(site.data.get("standard_api", True))


@dataclass
class StoredSubmission:
    ready_at: float
    results: list[RecordResult]


class SandboxState:
    def __init__(self, catalogue: Catalogue, user_id: str) -> None:
        self.catalogue = catalogue
        self.user_id = user_id
        self.entities: dict[EntityKind, dict[str, StoredEntity]] = {kind: {} for kind in EntityKind}
        self.submissions: dict[str, StoredSubmission] = {}
        self.results_by_key: dict[str, RecordResult] = {}
        # (site, worker, date) → the record CCUS holds; what the monthly calendar would show.
        self.work_history: dict[tuple[str, str, date], WorkRecord] = {}
        self.structure: dict[str, dict[str, StructureDifference]] = {}
        # How often each key was applied as new: anything above 1 is a record sent twice.
        self.applied: Counter[str] = Counter()
        # The same per natural key, where a record re-sent under a fresh key shows.
        self.ledger = Ledger()
        self.requests: Counter[str] = Counter()
        self.answers_lost: Counter[str] = Counter()
        # 現場IDs CCUS assigns, counting up; a registration's key → the 現場ID it got.
        self.next_site_number = 77_000_000_000_001
        self.registered_sites: dict[str, str] = {}

    @classmethod
    def seeded(cls, catalogue: Catalogue, seed_file: Path) -> SandboxState:
        seed = json.loads(seed_file.read_text(encoding="utf-8"))
        state = cls(catalogue, seed["user_id"])
        for kind, plural in (
            (EntityKind.site, "sites"),
            (EntityKind.business, "businesses"),
            (EntityKind.worker, "workers"),
        ):
            for item in seed.get(plural, []):
                data = {
                    key: value
                    for key, value in item.items()
                    if key not in {"id", "verification_number"}
                }
                state.entities[kind][item["id"]] = StoredEntity(
                    data, item.get("verification_number")
                )
        return state

    def upsert_entity(
        self,
        kind: EntityKind,
        ccus_id: str,
        data: dict[str, Any],
        verification_number: str | None = None,
    ) -> None:
        current = self.entities[kind].get(ccus_id)
        if kind is EntityKind.site and "standard_api" not in data:
            # Updating a site keeps its tick; a site first registered through the API gets it.
            data = {**data, "standard_api": standard_api(current) if current else True}
        secret = (
            verification_number
            if verification_number is not None
            else (current.verification_number if current else None)
        )
        self.entities[kind][ccus_id] = StoredEntity(data, secret)

    def new_site_id(self) -> str:
        while f"{self.next_site_number:014d}" in self.entities[EntityKind.site]:
            self.next_site_number += 1
        site_id = f"{self.next_site_number:014d}"
        self.next_site_number += 1
        return site_id

    def register_site(self, key: str, data: dict[str, Any]) -> str:
        """Registered through the API (seed ※2): CCUS assigns the 現場ID and ticks 標準APIの利用.
        A key seen before gets the 現場ID it got the first time."""
        if key not in self.registered_sites:
            site_id = self.new_site_id()
            self.upsert_entity(EntityKind.site, site_id, {**data, "standard_api": True})
            self.applied[key] += 1
            self.registered_sites[key] = site_id
        return self.registered_sites[key]

    def verify(
        self, kind: EntityKind, ccus_id: str, verification_number: str | None
    ) -> VerifyResult:
        entity = self.entities[kind].get(ccus_id)
        # Sites have no 本人確認番号 of their own; a wrong one for a business or worker fails
        # exactly like an unknown ID (CCUS does not say which of the two was wrong).
        valid = entity is not None and (
            kind is EntityKind.site or entity.verification_number == verification_number
        )
        if valid:
            return VerifyResult(kind=kind, id=ccus_id, valid=True)
        return VerifyResult(
            kind=kind,
            id=ccus_id,
            valid=False,
            code="DATF0001E",
            message=self.catalogue.message("DATF0001E", id=ccus_id),
        )

    def apply_structure(self, site_id: str, difference: StructureDifference) -> RecordResult:
        target = f"{difference.business_id or ''}:{difference.worker_id or ''}"
        natural_key = f"structure:{site_id}:{target}"
        if difference.key in self.results_by_key:
            self.ledger.replayed(natural_key)
            return self.results_by_key[difference.key]
        result = self._structure_result(site_id, difference)
        if result.status == "ok":
            entries = self.structure.setdefault(site_id, {})
            if difference.action.startswith("remove"):
                entries.pop(target, None)
                content: dict[str, Any] = {"action": "remove"}
            else:
                entries[target] = difference
                content = difference.model_dump(mode="json", exclude={"key"})
            self.applied[difference.key] += 1
            self.ledger.applied(natural_key, difference.key, content)
        self.results_by_key[difference.key] = result
        return result

    def _structure_result(self, site_id: str, difference: StructureDifference) -> RecordResult:
        subject = {
            "site_id": site_id,
            "business_id": difference.business_id,
            "worker_id": difference.worker_id,
        }
        fields = {"user_id": self.user_id, **subject}
        site = self.entities[EntityKind.site].get(site_id)
        if site is None:
            return self._answer(difference.key, subject, "DATE0404E", kind="現場", id=site_id)
        if not standard_api(site):
            return self._answer(difference.key, subject, "DATK0411E", **fields)
        if difference.business_id not in self.entities[EntityKind.business]:
            return self._answer(difference.key, subject, "DATK0402E", **fields)
        names_worker = difference.action.endswith("_worker") or difference.worker_id is not None
        if names_worker and difference.worker_id not in self.entities[EntityKind.worker]:
            return self._answer(difference.key, subject, "DATK0408E", **fields)
        return self._answer(difference.key, subject, None)

    def submit(self, records: list[WorkRecord], delay: float) -> tuple[str, int]:
        submission_id = uuid.uuid4().hex
        results = [self._apply_record(record) for record in records]
        self.submissions[submission_id] = StoredSubmission(
            ready_at=time.monotonic() + delay, results=results
        )
        return submission_id, len(results)

    def _apply_record(self, record: WorkRecord) -> RecordResult:
        # A record sent again (a retry after a lost answer) gets the first answer and is not
        # stored a second time.
        day = (record.site_id or "", record.worker_id or "", record.work_date)
        natural_key = "work_day:{}:{}:{}".format(*day)
        if record.key in self.results_by_key:
            self.ledger.replayed(natural_key)
            return self.results_by_key[record.key]
        result = self._record_result(record)
        if result.status == "ok":
            if record.action == "delete":
                self.work_history.pop(day, None)
                content: dict[str, Any] = {"action": "delete"}
            else:
                self.work_history[day] = record
                content = record.model_dump(mode="json", exclude={"key"})
            self.applied[record.key] += 1
            self.ledger.applied(natural_key, record.key, content)
        self.results_by_key[record.key] = result
        return result

    def _record_result(self, record: WorkRecord) -> RecordResult:
        # A site without 標準APIの利用 still takes work history: the seed ties the tick to the
        # structure only (※1: a structure made in CCUS needs no tick) — see ADR 0017.
        site = self.entities[EntityKind.site].get(record.site_id or "")
        subject: dict[str, Any] = {
            "site_id": record.site_id,
            "business_id": record.business_id,
            "worker_id": record.worker_id,
            "work_date": record.work_date,
        }
        fields = {"user_id": self.user_id, **subject, "work_date": record.work_date.isoformat()}
        if site is None:
            return self._answer(record.key, subject, "DATK0401E", **fields)
        if record.worker_id not in self.entities[EntityKind.worker]:
            return self._answer(record.key, subject, "DATK0408E", **fields)
        if record.business_id not in self.entities[EntityKind.business]:
            return self._answer(record.key, subject, "DATK0402E", **fields)
        start, end = site.data.get("period_start"), site.data.get("period_end")
        if (start and record.work_date.isoformat() < str(start)) or (
            end and record.work_date.isoformat() > str(end)
        ):
            return self._answer(record.key, subject, "DATK0409E", **fields)
        return self._answer(record.key, subject, None)

    def _answer(
        self, key: str, subject: dict[str, Any], code: str | None, **fields: Any
    ) -> RecordResult:
        if code is None:
            return RecordResult(key=key, status="ok", **subject)
        # An ID the record did not carry reads as empty in the message, as CCUS fills it.
        message = self.catalogue.message(
            code, **{name: value for name, value in fields.items() if value is not None}
        )
        return RecordResult(key=key, status="error", code=code, message=message, **subject)

    def submission(self, submission_id: str) -> StoredSubmission | None:
        return self.submissions.get(submission_id)
