"""Sending claimed outbox rows of one tenant to CCUS, one module per kind, and writing each
answer back onto the outbox row and, through its owner, onto the entity or work day."""

from api.ccus.senders.entities import send_entities
from api.ccus.senders.structure import send_structure
from api.ccus.senders.work_days import send_work_days
from api.ccus.senders.work_results import collect_results

__all__ = ["collect_results", "send_entities", "send_structure", "send_work_days"]
