"""Reading what the pipeline stored: article documents, revision documents, the re-check row."""

from __future__ import annotations

from typing import Any

from pipeline.index.client import make_client
from pipeline.ingest.run import ingest_source
from pipeline.models.urls import article_id_for_url
from pipeline.revisions.documents import revisions_alias
from pipeline.revisions.store import RevisionStore, Tracked
from pipeline.revisions.track import track_published
from pipeline.runner import run_until_idle
from pipeline.settings import Settings
from pipeline.sources.registry import SourceSpec


def ingest_and_index(settings: Settings, *urls: str, name: str = "fx-rev") -> dict[str, Any]:
    summary = ingest_source(SourceSpec(name=name, kind="urls", urls=urls), settings,
                            after_publish=track_published(settings)).to_dict()
    counts = run_until_idle(settings)
    assert counts["dead_letters"] == 0, counts
    return summary


def index_all(settings: Settings) -> dict[str, object]:
    counts = run_until_idle(settings)
    assert counts["dead_letters"] == 0, counts
    return counts


def document(settings: Settings, url: str) -> dict[str, Any]:
    with make_client(settings.elasticsearch) as es:
        es.indices.refresh(index=settings.elasticsearch.read_alias)
        hits = es.search(index=settings.elasticsearch.read_alias, query={"ids": {"values": [article_id_for_url(url)]}})
    found = hits["hits"]["hits"]
    assert len(found) == 1, f"{len(found)} documents for {url}"
    return dict(found[0]["_source"])


def revision_docs(settings: Settings, article_id: str) -> dict[str, dict[str, Any]]:
    with make_client(settings.elasticsearch) as es:
        es.indices.refresh(index=revisions_alias(settings))
        hits = es.search(index=revisions_alias(settings), query={"term": {"article_id": article_id}}, size=100)
    return {h["_id"]: h["_source"] for h in hits["hits"]["hits"]}


def tracked(settings: Settings, url: str) -> Tracked:
    store = RevisionStore.open(settings.paths.state)
    try:
        row = store.get(article_id_for_url(url))
    finally:
        store.close()
    assert row is not None, f"{url} is not tracked"
    return row
