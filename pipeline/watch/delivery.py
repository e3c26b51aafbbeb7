"""Delivering alerts to webhooks: retried with backoff, the outcome recorded on the alert document.

Chosen design: the index worker hands new alerts to a :class:`DeliveryThread` (a queue and one daemon thread),
so a slow or failing webhook never holds up indexing; alerts still ``pending`` (the worker stopped first)
are swept by ``newsline alerts deliver`` (:func:`deliver_pending`). Each alert is tried
``1 + watch.webhook_retries`` times with doubling waits from ``watch.webhook_backoff_s``; a non-retryable
answer (4xx, refused address, no secret) stops at once. The alert ends ``delivered`` or ``failed`` with the
attempts and the last error (``delivery.status/attempts/last_error``).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from datetime import UTC, datetime
from typing import Any

import httpx
from elasticsearch import Elasticsearch

from pipeline.index.client import make_client as make_es
from pipeline.settings import Settings
from pipeline.watch import webhook
from pipeline.watch.exceptions import DeliveryFailed
from pipeline.watch.store import alerts_index, all_watchlists

log = logging.getLogger(__name__)


def attempt(client: httpx.Client, settings: Settings, url: str, alert: dict[str, Any]) -> dict[str, Any]:
    """Deliver with retries; the ``delivery`` field to record."""
    w = settings.watch
    error, attempts = "", 0
    for attempts in range(1, w.webhook_retries + 2):
        try:
            webhook.post(client, settings, url, alert)
            return {"status": "delivered", "attempts": attempts, "last_error": None}
        except DeliveryFailed as exc:
            error = str(exc)
            log.warning("webhook failed alert=%s watchlist=%s attempt=%d retry=%s error=%s", alert.get("id"),
                        alert.get("watchlist"), attempts, exc.retry, error)
            if not exc.retry:
                break
            if attempts <= w.webhook_retries:
                time.sleep(w.webhook_backoff_s * 2 ** (attempts - 1))
    return {"status": "failed", "attempts": attempts, "last_error": error}


def record(es: Elasticsearch, settings: Settings, alert_id: str, delivery: dict[str, Any]) -> None:
    delivery = {**delivery, "updated_at": datetime.now(UTC).isoformat()}
    es.update(index=alerts_index(settings), id=alert_id, doc={"delivery": delivery}, refresh="wait_for")
    log.info("webhook outcome alert=%s status=%s attempts=%d", alert_id, delivery["status"], delivery["attempts"])


def deliver(es: Elasticsearch, client: httpx.Client, settings: Settings, url: str, alert: dict[str, Any]) -> str:
    outcome = attempt(client, settings, url, alert)
    record(es, settings, str(alert["id"]), outcome)
    return str(outcome["status"])


def deliver_pending(settings: Settings, limit: int = 500) -> dict[str, int]:
    """Deliver every alert still ``pending`` (``newsline alerts deliver``); counts per outcome."""
    counts = {"delivered": 0, "failed": 0}
    with make_es(settings.elasticsearch) as es, webhook.make_client(settings) as client:
        hooks = {w.name: w.webhook for w in all_watchlists(es, settings)}
        response = es.options(ignore_status=404).search(
            index=alerts_index(settings), size=limit, query={"term": {"delivery.status": "pending"}},
            sort=[{"alerted_at": "asc"}])
        for hit in response.get("hits", {}).get("hits", []) if response.meta.status != 404 else []:
            alert = {"id": hit["_id"], **hit["_source"]}
            url = hooks.get(alert["watchlist"])
            if url is None:
                record(es, settings, hit["_id"], {"status": "failed", "attempts": 0,
                                                  "last_error": "watchlist gone or has no webhook"})
                counts["failed"] += 1
                continue
            counts[deliver(es, client, settings, url, alert)] += 1
    return counts


class DeliveryThread:
    """One background thread delivering queued ``(url, alert)`` pairs; :meth:`close` waits for the queue."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._queue: queue.Queue[tuple[str, dict[str, Any]] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="newsline-webhooks", daemon=True)
        self._thread.start()

    def submit(self, url: str, alert: dict[str, Any]) -> None:
        self._queue.put((url, alert))

    def _run(self) -> None:
        with make_es(self.settings.elasticsearch) as es, webhook.make_client(self.settings) as client:
            while (item := self._queue.get()) is not None:
                url, alert = item
                try:
                    deliver(es, client, self.settings, url, alert)
                except Exception as exc:  # noqa: BLE001 - recording failed; the sweep finds it still pending
                    log.error("webhook delivery not recorded alert=%s error=%s: %s", alert.get("id"),
                              type(exc).__name__, exc)

    def close(self, timeout: float = 60.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)
