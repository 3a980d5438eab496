from __future__ import annotations

import time

from api.kit.ids import uuid7


def test_uuid7_is_version_7_and_time_ordered() -> None:
    first = uuid7()
    time.sleep(0.002)
    second = uuid7()
    assert first.version == second.version == 7
    assert first.variant == second.variant == "specified in RFC 4122"
    assert first < second
    assert len({uuid7() for _ in range(10_000)}) == 10_000
