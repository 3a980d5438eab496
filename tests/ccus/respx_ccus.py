"""The CCUS address respx answers on in the gateway's unit tests, and a work record to send."""

from __future__ import annotations

from api.ccus.wire import WorkRecord

BASE = "http://ccus.test"
RECORD = WorkRecord(
    key="k1",
    site_id="02139361740172",
    business_id="19869311056822",
    worker_id="12345678901234",
    work_date="2026-11-24",
)
