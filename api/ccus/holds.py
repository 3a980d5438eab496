"""genba's rules for not sending a record, each as strict as CCUS and no stricter: a rule stays
only while CCUS refuses the record it keeps back (tests/ccus/test_holds_proven.py sends each one
to the sandbox anyway; ADR 0019). A failed ID check is no such rule: CCUS takes the work days
of a business or worker whose 本人確認番号 is wrong, and refuses an unknown ID itself."""

from __future__ import annotations

from dataclasses import dataclass

from api.models.ccus_outbox import OutboxStatus


@dataclass(frozen=True)
class HoldRule:
    # Whose CCUS ID is missing: "site", "business" or "worker".
    missing: str
    code: str
    # `held` (保留: it goes by itself once the ID is saved and checks ○) or `not_applicable`
    # (送信対象外: no CCUS subject yet; likewise sent once it has one).
    status: OutboxStatus
    # What CCUS answers the record sent anyway.
    refused_with: str


# In the order a work day is checked.
WORK_DAY_RULES = (
    HoldRule("site", "GENB0001E", OutboxStatus.not_applicable, "DATK0401E"),
    HoldRule("business", "GENB0002E", OutboxStatus.held, "DATK0402E"),
    HoldRule("worker", "GENB0003E", OutboxStatus.not_applicable, "DATK0408E"),
)
# A structure difference waits for its business's or worker's ID; a site without a 現場ID has
# no 施工体制 in CCUS to send to at all.
STRUCTURE_RULES = (
    HoldRule("business", "GENB0002E", OutboxStatus.held, "DATK0402E"),
    HoldRule("worker", "GENB0003E", OutboxStatus.held, "DATK0408E"),
)
STRUCTURE_SITE_NOT_LINKED = "GENB0001E"
# The code of each missing ID (the same for work days and structure).
HOLD_TARGETS = {rule.missing: rule.code for rule in WORK_DAY_RULES}
RULES = {rule.code: rule for rule in WORK_DAY_RULES}
