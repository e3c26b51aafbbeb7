"""Which of a batch's articles each watchlist matches: the saved queries restricted to the batch's ids.

One ``msearch`` per batch, one search per watchlist, each the watchlist's query (the same clauses as
``newsline search``) with an ``ids`` filter, so only the articles just written are tested, whatever the index
holds. Watchlists with ``min_sources`` that matched get one more ``msearch`` (:func:`at_min_sources`): the
distinct sources of each matched story's matching articles in the whole index, so an alert is made only in
the batch where the story reaches N sources (later batches find the alert made: ``op_type=create``). The
written documents must be searchable first: the caller refreshes the index (percolation would avoid that but
is not in the minimal Elasticsearch build).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.exceptions import MisconfiguredError
from pipeline.index.errors import Failure, classify_status, one_line, reason
from pipeline.search.query import clean_text, query_parts
from pipeline.watch.exceptions import WatchUnavailable
from pipeline.watch.model import Watchlist

log = logging.getLogger(__name__)

FIELDS = ["id", "story_id", "story_key", "title", "url", "source", "published_at", "published_or_fetched_at",
          "indexed_at"]
MARK = re.compile(r"<<(.+?)>>")


@dataclass(frozen=True)
class Match:
    watchlist: Watchlist
    doc: dict[str, Any]
    terms: tuple[str, ...]
    sources: int | None = None  # distinct sources of the story's matching articles (``min_sources`` watchlists)

    @property
    def story_key(self) -> str:
        return str(self.doc.get("story_key") or self.doc.get("story_id") or self.doc["id"])


def search_body(watchlist: Watchlist, ids: list[str]) -> dict[str, Any]:
    query, highlight = query_parts(clean_text(watchlist.query), watchlist.filters())
    query["bool"]["filter"].append({"ids": {"values": ids}})
    marks = {**highlight, "fields": {f: {"number_of_fragments": 0} for f in ("title", "lead", "text")}}
    return {"query": query, "size": len(ids), "_source": FIELDS, "highlight": marks,
            "sort": [{"published_or_fetched_at": {"order": "asc", "missing": "_last"}}, {"id": "asc"}]}


def matched_terms(watchlist: Watchlist, hit: dict[str, Any]) -> tuple[str, ...]:
    words = [w.lower() for fragments in hit.get("highlight", {}).values() for f in fragments for w in MARK.findall(f)]
    return tuple(dict.fromkeys(words + watchlist.terms()))


def _failed(watchlist: Watchlist, response: dict[str, Any]) -> bool:
    """True when Elasticsearch rejected this watchlist's search for itself (logged, skipped); an outage raises
    :class:`WatchUnavailable`, a setup problem ``MisconfiguredError``; False for an answer."""
    if "error" not in response:
        return False
    status, error = int(response.get("status", 500)), response["error"]
    failure = classify_status(status, error)
    if failure is Failure.REJECTED:
        log.warning("watchlist rejected watchlist=%s error=%s", watchlist.name, one_line(reason(error)))
        return True
    message = f"watchlist {watchlist.name} search failed status={status} error={one_line(reason(error))}"
    if failure is Failure.MISCONFIGURED:
        raise MisconfiguredError(message)
    raise WatchUnavailable(message)


def match_batch(client: Elasticsearch, index: str, watchlists: list[Watchlist], ids: list[str]) -> list[Match]:
    """Matches of ``watchlists`` among ``ids`` (earliest article first per watchlist). A watchlist Elasticsearch
    rejects for itself (:mod:`pipeline.index.errors`: rejected) is logged and skipped; an outage raises
    :class:`WatchUnavailable`, a setup problem ``MisconfiguredError``."""
    if not watchlists or not ids:
        return []
    searches: list[dict[str, Any]] = []
    for watchlist in watchlists:
        searches += [{"index": index}, search_body(watchlist, ids)]
    responses = client.msearch(searches=searches)["responses"]
    matches = []
    for watchlist, response in zip(watchlists, responses, strict=True):
        if _failed(watchlist, response):
            continue
        for hit in response["hits"]["hits"]:
            matches.append(Match(watchlist, hit["_source"], matched_terms(watchlist, hit)))
    return matches


def sources_body(watchlist: Watchlist, keys: list[str]) -> dict[str, Any]:
    """Distinct sources per story among the articles of ``keys`` that match ``watchlist`` (whole index)."""
    query, _ = query_parts(clean_text(watchlist.query), watchlist.filters())
    query["bool"]["filter"].append({"terms": {"story_key": keys}})
    sources = {"cardinality": {"field": "source", "precision_threshold": 3000}}
    return {"size": 0, "query": query,
            "aggs": {"stories": {"terms": {"field": "story_key", "size": len(keys)}, "aggs": {"sources": sources}}}}


def at_min_sources(client: Elasticsearch, index: str, matches: list[Match]) -> list[Match]:
    """``matches`` without those of ``min_sources`` watchlists whose story has fewer distinct sources (among its
    articles matching the watchlist, everywhere in the index: earlier batches count); one ``msearch``, only when
    such a watchlist matched. The kept ones carry the count in ``sources``."""
    wanted: dict[str, tuple[Watchlist, list[str]]] = {}
    for m in matches:
        if m.watchlist.min_sources is not None:
            keys = wanted.setdefault(m.watchlist.name, (m.watchlist, []))[1]
            if m.story_key not in keys:
                keys.append(m.story_key)
    if not wanted:
        return matches
    searches: list[dict[str, Any]] = []
    for watchlist, keys in wanted.values():
        searches += [{"index": index}, sources_body(watchlist, keys)]
    responses = client.msearch(searches=searches)["responses"]
    counts: dict[tuple[str, str], int] = {}
    for (watchlist, _), response in zip(wanted.values(), responses, strict=True):
        if _failed(watchlist, response):
            continue
        for bucket in response["aggregations"]["stories"]["buckets"]:
            counts[(watchlist.name, str(bucket["key"]))] = int(bucket["sources"]["value"])
    kept = []
    for m in matches:
        if m.watchlist.min_sources is None:
            kept.append(m)
            continue
        found = counts.get((m.watchlist.name, m.story_key), 0)
        if found >= m.watchlist.min_sources:
            kept.append(replace(m, sources=found))
    return kept
