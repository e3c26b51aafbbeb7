"""After ``newsline index rollover``: one copy per article across index versions, and the newest one wins.

The index worker on the real Kafka and Elasticsearch: an older copy published after the rollover is superseded
by the newer one stored in the earlier index; a newer copy is written to the new index and its earlier copy
deleted; an article nobody wrote again stays where it was.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from pipeline.index.client import make_client
from pipeline.index.rollover import rollover
from pipeline.settings import Settings
from pipeline.workers.index import IndexWorker
from tests.support.topics import dead_letters
from tests.workers.test_index_outcomes import T0, enriched, publish

pytestmark = pytest.mark.integration


def where(settings: Settings, doc_id: str) -> dict[str, str]:
    """index -> title of every copy of ``doc_id`` behind the read alias."""
    with make_client(settings.elasticsearch) as client:
        client.indices.refresh(index=settings.elasticsearch.read_alias)
        hits = client.search(index=settings.elasticsearch.read_alias, query={"ids": {"values": [doc_id]}})
    return {hit["_index"]: hit["_source"]["title"] for hit in hits["hits"]["hits"]}


def test_after_a_rollover_an_article_keeps_one_copy_and_the_newest_wins(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    v1, v2 = f"{es.index_prefix}-v1", f"{es.index_prefix}-v2"
    first = enriched("First", T0 + timedelta(seconds=5))
    untouched = enriched("Untouched", T0, url="https://example.com/news/untouched")
    publish(pipeline_settings, first, untouched)
    assert IndexWorker(pipeline_settings).run(until_idle=True).produced == 2
    with make_client(es) as client:
        assert rollover(client, es)["new_index"] == v2

    publish(pipeline_settings, enriched("Older", T0))  # a late replay of an older copy
    stats = IndexWorker(pipeline_settings).run(until_idle=True)
    assert (stats.produced, stats.to_dict()["superseded"]) == (0, 1)
    assert where(pipeline_settings, first.id) == {v1: "First"}

    publish(pipeline_settings, enriched("Newest", T0 + timedelta(seconds=9)))  # a re-fetch after the rollover
    stats = IndexWorker(pipeline_settings).run(until_idle=True)
    assert (stats.produced, stats.to_dict()["superseded"]) == (1, 0)
    assert where(pipeline_settings, first.id) == {v2: "Newest"}
    assert where(pipeline_settings, untouched.id) == {v1: "Untouched"}
    assert dead_letters(pipeline_settings) == []


def test_the_same_copy_written_again_after_a_rollover_moves_to_the_new_index(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    article = enriched("Same", T0)
    publish(pipeline_settings, article)
    IndexWorker(pipeline_settings).run(until_idle=True)
    with make_client(es) as client:
        rollover(client, es)
    publish(pipeline_settings, article)  # a redelivery or a reenrich: the same version
    assert IndexWorker(pipeline_settings).run(until_idle=True).produced == 1
    assert where(pipeline_settings, article.id) == {f"{es.index_prefix}-v2": "Same"}
