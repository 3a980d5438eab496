"""The only SQL of the CCUS package: the outbox's one repository."""

from api.ccus.repositories.dispatching import Claimed
from api.ccus.repositories.outbox import OutboxRepository

__all__ = ["Claimed", "OutboxRepository"]
