"""``newsline index latency``: how long articles take from publication (and from fetching) to being searchable.

Computed from each document's ``published_at``/``fetched_at`` and ``indexed_at`` over the most recently
indexed documents (no scripts, so it also runs on the minimal Elasticsearch build).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from statistics import median, quantiles
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.settings import ElasticsearchSettings

FIELDS = ["source", "published_at", "fetched_at", "indexed_at"]


def _seconds(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


def summarize(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"count": 0}
    p90 = quantiles(values, n=10, method="inclusive")[-1] if len(values) > 1 else values[0]
    return {"count": len(values), "p50_s": round(median(values), 3), "p90_s": round(p90, 3), "max_s": round(max(values), 3)}


def latency(client: Elasticsearch, es: ElasticsearchSettings, sample: int = 1000) -> dict[str, Any]:
    """Per source: publish -> indexed and fetch -> indexed seconds (p50, p90, max) over ``sample`` documents."""
    response = client.search(index=es.read_alias, size=sample, sort=[{"indexed_at": {"order": "desc"}}],
                             source_includes=FIELDS, query={"exists": {"field": "indexed_at"}})
    published: dict[str, list[float]] = defaultdict(list)
    fetched: dict[str, list[float]] = defaultdict(list)
    for hit in response["hits"]["hits"]:
        doc = hit["_source"]
        for bucket, start in ((published, doc.get("published_at")), (fetched, doc.get("fetched_at"))):
            seconds = _seconds(start, doc.get("indexed_at"))
            if seconds is not None:
                bucket[doc.get("source", "?")].append(seconds)
    sources = sorted(set(published) | set(fetched))
    return {
        "documents": len(response["hits"]["hits"]),
        "sources": {s: {"publish_to_searchable": summarize(published[s]), "fetch_to_searchable": summarize(fetched[s])}
                    for s in sources},
    }
