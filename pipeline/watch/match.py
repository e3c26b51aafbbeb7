"""Which of a batch's articles each watchlist matches: the saved queries restricted to the batch's ids.

One ``msearch`` per batch, one search per watchlist, each the watchlist's query (the same clauses as
``newsline search``) with an ``ids`` filter, so only the articles just written are tested, whatever the index
holds. The written documents must be searchable first: the caller refreshes the index (percolation would
avoid that but is not in the minimal Elasticsearch build).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
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
        if "error" in response:
            status, error = int(response.get("status", 500)), response["error"]
            failure = classify_status(status, error)
            if failure is Failure.REJECTED:
                log.warning("watchlist rejected watchlist=%s error=%s", watchlist.name, one_line(reason(error)))
                continue
            message = f"watchlist {watchlist.name} search failed status={status} error={one_line(reason(error))}"
            if failure is Failure.MISCONFIGURED:
                raise MisconfiguredError(message)
            raise WatchUnavailable(message)
        for hit in response["hits"]["hits"]:
            matches.append(Match(watchlist, hit["_source"], matched_terms(watchlist, hit)))
    return matches
