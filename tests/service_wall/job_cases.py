"""For each job of the worker: what due work of its kind looks like, how to give a tenant some,
and how to run the job for one tenant. A job the worker gains needs an entry here (or in
ACROSS_TENANTS): tests/service_wall/test_jobs.py fails until it has one."""

from __future__ import annotations

from tests.service_wall.ccus_jobs import (
    DISPATCH_DUE,
    awaiting_results,
    run_collect,
    run_dispatch,
    sent_and_due,
)
from tests.service_wall.mail_jobs import MAIL_DUE, queued_mail, run_send
from tests.service_wall.scene import JobCase
from tests.service_wall.tenant_jobs import (
    post_events,
    run_fold,
    run_import,
    run_verify_all,
    run_verify_changed,
    run_verify_entity,
    upload_import,
)
from tests.service_wall.webhook_jobs import WEBHOOK_DUE, due_deliveries, run_deliver

_UNCHECKED_IDS = " + ".join(
    f"(SELECT count(*) FROM {table} WHERE tenant_id = :t AND {column} IS NOT NULL "
    "AND ccus_checked_at IS NULL)"
    for table, column in (
        ("sites", "ccus_site_id"),
        ("businesses", "ccus_business_id"),
        ("workers", "ccus_worker_id"),
    )
)

CASES: dict[str, JobCase] = {
    "attendance.fold": JobCase(
        due="SELECT count(*) FROM attendance_events WHERE tenant_id = :t "
        "AND result = 'accepted' AND work_day_id IS NULL",
        prepare=post_events,
        run=run_fold,
    ),
    "ccus.verify_all": JobCase(due=f"SELECT {_UNCHECKED_IDS}", run=run_verify_all),
    "ccus.verify_ids": JobCase(due=f"SELECT {_UNCHECKED_IDS}", run=run_verify_changed),
    "ccus.verify_entity": JobCase(
        due="SELECT count(*) FROM workers WHERE tenant_id = :t AND ccus_worker_id IS NOT NULL "
        "AND ccus_checked_at IS NULL",
        run=run_verify_entity,
    ),
    "imports.run": JobCase(
        due="SELECT count(*) FROM import_jobs WHERE tenant_id = :t AND status = 'queued'",
        prepare=upload_import,
        run=run_import,
    ),
    "ccus.dispatch": JobCase(
        due=DISPATCH_DUE,
        prepare=sent_and_due,
        run=run_dispatch,
    ),
    "webhooks.deliver": JobCase(due=WEBHOOK_DUE, prepare=due_deliveries, run=run_deliver),
    "mail.send": JobCase(due=MAIL_DUE, prepare=queued_mail, run=run_send),
    "ccus.collect": JobCase(
        due="SELECT count(*) FROM ccus_outbox WHERE tenant_id = :t AND status = 'awaiting_result'",
        prepare=awaiting_results,
        run=run_collect,
    ),
}

# Jobs that serve every tenant by design (their claim or lookup runs with `app.dispatcher` or
# `app.sweep` on), each with the cases above that cover what it does for one tenant.
ACROSS_TENANTS: dict[str, tuple[str, ...]] = {
    "attendance.fold_sweep": ("attendance.fold",),
    "ccus.sweep": ("ccus.dispatch", "ccus.collect"),
    "imports.sweep": ("imports.run",),
    "webhooks.sweep": ("webhooks.deliver",),
    "mail.sweep": ("mail.send",),
    # Writes a timestamp to Redis; reads and writes no tenant's rows.
    "operations.heartbeat": (),
    # Makes and detaches history partitions (DDL run by the schema owner's functions); the rows
    # a new month takes from DEFAULT move whole, whatever their tenant.
    "attendance.history_months": (),
}
