"""The sandbox app: /v1 is CCUS as genba speaks to it, /admin drives the sandbox itself."""

from __future__ import annotations

import time
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse

from ccus_sandbox.catalogue import Catalogue
from ccus_sandbox.faults import FaultInjector
from ccus_sandbox.middleware import FaultMiddleware
from ccus_sandbox.schemas import (
    Entity,
    EntityCollection,
    EntityKind,
    EntityResult,
    EntityUpdate,
    MadeInCcus,
    Problem,
    RecordApplications,
    RecordResult,
    SiteRegistered,
    SiteRegistration,
    StandardApiSetting,
    StructureRequest,
    Submission,
    SubmissionAccepted,
    VerifyRequest,
    VerifyResult,
    WorkHistoryBatch,
)
from ccus_sandbox.settings import Faults, SandboxSettings
from ccus_sandbox.state import SandboxState, standard_api

PROBLEMS: dict[int | str, dict[str, Any]] = {
    status: {"model": Problem, "description": description}
    for status, description in (
        (401, "Missing or unknown token."),
        (404, "`DATE0404E`: no such entity or submission."),
        (429, "`SYS00429E`: throttled; honour Retry-After."),
        (500, "`SYSA0001E`: system error; retry."),
        (503, "`SYS00011E`: maintenance window; honour Retry-After."),
    )
}


def create_app(settings: SandboxSettings | None = None, faults: Faults | None = None) -> FastAPI:
    settings = settings or SandboxSettings()
    catalogue = Catalogue.load(settings.catalogue_file)
    app = FastAPI(
        title="CCUS sandbox",
        version="1",
        description="genba's CCUS wire format. See ccus_sandbox/README.md.",
    )
    app.state.settings = settings
    app.state.sandbox = SandboxState.seeded(catalogue, settings.seed_file)
    app.state.faults = FaultInjector(faults or Faults(), catalogue, settings.random_seed)

    app.add_middleware(FaultMiddleware)

    @app.exception_handler(HTTPException)
    async def problem(_: Request, error: HTTPException) -> JSONResponse:
        # Errors look like CCUS's: {"code", "message"}.
        detail: Any = error.detail
        body = detail if isinstance(detail, dict) else {"code": "REQ0001E", "message": str(detail)}
        return JSONResponse(body, status_code=error.status_code)

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    app.include_router(_ccus_router(settings, catalogue))
    app.include_router(_admin_router(settings))
    return app


