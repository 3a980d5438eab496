"""R9's verdict and outage measure (the suite itself needs a cluster: `make reliability`)."""

from __future__ import annotations

from typing import Any

import pytest

from reliability.r9_failover import passed
from reliability.r9_fleet import FleetLog

ZEROS = (
    "acknowledged_twice", "events_lost", "events_duplicated", "rejected",
    "days_lost", "days_duplicated", "days_unexpected",
)  # fmt: skip


def _clean_run() -> dict[str, Any]:
    return {
        **dict.fromkeys(ZEROS, 0),
        "acknowledged_events": 1000,
        "answers": {"200": 20, "503": 4, "RemoteProtocolError": 1},
        "outage_seconds": {"api_kill_1": 0.3, "worker_kill_1": 0.2, "primary_kill_1": 9.0},
        "promoted": ["node_1 → node_2"],
        "synchronous_at_kill": ["'ANY 1 (pgautofailover_standby_2)'"],
    }


def test_a_clean_run_passes() -> None:
    assert passed(_clean_run(), rounds=1)


@pytest.mark.parametrize("name", ZEROS)
def test_one_lost_duplicated_or_rejected_event_fails_the_run(name: str) -> None:
    assert not passed({**_clean_run(), name: 1}, rounds=1)


def test_a_500_fails_the_run_and_so_do_faults_that_never_landed() -> None:
    assert not passed({**_clean_run(), "answers": {"200": 20, "500": 1}}, rounds=1)
    assert not passed(_clean_run(), rounds=2)
    assert not passed({**_clean_run(), "promoted": []}, rounds=1)
    assert not passed({**_clean_run(), "acknowledged_events": 0}, rounds=1)


def test_a_primary_killed_while_replicating_asynchronously_proves_nothing() -> None:
    assert not passed({**_clean_run(), "synchronous_at_kill": ["''"]}, rounds=1)
    assert not passed({**_clean_run(), "synchronous_at_kill": [""]}, rounds=1)


def test_the_outage_is_the_longest_stretch_without_an_acknowledged_batch() -> None:
    log = FleetLog(ack_times=[0.5, 1.0, 1.1, 5.0, 5.2, 9.0])
    assert log.longest_gap(0.9, 6.0) == pytest.approx(3.9)
    assert log.longest_gap(5.1, 5.15) == pytest.approx(0.05)
