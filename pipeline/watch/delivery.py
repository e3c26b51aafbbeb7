"""Delivering alerts to webhooks: retried with backoff, the outcome recorded on the alert document.

Chosen design: the index worker hands new alerts to a :class:`DeliveryThread` (a queue and one daemon thread),
so a slow or failing webhook never holds up indexing; alerts still ``pending`` (the worker stopped first)
are swept by ``newsline alerts deliver`` (:func:`deliver_pending`). Each alert is tried
``1 + watch.webhook_retries`` times with doubling waits from ``watch.webhook_backoff_s``; a non-retryable
answer (4xx, refused address, no secret) stops at once. The alert ends ``delivered`` or ``failed`` with the
attempts and the last error (``delivery.status/attempts/last_error``).

Each delivery is claimed before its first POST: ``delivery.status`` goes ``pending`` -> ``sending`` by an
update conditional on the alert's ``_seq_no``/``_primary_term`` as read, so of a worker's delivery thread and
any number of ``alerts deliver`` sweeps running at once exactly one wins each alert and POSTs it; the others
get a version conflict and leave it. A claim whose holder died is taken over by a sweep once it is older than
:func:`claim_lease_s` (the longest a delivery with every retry can take, plus slack).
"""

from __future__ import annotations

import logging
import os
import queue
import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from elasticsearch import ConflictError, Elasticsearch

from pipeline.backoff import Backoff
from pipeline.index.client import make_client as make_es
from pipeline.settings import Settings
from pipeline.watch import webhook
from pipeline.watch.exceptions import DeliveryFailed
from pipeline.watch.store import alerts_index, all_watchlists

log = logging.getLogger(__name__)

PENDING, SENDING = "pending", "sending"
CLAIM_SLACK_S = 60.0


def webhook_backoff(settings: Settings) -> Backoff:
    """Waits between webhook attempts: ``watch.webhook_backoff_s`` doubling, exact (no cap beyond the retries)."""
    w = settings.watch
    return Backoff(w.webhook_backoff_s, w.webhook_backoff_s * 2 ** w.webhook_retries, w.webhook_retries, jitter=0)


def claim_lease_s(settings: Settings) -> float:
    """How long a ``sending`` claim stands before a sweep may take it over: every attempt's timeout and wait."""
    w = settings.watch
    waits = sum(webhook_backoff(settings).capped(i) for i in range(w.webhook_retries))
    return (w.webhook_retries + 1) * w.webhook_timeout_s + waits + CLAIM_SLACK_S


def _claimable(delivery: dict[str, Any], settings: Settings, now: datetime) -> bool:
    status = delivery.get("status")
    if status == PENDING:
        return True
    if status != SENDING:
        return False
    try:
        since = datetime.fromisoformat(str(delivery.get("updated_at")))
    except ValueError:
        return True  # a claim with no readable time cannot be judged fresh
    return now - since > timedelta(seconds=claim_lease_s(settings))


def claim(es: Elasticsearch, settings: Settings, alert_id: str, seq_no: int, primary_term: int) -> bool:
    """Mark the alert ``sending`` if it is unchanged since it was read (``seq_no``/``primary_term``); False
    when another worker or sweep changed it first (it delivers, or has delivered, that alert)."""
    claimed = {"status": SENDING, "updated_at": datetime.now(UTC).isoformat(),
               "claimed_by": f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"}
    try:
        es.update(index=alerts_index(settings), id=alert_id, doc={"delivery": claimed},
                  if_seq_no=seq_no, if_primary_term=primary_term)  # no refresh wait: a stale read conflicts
    except ConflictError:
        log.info("webhook delivery claimed elsewhere alert=%s", alert_id)
        return False
    return True


def claim_current(es: Elasticsearch, settings: Settings, alert_id: str) -> bool:
    """Claim the alert as it stands now (the worker's delivery thread holds no search hit to go by)."""
    found = es.options(ignore_status=404).get(index=alerts_index(settings), id=alert_id)
    if not found.get("found"):
        return False
    if not _claimable(found["_source"].get("delivery") or {}, settings, datetime.now(UTC)):
        return False
    return claim(es, settings, alert_id, found["_seq_no"], found["_primary_term"])


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
                time.sleep(webhook_backoff(settings).capped(attempts - 1))
    return {"status": "failed", "attempts": attempts, "last_error": error}


def record(es: Elasticsearch, settings: Settings, alert_id: str, delivery: dict[str, Any]) -> None:
    delivery = {**delivery, "updated_at": datetime.now(UTC).isoformat()}
    es.update(index=alerts_index(settings), id=alert_id, doc={"delivery": delivery}, refresh="wait_for")
    log.info("webhook outcome alert=%s status=%s attempts=%d", alert_id, delivery["status"], delivery["attempts"])


def deliver(es: Elasticsearch, client: httpx.Client, settings: Settings, url: str, alert: dict[str, Any]) -> str:
    """Claim, POST (with retries) and record one alert; ``claimed_elsewhere`` when another sweep has it."""
    if not claim_current(es, settings, str(alert["id"])):
        return "claimed_elsewhere"
    return _deliver_claimed(es, client, settings, url, alert)


def _deliver_claimed(es: Elasticsearch, client: httpx.Client, settings: Settings, url: str,
                     alert: dict[str, Any]) -> str:
    outcome = attempt(client, settings, url, alert)
    record(es, settings, str(alert["id"]), outcome)
    return str(outcome["status"])


def _undelivered(es: Elasticsearch, settings: Settings, limit: int) -> list[dict[str, Any]]:
    """Alerts ``pending``, or ``sending`` under a claim older than the lease (its holder died)."""
    stale = (datetime.now(UTC) - timedelta(seconds=claim_lease_s(settings))).isoformat()
    query = {"bool": {"should": [
        {"term": {"delivery.status": PENDING}},
        {"bool": {"filter": [{"term": {"delivery.status": SENDING}},
                             {"range": {"delivery.updated_at": {"lt": stale}}}]}},
    ], "minimum_should_match": 1}}
    response = es.options(ignore_status=404).search(
        index=alerts_index(settings), size=limit, query=query, sort=[{"alerted_at": "asc"}],
        seq_no_primary_term=True)
    return list(response.get("hits", {}).get("hits", [])) if response.meta.status != 404 else []


def deliver_pending(settings: Settings, limit: int = 500) -> dict[str, int]:
    """Deliver every alert still ``pending`` (``newsline alerts deliver``); counts per outcome
    (``claimed_elsewhere``: a worker or another sweep was delivering it)."""
    counts = {"delivered": 0, "failed": 0, "claimed_elsewhere": 0}
    with make_es(settings.elasticsearch) as es, webhook.make_client(settings) as client:
        hooks = {w.name: w.webhook for w in all_watchlists(es, settings)}
        for hit in _undelivered(es, settings, limit):
            if not claim(es, settings, hit["_id"], hit["_seq_no"], hit["_primary_term"]):
                counts["claimed_elsewhere"] += 1
                continue
            alert = {"id": hit["_id"], **hit["_source"]}
            url = hooks.get(alert["watchlist"])
            if url is None:
                record(es, settings, hit["_id"], {"status": "failed", "attempts": 0,
                                                  "last_error": "watchlist gone or has no webhook"})
                counts["failed"] += 1
                continue
            counts[_deliver_claimed(es, client, settings, url, alert)] += 1
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
