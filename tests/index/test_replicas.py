"""Every index the pipeline writes keeps a copy on a second node (auto_expand_replicas 0-1), also one made
before it did: a dead Elasticsearch node must not take the revisions or watch indices with it."""

from __future__ import annotations

import pytest

from pipeline.index.client import make_client
from pipeline.index.replicas import AUTO_EXPAND
from pipeline.provision import run_setup
from pipeline.revisions.documents import revisions_alias, revisions_index
from pipeline.settings import Settings
from pipeline.watch.store import alerts_index, watchlist_index

pytestmark = pytest.mark.integration


def auto_expand(settings: Settings, index: str) -> str | None:
    with make_client(settings.elasticsearch) as client:
        body = client.indices.get_settings(index=index, name="index.auto_expand_replicas", flat_settings=True)
    return next(iter(body.values()))["settings"].get("index.auto_expand_replicas")


def test_setup_gives_the_revisions_and_watch_indices_a_replica_wherever_a_second_node_exists(
        pipeline_settings: Settings) -> None:
    for index in (revisions_alias(pipeline_settings), watchlist_index(pipeline_settings),
                  alerts_index(pipeline_settings), pipeline_settings.elasticsearch.write_alias):
        assert auto_expand(pipeline_settings, index) == AUTO_EXPAND, index


def test_setup_brings_indices_made_without_replicas_to_the_replica_setting(pipeline_settings: Settings) -> None:
    with make_client(pipeline_settings.elasticsearch) as client:
        for index in (revisions_index(pipeline_settings), watchlist_index(pipeline_settings)):
            client.indices.put_settings(index=index, settings={"index.auto_expand_replicas": "false",
                                                               "index.number_of_replicas": 0})
    assert auto_expand(pipeline_settings, watchlist_index(pipeline_settings)) == "false"
    run_setup(pipeline_settings)
    assert auto_expand(pipeline_settings, revisions_alias(pipeline_settings)) == AUTO_EXPAND
    assert auto_expand(pipeline_settings, watchlist_index(pipeline_settings)) == AUTO_EXPAND
