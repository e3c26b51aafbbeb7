"""Failover on a PRIVATE 3-broker / 2-node cluster (ports 28092-28094, 28192-28194, 28200-28201, 28300-28301,
state dir .newsline-cluster/; the shared services are never touched).

While ``newsline worker enrich`` and ``newsline worker index`` run as subprocesses and articles are published,
the broker leading partition 0 of the raw topic is killed with SIGKILL, then (once it is back) the Elasticsearch
node that is not the elected master; the pipeline must keep indexing on the rest, lose nothing, and both nodes
must rejoin.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bench.chaos_cluster import cluster_settings, run
from newsline_dev import services
from pipeline.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.cluster, pytest.mark.slow]

ARTICLES = 60
DOWN_S = 10.0  # each node stays down at least this long: past KRaft's 9 s broker session (make chaos-cluster: 25 s)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Settings]:
    settings = cluster_settings()
    services.up(settings, timeout=300)  # fails (never skips) when a node cannot start
    yield settings
    services.down(settings, timeout=10)  # a throwaway cluster: a node still up after 10 s is killed (default 30 s)


@pytest.fixture(scope="module")
def figures(cluster: Settings) -> dict[str, Any]:
    # articles are published at 1/s until both faults are over, and each node stays down until indexing went
    # on without it (120 s at most): a slow start or a slow recovery on a loaded machine cannot empty a window
    return run(cluster, count=ARTICLES, rate=1.0, down_s=DOWN_S, max_down_s=120.0)


def test_nothing_published_is_lost_when_a_broker_and_an_elasticsearch_node_die(figures: dict[str, Any]) -> None:
    assert figures["published"] >= ARTICLES
    assert figures["missing"] == 0, figures["missing_ids"]
    assert figures["drained_s"] is not None


def test_the_killed_broker_led_partitions_and_indexing_went_on_without_it(figures: dict[str, Any]) -> None:
    broker = figures["kafka_broker_kill"]
    assert broker["leads"], broker
    assert broker["indexed_while_down"] > 0, broker
    assert broker["down_s"] >= DOWN_S, broker


def test_indexing_went_on_without_the_killed_elasticsearch_node(figures: dict[str, Any]) -> None:
    node = figures["elasticsearch_node_kill"]
    assert node["shards"], node  # it held a copy of the article index
    assert node["indexed_while_down"] > 0, node


def test_both_nodes_rejoin_with_full_isr_and_a_green_cluster(figures: dict[str, Any]) -> None:
    assert figures["kafka_broker_kill"]["rejoined_s"] is not None
    assert figures["elasticsearch_node_kill"]["rejoined_s"] is not None
