"""The one recipe of an outbox row's idempotency key: 32 lowercase hex digits of a random UUID,
made in SQL by the statement that writes the row (queueing a new row, or sending a refused one
again), so no Python value of it is ever held apart from the row."""

from __future__ import annotations

NEW_KEY_SQL = "replace(CAST(gen_random_uuid() AS text), '-', '')"
