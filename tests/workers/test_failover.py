"""Failover on a PRIVATE 3-broker / 2-node cluster (ports 28092-28094, 28192-28194, 28200-28201, 28300-28301,
state dir .newsline-cluster/; the shared services are never touched).

While ``newsline worker enrich`` and ``newsline worker index`` run as subprocesses and articles are published,
the broker leading partition 0 of the raw topic is killed with SIGKILL; the pipeline must keep indexing on the
other brokers, lose nothing, and the broker must rejoin with every partition's ISR full. That is the form
``make test`` runs. The long form (``-m chaos``, ``make chaos``) then also kills the Elasticsearch node that is
not the elected master, once the broker is back: indexing goes on with the other node and the cluster is green
again with both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bench.chaos_cluster import cluster_settings, run
from newsline_dev import services
from pipeline.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.cluster, pytest.mark.slow]

ARTICLES = 40  # at 1/s: still publishing when the fault is over, however fast the workers start
BOTH_ARTICLES = 60
DOWN_S = 10.0  # each node stays down at least this long: past KRaft's 9 s broker session (make chaos-cluster: 25 s)
CALM_S = 3.0  # indexing before the first kill (its longest pause is a figure, not a check)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Settings]:
    settings = cluster_settings()
    services.up(settings, timeout=300)  # fails (never skips) when a node cannot start
    yield settings
    services.down(settings, timeout=10)  # a throwaway cluster: a node still up after 10 s is killed (default 30 s)


@pytest.fixture(scope="module")
def broker_kill(cluster: Settings) -> dict[str, Any]:
    # articles are published at 1/s until the fault is over, and the broker stays down until indexing went on
    # without it (120 s at most): a slow start or a slow recovery on a loaded machine cannot empty the window
    return run(cluster, count=ARTICLES, rate=1.0, down_s=DOWN_S, max_down_s=120.0, faults=("kafka_broker_kill",),
               calm_s=CALM_S)


@pytest.fixture(scope="module")
def both_kills(cluster: Settings) -> dict[str, Any]:
    # the broker first, then (once it is back) the Elasticsearch node: the long form, in make chaos
    return run(cluster, count=BOTH_ARTICLES, rate=1.0, down_s=DOWN_S, max_down_s=120.0, calm_s=CALM_S)


def test_nothing_published_is_lost_when_a_broker_dies(broker_kill: dict[str, Any]) -> None:
    assert broker_kill["published"] >= ARTICLES
    assert broker_kill["missing"] == 0, broker_kill["missing_ids"]
    assert broker_kill["drained_s"] is not None
    assert "elasticsearch_node_kill" not in broker_kill  # the short form kills the broker only


def test_the_killed_broker_led_partitions_and_indexing_went_on_without_it(broker_kill: dict[str, Any]) -> None:
    broker = broker_kill["kafka_broker_kill"]
    assert broker["leads"], broker
    assert broker["indexed_while_down"] > 0, broker
    assert broker["down_s"] >= DOWN_S, broker


def test_the_killed_broker_rejoins_with_full_isr(broker_kill: dict[str, Any]) -> None:
    assert broker_kill["kafka_broker_kill"]["rejoined_s"] is not None


@pytest.mark.chaos
def test_nothing_published_is_lost_when_a_broker_and_an_elasticsearch_node_die(both_kills: dict[str, Any]) -> None:
    assert both_kills["published"] >= BOTH_ARTICLES
    assert both_kills["missing"] == 0, both_kills["missing_ids"]
    assert both_kills["drained_s"] is not None


@pytest.mark.chaos
def test_with_both_kills_the_broker_led_partitions_and_indexing_went_on_without_it(
    both_kills: dict[str, Any],
) -> None:
    broker = both_kills["kafka_broker_kill"]
    assert broker["leads"], broker
    assert broker["indexed_while_down"] > 0, broker
    assert broker["down_s"] >= DOWN_S, broker


@pytest.mark.chaos
def test_indexing_went_on_without_the_killed_elasticsearch_node(both_kills: dict[str, Any]) -> None:
    node = both_kills["elasticsearch_node_kill"]
    assert node["shards"], node  # it held a copy of the article index
    assert node["indexed_while_down"] > 0, node
    assert node["down_s"] >= DOWN_S, node


@pytest.mark.chaos
def test_both_nodes_rejoin_with_full_isr_and_a_green_cluster(both_kills: dict[str, Any]) -> None:
    assert both_kills["kafka_broker_kill"]["rejoined_s"] is not None
    assert both_kills["elasticsearch_node_kill"]["rejoined_s"] is not None
