"""Real arq worker processes for R2, configured for a sandbox that answers fast and fails often;
the suite starts, SIGKILLs and stops them."""

from __future__ import annotations

from bench.worker_process import WorkerProcess
from tools.devstack.ephemeral import ServerSet


class Workers:
    """Real arq workers, configured for a sandbox that answers fast and fails often."""

    def __init__(self, server_set: ServerSet, sandbox_url: str) -> None:
        self.server_set = server_set
        self.settings = {
            "GENBA_CCUS_BASE_URL": sandbox_url,
            "GENBA_CCUS_SEND_POLICY": "immediate",
            "GENBA_CCUS_MAINTENANCE_WEEKDAYS": "[]",
            "GENBA_CCUS_TIMEOUT_SECONDS": "1",
            "GENBA_CCUS_SENDING_STALE_SECONDS": "3",
            "GENBA_CCUS_BATCH_SIZE": "200",
            # Lost answers send rows back to the outbox often: retry and cool down fast.
            "GENBA_CCUS_BACKOFF_BASE_SECONDS": "0.05",
            "GENBA_CCUS_BREAKER_COOLDOWN_SECONDS": "2",
        }
        self.running: list[WorkerProcess] = []

    def start_one(self) -> None:
        worker = WorkerProcess(self.server_set, **self.settings)
        worker.start()
        self.running.append(worker)

    def kill_one(self) -> None:
        self.running.pop(0).kill()

    def stop(self) -> None:
        for worker in self.running:
            worker.stop()
