"""The worker as `arq api.worker.WorkerSettings` loads it: in a fresh interpreter, so jobs that
only this test process happened to import cannot hide a job the worker would not run."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = (
    "import json; from api.worker import WorkerSettings as W; "
    "print(json.dumps({'functions': sorted(f.name for f in W.functions), "
    "'cron': sorted(c.name for c in W.cron_jobs)}))"
)


def test_the_worker_runs_every_job_of_the_pipeline() -> None:
    output = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    loaded = json.loads(output.stdout.strip().splitlines()[-1])
    assert {
        "ccus.dispatch",
        "ccus.collect",
        "ccus.verify_all",
        "imports.run",
        "attendance.fold",
        "webhooks.deliver",
    } <= set(loaded["functions"])
    assert {
        "ccus.sweep",
        "ccus.verify_ids",
        "imports.sweep",
        "operations.heartbeat",
        "attendance.fold_sweep",
        "webhooks.sweep",
    } <= set(loaded["cron"])
