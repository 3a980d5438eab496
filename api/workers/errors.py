from __future__ import annotations

from api.errors import Conflict, NotFound


class WorkerNotFound(NotFound):
    code = "worker.not_found"
    title = "Worker not found"


class WorkerHasHistory(Conflict):
    code = "worker.has_history"
    title = "A worker with history can only be retired, not deleted"
