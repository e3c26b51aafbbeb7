"""Alerts: written once per story per watchlist, then published to the alerts topic.

1. ``bulk`` ``create`` of ``<watchlist>:<story_key>`` with ``published: false``: the first copy of a story
   makes the alert; later copies (same batch or any later one) get 409 and make none.
2. Each new alert, and each existing one still ``published: false`` (a batch retried after a crash between
   the steps), is sent to ``kafka.topics.alerts`` keyed by the alert id and the producer is flushed.
3. ``published: true`` is set on them. So the topic gets every alert at least once, the index exactly once.

An alert Elasticsearch refuses for itself (400: a mapping error) is logged as ``alert rejected`` and not
retried; 429/5xx are an outage (the batch is retried), a setup problem stops the worker as misconfigured.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.exceptions import MisconfiguredError
from pipeline.index.errors import Failure, classify_status, one_line, reason
from pipeline.kafka.producer import Producer
from pipeline.settings import Settings
from pipeline.watch.exceptions import WatchUnavailable
from pipeline.watch.match import Match
from pipeline.watch.store import alert_id, alerts_index

log = logging.getLogger(__name__)


def alert_document(match: Match, now: datetime) -> dict[str, Any]:
    doc = match.doc
    delivery = {"status": "pending" if match.watchlist.webhook else "none", "attempts": 0}
    return {
        "watchlist": match.watchlist.name, "article_id": doc["id"], "story_id": doc.get("story_id"),
        "story_key": match.story_key, "matched_terms": list(match.terms), "title": doc.get("title"),
        "url": doc.get("url"), "source": doc.get("source"), "published_at": doc.get("published_at"),
        "indexed_at": doc.get("indexed_at"), "alerted_at": now.isoformat(), "published": False,
        "delivery": delivery, "distinct_sources": match.sources,
    }


def _first_per_story(matches: list[Match]) -> dict[str, Match]:
    chosen: dict[str, Match] = {}
    for match in matches:
        chosen.setdefault(alert_id(match.watchlist.name, match.story_key), match)
    return chosen


def _create(client: Elasticsearch, index: str, docs: dict[str, dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(created ids, ids that already existed). An alert Elasticsearch refuses for itself (a mapping error) is
    logged and left out: retrying it would fail the same way, and hold every batch after it."""
    ops: list[dict[str, Any]] = []
    for aid, doc in docs.items():
        ops += [{"create": {"_index": index, "_id": aid}}, doc]
    response = client.bulk(operations=ops)
    created, existing = [], []
    for item in response["items"]:
        result = item["create"]
        if result.get("status") in (200, 201):
            created.append(result["_id"])
        elif result.get("status") == 409:
            existing.append(result["_id"])
        else:
            status, error = int(result.get("status", 0)), result.get("error")
            message = f"alert {result['_id']} not written: status={status} error={reason(error)}"
            failure = classify_status(status, error)
            if failure is Failure.MISCONFIGURED:
                raise MisconfiguredError(message)
            if failure is Failure.OUTAGE:
                raise WatchUnavailable(message)
            log.error("alert rejected index=%s id=%s status=%d reason=%r", index, result["_id"], status,
                      one_line(reason(error)))
    return created, existing


def _unpublished(client: Elasticsearch, index: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    found = client.mget(index=index, ids=ids)["docs"]
    return {d["_id"]: d["_source"] for d in found if d.get("found") and not d["_source"].get("published")}


def record_alerts(client: Elasticsearch, producer: Producer, settings: Settings,
                  matches: list[Match]) -> list[dict[str, Any]]:
    """Write and publish the alerts of ``matches``; return the alerts published now (``{"id": ..., **doc}``)."""
    if not matches:
        return []
    index, now = alerts_index(settings), datetime.now(UTC)
    docs = {aid: alert_document(m, now) for aid, m in _first_per_story(matches).items()}
    created, existing = _create(client, index, docs)
    to_publish = {aid: docs[aid] for aid in created}
    to_publish.update(_unpublished(client, index, existing))
    for aid, doc in to_publish.items():
        producer.send(settings.kafka.topics.alerts, aid, json.dumps({"id": aid, **doc}).encode("utf-8"))
    producer.flush_or_raise()
    if to_publish:
        ops: list[dict[str, Any]] = []
        for aid in to_publish:
            ops += [{"update": {"_index": index, "_id": aid}}, {"doc": {"published": True}}]
        client.bulk(operations=ops)
    for aid, doc in to_publish.items():
        log.info("alert watchlist=%s id=%s article=%s story=%s terms=%s", doc["watchlist"], aid, doc["article_id"],
                 doc.get("story_id"), ",".join(doc["matched_terms"][:5]))
    log.info("alerts created=%d already_alerted=%d published=%d", len(created), len(existing), len(to_publish))
    return [{"id": aid, **doc} for aid, doc in to_publish.items()]
