"""Webhook sweeps racing on the real Elasticsearch: each pending alert is claimed once, so two
``newsline alerts deliver`` runs (or a sweep beside a worker's delivery thread) never POST the same alert twice."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from pipeline.index.client import make_client
from pipeline.settings import Settings
from pipeline.watch.delivery import DeliveryThread, claim_lease_s, deliver_pending
from pipeline.watch.model import parse
from pipeline.watch.store import add_watchlist, alerts_index, ensure_indices
from tests.watch.helpers import Receiver, webhook_receiver

pytestmark = pytest.mark.integration

ALERTS = 4


def hook_settings(settings: Settings, tmp_path: Path) -> Settings:
    path = tmp_path / "watchlists.yaml"
    path.write_text("watchlists: []\n", encoding="utf-8")
    watch = settings.watch.model_copy(update={"file": path, "webhook_secret": SecretStr("s"), "webhook_retries": 0})
    fetch = settings.fetch.model_copy(update={"allow_private_addresses": True})  # the receiver is on 127.0.0.1
    return settings.model_copy(update={"watch": watch, "fetch": fetch})


def seed_alerts(settings: Settings, receiver: Receiver, delivery: dict[str, Any] | None = None) -> list[str]:
    ids = [f"w:story-{n}" for n in range(ALERTS)]
    with make_client(settings.elasticsearch) as es:
        ensure_indices(es, settings)
        add_watchlist(es, settings, parse({"name": "w", "query": "harbour", "webhook": receiver.url}, "index", "t"))
        for n, aid in enumerate(ids):
            es.index(index=alerts_index(settings), id=aid, refresh="wait_for", document={
                "watchlist": "w", "story_key": f"story-{n}", "article_id": "a" * 64, "title": f"Story {n}",
                "alerted_at": (datetime(2026, 3, 1, tzinfo=UTC) + timedelta(minutes=n)).isoformat(),
                "published": True, "delivery": delivery or {"status": "pending", "attempts": 0}})
    return ids


def posted(receiver: Receiver) -> Counter[str]:
    return Counter(headers["x-newsline-alert"] for headers, _ in receiver.requests)


def wait_for_requests(receiver: Receiver, count: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while len(receiver.requests) < count and time.monotonic() < deadline:
        time.sleep(0.05)


def test_two_sweeps_at_once_post_each_alert_once(pipeline_settings: Settings, tmp_path: Path) -> None:
    settings = hook_settings(pipeline_settings, tmp_path)
    with webhook_receiver(204, hold=True) as receiver:
        ids = seed_alerts(settings, receiver)
        results: list[dict[str, int]] = []
        sweeps = [threading.Thread(target=lambda: results.append(deliver_pending(settings))) for _ in range(2)]
        sweeps[0].start()
        wait_for_requests(receiver, 1)  # the first sweep's first POST is held by the receiver
        sweeps[1].start()
        wait_for_requests(receiver, 2)  # the second sweep POSTs too (a different alert, once claims hold)
        time.sleep(0.5)
        receiver.release.set()
        for sweep in sweeps:
            sweep.join(120)
        counts = posted(receiver)
    assert counts == Counter(dict.fromkeys(ids, 1)), counts
    assert sum(r["delivered"] for r in results) == ALERTS
    assert sum(r["claimed_elsewhere"] for r in results) >= 1


def test_a_sweep_beside_the_worker_delivery_thread_posts_each_alert_once(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = hook_settings(pipeline_settings, tmp_path)
    with webhook_receiver(204, hold=True) as receiver:
        ids = seed_alerts(settings, receiver)
        thread = DeliveryThread(settings)
        for aid in ids:
            thread.submit(receiver.url, {"id": aid, "watchlist": "w"})
        wait_for_requests(receiver, 1)  # the worker's thread holds a claim and waits on its POST
        sweep = threading.Thread(target=deliver_pending, args=(settings,))
        sweep.start()
        wait_for_requests(receiver, 2)
        time.sleep(0.5)
        receiver.release.set()
        sweep.join(120)
        thread.close()
        counts = posted(receiver)
    assert counts == Counter(dict.fromkeys(ids, 1)), counts


def test_a_claim_whose_holder_died_is_taken_over_after_the_lease_and_not_before(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    settings = hook_settings(pipeline_settings, tmp_path)
    lease = claim_lease_s(settings)
    with webhook_receiver(204) as receiver:
        fresh = {"status": "sending", "attempts": 0, "updated_at": datetime.now(UTC).isoformat()}
        seed_alerts(settings, receiver, fresh)
        assert deliver_pending(settings)["delivered"] == 0 and receiver.requests == []
        old = {**fresh, "updated_at": (datetime.now(UTC) - timedelta(seconds=lease + 5)).isoformat()}
        ids = seed_alerts(settings, receiver, old)
        assert deliver_pending(settings)["delivered"] == ALERTS
        assert posted(receiver) == Counter(dict.fromkeys(ids, 1))
