"""The Elasticsearch side of ``newsline trending``: aggregations only (no scripts), so it runs on the minimal
local build.

1. **Candidates** (:func:`candidates_body`): a ``date_range`` of every window over the whole index (the
   activity ratio) and, in the current window only, a ``terms`` on the grouping field (``story_key`` or
   ``event_id``) ordered by distinct sources (``cardinality`` of ``source``): the stories that can rank.
2. **Counts** (:func:`counts_body`) of those stories: a ``date_range`` of their windows plus the last ``m``
   windows together (``m = 2..spans``), each with a ``cardinality`` of ``source``; and their sources' first
   articles (a ``terms`` on ``source`` with a ``min`` of the time, over the story's whole history up to now,
   latest first), binned into the windows client-side: the new sources of each window.
3. **Details** of the stories shown (:func:`details_body`): first seen (``min`` over all time, not only the
   windows), the earliest article (``top_hits``) and the sources of the scored span, earliest first.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pipeline.search.trending.score import Activity, StoryCounts, TrendParams, new_per_window

TIME_FIELD = "published_or_fetched_at"
SOURCE_FIELD = "source"
MAX_SOURCES = 50
MAX_FIRSTS = 200  # sources per story whose first article is fetched, latest first (more new ones go uncounted)
PRECISION = 100  # cardinality is exact up to 100 distinct sources per window (approximate, within ~1%, beyond)
FIRST_FIELDS = ["title", "url", "source", "language"]


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _ranges(edges: list[datetime], spans: int) -> list[dict[str, str]]:
    windows = [{"key": f"w{i}", "from": _iso(edges[i]), "to": _iso(edges[i + 1])} for i in range(len(edges) - 1)]
    recent = [{"key": f"s{m}", "from": _iso(edges[-1 - m]), "to": _iso(edges[-1])} for m in range(2, spans + 1)]
    return windows + recent


def _sources() -> dict[str, Any]:
    return {"sources": {"cardinality": {"field": SOURCE_FIELD, "precision_threshold": PRECISION}}}


def candidates_body(field: str, edges: list[datetime], candidates: int) -> dict[str, Any]:
    """Articles of the whole index per window, and the stories of the current window, most sources first."""
    current = {"range": {TIME_FIELD: {"gte": _iso(edges[-2]), "lt": _iso(edges[-1])}}}
    return {
        "size": 0,
        "query": {"range": {TIME_FIELD: {"gte": _iso(edges[0]), "lt": _iso(edges[-1])}}},
        "aggs": {
            "windows": {"date_range": {"field": TIME_FIELD, "keyed": True, "ranges": _ranges(edges, 1)}},
            "current": {"filter": current, "aggs": {"stories": {
                "terms": {"field": field, "size": candidates,
                          "order": [{"sources": "desc"}, {"_count": "desc"}, {"_key": "asc"}]},
                "aggs": _sources()}}},
        },
    }


def parse_candidates(response: dict[str, Any], windows: int) -> tuple[list[str], Activity]:
    aggs = response.get("aggregations", {})
    totals = aggs.get("windows", {}).get("buckets", {})
    activity = Activity(tuple(int(totals.get(f"w{i}", {}).get("doc_count", 0)) for i in range(windows)))
    keys = [str(b["key"]) for b in aggs.get("current", {}).get("stories", {}).get("buckets", [])]
    return keys, activity


def counts_body(field: str, keys: list[str], edges: list[datetime], params: TrendParams) -> dict[str, Any]:
    """Each story of ``keys``: articles and distinct sources per window and over the last ``m`` windows, and the
    first article of each of its sources (all history before the last edge), the latest first."""
    span = {"range": {TIME_FIELD: {"gte": _iso(edges[0]), "lt": _iso(edges[-1])}}}
    history = {"range": {TIME_FIELD: {"lt": _iso(edges[-1])}}}
    return {
        "size": 0,
        "query": {"bool": {"filter": [history, {"terms": {field: keys}}]}},
        "aggs": {"stories": {
            "terms": {"field": field, "size": len(keys)},
            "aggs": {
                "recent": {"filter": span, "aggs": {"windows": {
                    "date_range": {"field": TIME_FIELD, "keyed": True, "ranges": _ranges(edges, params.spans)},
                    "aggs": _sources()}}},
                "firsts": {"terms": {"field": SOURCE_FIELD, "size": MAX_FIRSTS, "order": {"first": "desc"}},
                           "aggs": {"first": {"min": {"field": TIME_FIELD}}}},
            },
        }},
    }


def _first_seen(bucket: dict[str, Any]) -> list[datetime]:
    return [datetime.fromtimestamp(b["first"]["value"] / 1000, UTC) for b in bucket["firsts"]["buckets"]
            if b["first"].get("value") is not None]


def parse_counts(response: dict[str, Any], edges: list[datetime], spans: int) -> list[StoryCounts]:
    windows, stories = len(edges) - 1, []
    for bucket in response.get("aggregations", {}).get("stories", {}).get("buckets", []):
        ranges = bucket["recent"]["windows"]["buckets"]
        arts = tuple(int(ranges[f"w{i}"]["doc_count"]) for i in range(windows))
        srcs = tuple(int(ranges[f"w{i}"]["sources"]["value"]) for i in range(windows))
        span_sources = (srcs[-1], *(int(ranges[f"s{m}"]["sources"]["value"]) for m in range(2, spans + 1)))
        stories.append(StoryCounts(str(bucket["key"]), arts, srcs, span_sources,
                                   new_per_window(_first_seen(bucket), edges)))
    return stories


def details_body(field: str, keys: list[str], since: datetime, until: datetime) -> dict[str, Any]:
    """First seen, earliest article and the sources since ``since`` (earliest first) of each story in ``keys``."""
    earliest = [{TIME_FIELD: {"order": "asc"}}, {"id": "asc"}]
    span = {"range": {TIME_FIELD: {"gte": _iso(since), "lt": _iso(until)}}}
    return {
        "size": 0,
        "query": {"terms": {field: keys}},
        "aggs": {"stories": {
            "terms": {"field": field, "size": len(keys)},
            "aggs": {
                "first_seen": {"min": {"field": TIME_FIELD}},
                "first": {"top_hits": {"size": 1, "sort": earliest, "_source": FIRST_FIELDS}},
                "span": {"filter": span, "aggs": {"sources": {
                    "terms": {"field": SOURCE_FIELD, "size": MAX_SOURCES, "order": {"seen": "asc"}},
                    "aggs": {"seen": {"min": {"field": TIME_FIELD}}}}}},
            },
        }},
    }


def parse_details(response: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for bucket in response.get("aggregations", {}).get("stories", {}).get("buckets", []):
        hits = bucket["first"]["hits"]["hits"]
        first = hits[0]["_source"] if hits else {}
        out[str(bucket["key"])] = {
            "first_seen": bucket["first_seen"].get("value_as_string"),
            "title": first.get("title"), "url": first.get("url"), "first_source": first.get("source"),
            "source_names": [b["key"] for b in bucket["span"]["sources"]["buckets"]],
        }
    return out
