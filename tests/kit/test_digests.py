"""The stored digest's recipe is a format: stored link tokens and the configured operator key
are found by it, so it is pinned to known SHA-256 values, not recomputed the same way."""

from __future__ import annotations

from api.accounts.link_tokens import hash_link_token
from api.kit.digests import sha256_hex
from api.tenants.operator_auth import operator_key_digest

# FIPS 180-2's example.
ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
# "鉄筋" in UTF-8 (e9 89 84 e7 ad 8b), not any other encoding of it.
TEKKIN = "7536512e0078e8167705776f1b9a27f34b5c14f5dab1cbd15e57aeee51f47af9"


def test_the_digest_is_sha256_of_utf8_in_lowercase_hex() -> None:
    assert sha256_hex("abc") == ABC
    assert hash_link_token("abc") == ABC
    assert operator_key_digest("abc") == ABC
    assert sha256_hex("鉄筋") == TEKKIN
