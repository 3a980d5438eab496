"""R1 at a reduced size: the full run is `make reliability`."""

from __future__ import annotations

from reliability.attendance_faults import main


def test_every_work_day_exists_once_after_api_and_worker_kills_and_database_restarts() -> None:
    result = main(2_000)
    assert result["api_kills"] >= 1
    assert result["postgres_restarts"] >= 1
    assert result["worker_kills"] >= 1
    assert (result["missing"], result["unexpected"], result["duplicated"]) == (0, 0, 0)
    assert result["expected_days"] == 2_000
