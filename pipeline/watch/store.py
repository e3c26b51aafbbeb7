"""Where watchlists and alerts live: ``<index_prefix>-watchlists`` and ``<index_prefix>-alerts``.

A watchlist document's id is its name. An alert's id is ``<watchlist>:<story_key>`` (the story id, or the
article id when the article has no story), written with ``op_type=create``: the first article of a story to
match makes the alert, every later copy of the story gets a 409 and makes none.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from elasticsearch import ApiError, Elasticsearch

from pipeline.index.definitions import load_definition
from pipeline.index.replicas import ensure_replicas
from pipeline.search.filters import parse_when
from pipeline.settings import Settings
from pipeline.watch.exceptions import WatchlistInvalid
from pipeline.watch.model import Watchlist, load_file, parse

log = logging.getLogger(__name__)

DEFINITIONS = ("watchlists-index", "alerts-index")  # config/elasticsearch/<name>.json


def watchlist_index(settings: Settings) -> str:
    return f"{settings.elasticsearch.index_prefix}-{settings.watch.index_suffix}"


def alerts_index(settings: Settings) -> str:
    return f"{settings.elasticsearch.index_prefix}-{settings.watch.alerts_suffix}"


def alert_id(watchlist: str, story_key: str) -> str:
    return f"{watchlist}:{story_key}"


def ensure_indices(client: Elasticsearch, settings: Settings) -> list[str]:
    """Create the watchlists and alerts indices if missing (else put their current mapping: e.g. an
    ``ignore_above`` added since); return those created."""
    created = []
    for name, definition in zip((watchlist_index(settings), alerts_index(settings)), DEFINITIONS, strict=True):
        body = load_definition(definition)
        if client.indices.exists(index=name):
            ensure_replicas(client, name)  # created by a version that kept no replica
            client.indices.put_mapping(index=name, properties=body["mappings"]["properties"])
            continue
        try:
            client.indices.create(index=name, **body)
            created.append(name)
            log.info("index created index=%s", name)
        except ApiError as exc:
            if exc.error != "resource_already_exists_exception":
                raise
    return created


def saved_watchlists(client: Elasticsearch, settings: Settings) -> list[Watchlist]:
    index = watchlist_index(settings)
    response = client.options(ignore_status=404).search(index=index, size=1000, sort=["name"])
    hits = response.get("hits", {}).get("hits", []) if response.meta.status != 404 else []
    return [parse(h["_source"].get("definition"), "index", f"{index}/{h['_id']}") for h in hits]


def all_watchlists(client: Elasticsearch, settings: Settings) -> list[Watchlist]:
    """The file's watchlists, then those saved in the index under other names."""
    from_file = load_file(settings.watch.file)
    names = {w.name for w in from_file}
    return from_file + [w for w in saved_watchlists(client, settings) if w.name not in names]


def add_watchlist(client: Elasticsearch, settings: Settings, watchlist: Watchlist) -> dict[str, Any]:
    if watchlist.name in {w.name for w in load_file(settings.watch.file)}:
        raise WatchlistInvalid(f"watchlist {watchlist.name!r} is defined in {settings.watch.file}; edit it there")
    ensure_indices(client, settings)
    definition = watchlist.model_dump(mode="json", exclude={"origin"}, exclude_defaults=True)
    definition["name"] = watchlist.name
    client.index(index=watchlist_index(settings), id=watchlist.name, refresh="wait_for",
                 document={"name": watchlist.name, "created_at": datetime.now(UTC).isoformat(),
                           "definition": definition})
    return definition


def remove_watchlist(client: Elasticsearch, settings: Settings, name: str) -> bool:
    response = client.options(ignore_status=404).delete(index=watchlist_index(settings), id=name, refresh="wait_for")
    return bool(response.get("result") == "deleted")


def list_alerts(
    client: Elasticsearch, settings: Settings, watch: str | None = None, since: str | None = None, limit: int = 50
) -> list[dict[str, Any]]:
    """Newest alerts first, optionally of one watchlist and alerted on/after ``since`` (ISO date/time)."""
    filters: list[dict[str, Any]] = []
    if watch:
        filters.append({"term": {"watchlist": watch}})
    if since:
        filters.append({"range": {"alerted_at": {"gte": parse_when(since, "since")}}})
    response = client.options(ignore_status=404).search(
        index=alerts_index(settings), size=limit, query={"bool": {"filter": filters}},
        sort=[{"alerted_at": "desc"}])
    if response.meta.status == 404:
        return []
    return [{"id": h["_id"], **h["_source"]} for h in response["hits"]["hits"]]
