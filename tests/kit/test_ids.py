from __future__ import annotations

import os
import time
from uuid import UUID

import pytest

from api.kit.ids import uuid7, uuid7_many


def test_uuid7_is_version_7_and_time_ordered() -> None:
    first = uuid7()
    time.sleep(0.002)
    second = uuid7()
    assert first.version == second.version == 7
    assert first.variant == second.variant == "specified in RFC 4122"
    assert first < second
    assert len({uuid7() for _ in range(10_000)}) == 10_000


@pytest.mark.parametrize(
    ("random", "expected"),
    [
        (bytes(10), "01234567-89ab-7000-8000-000000000000"),
        (b"\xff" * 10, "01234567-89ab-7fff-bfff-ffffffffffff"),
        (bytes(range(1, 11)), "01234567-89ab-7010-8304-05060708090a"),
    ],
    ids=["zeros", "ones", "counting"],
)
def test_uuid7_lays_out_milliseconds_version_random_and_variant(
    monkeypatch: pytest.MonkeyPatch, random: bytes, expected: str
) -> None:
    # RFC 9562 §5.7: 48 bits of Unix milliseconds, version 7, 12 random bits, variant 0b10,
    # 62 random bits. The clock is 999,999 ns short of the next millisecond: it is truncated.
    monkeypatch.setattr(time, "time_ns", lambda: 0x0123456789AB * 1_000_000 + 999_999)
    monkeypatch.setattr(os, "urandom", lambda size: random[:size].ljust(size, b"\x01"))
    assert str(uuid7()) == expected


def test_uuid7_keeps_only_48_bits_of_milliseconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "time_ns", lambda: ((1 << 48) + 5) * 1_000_000)
    monkeypatch.setattr(os, "urandom", lambda size: bytes(size))
    assert str(uuid7()) == "00000000-0005-7000-8000-000000000000"


@pytest.mark.parametrize(
    ("random", "expected"),
    [
        (bytes(10), "01234567-89ab-7000-8000-000000000000"),
        (bytes(range(1, 11)), "01234567-89ab-7010-8304-05060708090a"),
    ],
    ids=["zeros", "counting"],
)
def test_uuid7_many_lays_out_each_id_as_uuid7_does(
    monkeypatch: pytest.MonkeyPatch, random: bytes, expected: str
) -> None:
    monkeypatch.setattr(time, "time_ns", lambda: 0x0123456789AB * 1_000_000 + 999_999)
    monkeypatch.setattr(os, "urandom", lambda size: random * (size // 10))
    ids = uuid7_many(3)
    assert [str(each) for each in ids] == [expected] * 3
    assert all(isinstance(each, UUID) and each == UUID(expected) for each in ids)
    assert len({hash(each) for each in ids} | {hash(UUID(expected))}) == 1


def test_uuid7_many_takes_its_own_ten_random_bytes_for_each_id() -> None:
    ids = uuid7_many(10_000)
    assert len(set(ids)) == 10_000
    assert {(each.version, each.variant) for each in ids} == {(7, "specified in RFC 4122")}
    assert uuid7_many(0) == []
