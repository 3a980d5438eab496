from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from api.kit.heap import freeze_startup_heap


@pytest.fixture
def restored_collector() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


@pytest.mark.usefixtures("restored_collector")
def test_what_start_up_allocated_is_kept_out_of_later_collections() -> None:
    gc.unfreeze()
    started_with: list[object] = []
    assert any(started_with is item for item in gc.get_objects())
    freeze_startup_heap()

    assert gc.get_freeze_count() > 0
    # Frozen objects are not tracked by any generation the collector walks.
    assert not any(started_with is item for item in gc.get_objects())
    assert gc.get_threshold()[0] > 700
