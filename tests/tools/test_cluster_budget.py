"""`make cluster` refuses a shape whose pools could exhaust the primary's max_connections."""

from __future__ import annotations

import pytest

from tools.cluster.budget import RESERVED, ConnectionBudget, OverBudgetError
from tools.cluster.shape import ClusterShape


def test_the_default_cluster_fits_postgresql_default_max_connections() -> None:
    shape = ClusterShape()
    budget = ConnectionBudget(shape.apis, shape.workers, shape.pool_size, shape.max_overflow)
    assert budget.needed == 4 * 10 + RESERVED
    budget.check(100)


def test_pools_that_could_open_more_than_max_connections_are_refused() -> None:
    budget = ConnectionBudget(apis=4, workers=2, pool_size=10, max_overflow=5)
    budget.check(6 * 15 + RESERVED)
    with pytest.raises(OverBudgetError, match=r"4 API \+ 2 worker"):
        budget.check(6 * 15 + RESERVED - 1)
