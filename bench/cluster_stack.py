"""A benchmark's or fault suite's `Stack` on a running cluster: its engine reaches the primary
through the multi-host URL, and master data is built on the node that is primary now."""

from __future__ import annotations

from api.config import Environment, Settings
from api.db import create_engine, create_sessionmaker
from bench.harness import Stack
from tools.cluster.cluster import Cluster
from tools.devstack.ephemeral import ServerSet


def cluster_stack(cluster: Cluster, primary_port: int) -> Stack:
    settings = Settings(
        env=Environment.testing,
        database_url=cluster.app_url,
        migration_database_url=cluster.owner_url,
        redis_url=cluster.redis.url,
        log_level="WARNING",
    )
    engine = create_engine(settings, application_name="genba-cluster-client")
    node = next(node for node in cluster.formation.nodes if node.port == primary_port)
    server_set = ServerSet(cluster.primary_server(node), cluster.redis, cluster.roles)
    return Stack(server_set, settings, engine, create_sessionmaker(engine))
