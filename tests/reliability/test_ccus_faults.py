"""R2 at a reduced size: the full run is `make reliability`."""

from __future__ import annotations

import json

import pytest

from reliability.__main__ import r2_passed
from reliability.ccus_faults import main


# The suite waits up to 240 s for the last retried row (backoff with jitter after injected 5xx);
# pytest's limit sits above that budget so a slow run ends in the suite's own verdict.
@pytest.mark.timeout(300)
def test_every_record_reaches_ccus_once_through_lost_answers_worker_kills_redis_restarts_and_maintenance() -> (
    None
):
    result = main(workers=200, days=5)
    # The whole result, unabridged: on a failure, the unsettled rows' tries and due times say
    # whether they waited on a backoff or were never taken again.
    assert result["outbox"] == {"succeeded": result["records"]}, json.dumps(result, default=str)
    # Lost answers of both kinds happened, and no key and no work day was stored twice.
    assert set(result["answers_lost"]) == {"timeout", "reset"}, result
    assert (result["applied_twice"], result["days_applied_twice"]) == (0, 0), result
    assert result["sandbox_days"] == result["records"] == 1_000
    assert r2_passed(result), result