def _state(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


StateDep = Annotated[SandboxState, Depends(_state)]
# The 本人確認番号 of the business or worker acted for, where CCUS needs it (the seed's 連携
# fields: fetching and updating its data).
VerificationHeader = Annotated[str | None, Header(max_length=8)]


def _ccus_router(settings: SandboxSettings, catalogue: Catalogue) -> APIRouter:
    def authorised(authorization: Annotated[str | None, Header()] = None) -> None:
        token = (authorization or "").removeprefix("Bearer ").strip()
        if token not in settings.tokens:
            raise HTTPException(401, {"code": "AUTH0001E", "message": "認証に失敗しました。"})

    router = APIRouter(prefix="/v1", dependencies=[Depends(authorised)], responses=PROBLEMS)

    def not_found(kind: str, ccus_id: str) -> HTTPException:
        return HTTPException(
            404,
            {"code": "DATE0404E", "message": catalogue.message("DATE0404E", kind=kind, id=ccus_id)},
        )

    @router.post(
        "/sites", status_code=201, response_model=SiteRegistered, operation_id="register_site"
    )
    async def register_site(body: SiteRegistration, state: StateDep) -> SiteRegistered:
        """Register a site in CCUS from the product: CCUS assigns the 現場ID and 標準APIの利用 is
        set, so the site takes the product's 施工体制. A key seen before gets the same 現場ID."""
        site_id = state.register_site(body.key, body.data.model_dump(mode="json"))
        return SiteRegistered(id=site_id, standard_api=True)

    @router.post(
        "/sites/{site_id}/structure",
        response_model=list[RecordResult],
        operation_id="post_structure",
    )
    async def post_structure(
        site_id: str, body: StructureRequest, state: StateDep
    ) -> list[RecordResult]:
        """施工体制 differences, applied in order; a result per difference. A site without
        標準APIの利用 refuses each with `DATK0411E`."""
        return [state.apply_structure(site_id, difference) for difference in body.differences]

    @router.post(
        "/work-histories",
        status_code=202,
        response_model=SubmissionAccepted,
        operation_id="submit_work_histories",
    )
    async def submit_work_histories(body: WorkHistoryBatch, state: StateDep) -> SubmissionAccepted:
        """Accepted now; per-record results after `results_after_seconds` from GET /v1/submissions/{id}.
        A record whose key was seen before gets its first result and is not stored again."""
        submission_id, accepted = state.submit(body.records, settings.result_delay_seconds)
        return SubmissionAccepted(
            submission_id=submission_id,
            accepted=accepted,
            results_after_seconds=settings.result_delay_seconds,
        )

    @router.get(
        "/submissions/{submission_id}", response_model=Submission, operation_id="get_submission"
    )
    async def get_submission(submission_id: str, state: StateDep) -> Submission:
        stored = state.submission(submission_id)
        if stored is None:
            raise not_found("submission", submission_id)
        if time.monotonic() < stored.ready_at:
            return Submission(submission_id=submission_id, status="processing", results=[])
        return Submission(submission_id=submission_id, status="done", results=stored.results)

    @router.post("/verifications", response_model=VerifyResult, operation_id="verify_id")
    async def verify_id(body: VerifyRequest, state: StateDep) -> VerifyResult:
        """CCUSID有効確認: an ID and its 本人確認番号."""
        return state.verify(body.kind, body.id, body.verification_number)

    # Last: the generic entity routes would otherwise catch /submissions/{id}.
    @router.put("/{collection}/{ccus_id}", response_model=EntityResult, operation_id="put_entity")
    async def put_entity(
        collection: EntityCollection,
        ccus_id: str,
        body: EntityUpdate,
        state: StateDep,
        x_verification_number: VerificationHeader = None,
    ) -> EntityResult:
        """Register or update a site, business or worker (sites are registered; businesses and
        workers must already exist in CCUS, as they register themselves there). Given a wrong
        本人確認番号, the update fails as the ID check does (`DATF0001E`)."""
        kind = collection.kind
        if kind is not EntityKind.site and ccus_id not in state.entities[kind]:
            return EntityResult(
                kind=kind,
                id=ccus_id,
                status="error",
                code="DATE0404E",
                message=catalogue.message("DATE0404E", kind=kind.value, id=ccus_id),
            )
        if x_verification_number is not None:
            check = state.verify(kind, ccus_id, x_verification_number)
            if not check.valid:
                return EntityResult(
                    kind=kind, id=ccus_id, status="error", code=check.code, message=check.message
                )
        if body.key not in state.results_by_key:
            # 標準APIの利用 is CCUS's to set (registration, or its own screens), not the caller's.
            data = {key: value for key, value in body.data.items() if key != "standard_api"}
            state.upsert_entity(kind, ccus_id, data)
            state.applied[body.key] += 1
            state.results_by_key[body.key] = RecordResult(key=body.key, status="ok")
        return EntityResult(kind=kind, id=ccus_id, status="ok")

    @router.get(
        "/{collection}/{ccus_id}",
        response_model=Entity,
        operation_id="get_entity",
        responses={403: {"model": Problem, "description": "`DATF0001E`: authentication failed."}},
    )
    async def get_entity(
        collection: EntityCollection,
        ccus_id: str,
        state: StateDep,
        x_verification_number: VerificationHeader = None,
    ) -> Entity:
        """「CCUS取得」: what CCUS holds for the entity. The seed needs the ID and 本人確認番号 to
        fetch a business's or worker's data (its 連携 fields); given a wrong number, the fetch
        fails as the ID check does (`DATF0001E`). Without one it is answered (genba does not
        send it yet; see ADR 0017)."""
        kind = collection.kind
        entity = state.entities[kind].get(ccus_id)
        if entity is None:
            raise not_found(kind.value, ccus_id)
        if x_verification_number is not None:
            check = state.verify(kind, ccus_id, x_verification_number)
            if not check.valid:
                raise HTTPException(403, {"code": check.code, "message": check.message})
        return Entity(kind=kind, id=ccus_id, data=entity.data, updated_at=entity.updated_at)

    return router


def _admin_router(settings: SandboxSettings) -> APIRouter:
    def admin(x_admin_token: Annotated[str | None, Header()] = None) -> None:
        if x_admin_token != settings.admin_token:
            raise HTTPException(401, {"code": "ADMIN0001E", "message": "admin token required"})

    router = APIRouter(prefix="/admin", dependencies=[Depends(admin)], tags=["admin"])

    @router.put("/entities/{kind}/{ccus_id}", status_code=204, operation_id="admin_put_entity")
    async def admin_put_entity(
        kind: EntityKind, ccus_id: str, body: dict[str, Any], state: StateDep
    ) -> None:
        """Make CCUS know an entity, e.g. a worker registered in CCUS after the seed."""
        data = {key: value for key, value in body.items() if key != "verification_number"}
        state.upsert_entity(kind, ccus_id, data, body.get("verification_number"))

    @router.post(
        "/sites", status_code=201, response_model=SiteRegistered, operation_id="admin_create_site"
    )
    async def admin_create_site(body: MadeInCcus, state: StateDep) -> SiteRegistered:
        """A site made on CCUS's own screens, by default without 標準APIの利用 (the seed's
        610_現場・契約 > 10_新規(個別登録) with the box unticked)."""
        site_id = state.new_site_id()
        state.upsert_entity(EntityKind.site, site_id, body.model_dump(mode="json"))
        return SiteRegistered(id=site_id, standard_api=body.standard_api)

    @router.put(
        "/sites/{site_id}/standard-api",
        response_model=SiteRegistered,
        operation_id="admin_set_standard_api",
        responses={404: {"model": Problem}},
    )
    async def admin_set_standard_api(
        site_id: str, body: StandardApiSetting, state: StateDep
    ) -> SiteRegistered:
        """Tick or untick 標準APIの利用 (610_現場・契約 > 30_内容変更)."""
        site = state.entities[EntityKind.site].get(site_id)
        if site is None:
            message = state.catalogue.message("DATE0404E", kind="現場", id=site_id)
            raise HTTPException(404, {"code": "DATE0404E", "message": message})
        state.upsert_entity(EntityKind.site, site_id, {**site.data, "standard_api": body.enabled})
        updated = state.entities[EntityKind.site][site_id]
        return SiteRegistered(id=site_id, standard_api=standard_api(updated))

    @router.post("/entities/reset", status_code=204, operation_id="admin_reset_entities")
    async def admin_reset_entities(state: StateDep) -> None:
        """Back to the seed's sites, businesses and workers (submissions and counts stay), so
        one test's registrations do not leak into the next."""
        seeded = SandboxState.seeded(state.catalogue, settings.seed_file)
        state.entities = seeded.entities

    @router.get("/faults", response_model=Faults, operation_id="admin_get_faults")
    async def admin_get_faults(request: Request) -> Faults:
        faults: Faults = request.app.state.faults.faults
        return faults

    @router.put("/faults", response_model=Faults, operation_id="admin_put_faults")
    async def admin_put_faults(body: Faults, request: Request) -> Faults:
        request.app.state.faults.faults = body
        return body

    @router.get("/stats", operation_id="admin_stats")
    async def admin_stats(state: StateDep) -> dict[str, Any]:
        """What reliability tests assert on: keys applied more than once must be none, and so
        must natural keys (a work day: site × worker × date) applied twice with the same content
        (`records_applied_twice`)."""
        ledger = state.ledger.by_natural_key.values()
        return {
            "work_history_days": len(state.work_history),
            "keys_applied": len(state.applied),
            "keys_applied_twice": sorted(key for key, count in state.applied.items() if count > 1),
            "records_applied": sum(entry.applied for entry in ledger),
            "records_replayed": sum(entry.replayed for entry in ledger),
            "records_applied_twice": state.ledger.applied_twice(),
            "answers_lost": dict(state.answers_lost),
            "requests": dict(state.requests),
        }

    @router.get(
        "/applications/{natural_key}",
        response_model=RecordApplications,
        operation_id="admin_applications",
    )
    async def admin_applications(natural_key: str, state: StateDep) -> RecordApplications:
        """How often one natural key was applied, under which keys, and how often a key seen
        before was answered from its first result instead (`work_day:{site}:{worker}:{date}`,
        `structure:{site}:{business}:{worker or ''}`)."""
        entry = state.ledger.by_natural_key.get(natural_key)
        if entry is None:
            return RecordApplications(natural_key=natural_key, applied=0, replayed=0, keys=[])
        return RecordApplications(
            natural_key=natural_key, applied=entry.applied, replayed=entry.replayed, keys=entry.keys
        )

    return router
