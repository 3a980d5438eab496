"""The only SQL of the CCUS package: the outbox's one repository."""

from api.ccus.repositories.outbox import Claimed, OutboxRepository

__all__ = ["Claimed", "OutboxRepository"]
