"""The durable ingest store: atomic claims, retries of transient failures, expired leases, counts."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from pipeline.ingest.store import IngestStore


def test_only_one_of_many_concurrent_claims_wins(tmp_path: Path) -> None:
    wins: list[bool] = []
    stores = [IngestStore(tmp_path / "s.sqlite") for _ in range(8)]

    def claim(store: IngestStore, run: int) -> None:
        wins.append(store.claim("http://a/x", "src", "http://a/x?utm_source=1", f"run-{run}"))

    threads = [threading.Thread(target=claim, args=(s, i)) for i, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sorted(wins) == [False] * 7 + [True]


def test_transient_failures_are_retried_up_to_max_attempts(tmp_path: Path) -> None:
    store = IngestStore(tmp_path / "s.sqlite", max_attempts=2)
    assert store.claim("u", "src", "u", "r1")
    store.finish("u", "r1", "failed", "http 503 (gave up after 3 attempts)", retryable=True)
    assert not store.is_known("u") and store.claim("u", "src", "u", "r2")
    store.finish("u", "r2", "failed", "http 503 (gave up after 3 attempts)", retryable=True)
    assert store.is_known("u") and not store.claim("u", "src", "u", "r3")  # attempts exhausted


def test_permanent_outcomes_are_never_reclaimed(tmp_path: Path) -> None:
    store = IngestStore(tmp_path / "s.sqlite")
    for url, status in (("a", "published"), ("b", "skipped"), ("c", "failed")):
        assert store.claim(url, "src", url, "r1")
        store.finish(url, "r1", status, None if status == "published" else "why")
        assert not store.claim(url, "src", url, "r2")
    counts = store.counts()["src"]
    assert (counts["published"], counts["skipped"], counts["failed"], counts["claimed"]) == (1, 1, 1, 0)


def test_a_claim_left_by_a_dead_run_expires(tmp_path: Path) -> None:
    store = IngestStore(tmp_path / "s.sqlite", lease_s=0.2)
    assert store.claim("u", "src", "u", "dead-run")
    assert not store.claim("u", "src", "u", "r2")
    time.sleep(0.3)
    assert store.claim("u", "src", "u", "r2")
    store.finish("u", "dead-run", "published")  # the dead run cannot overwrite the new claim
    assert store.counts()["src"]["claimed"] == 1


def test_filtered_urls_are_recorded_once(tmp_path: Path) -> None:
    store = IngestStore(tmp_path / "s.sqlite")
    assert store.record_skipped("u", "src", "u", "r1", "domain not allowed")
    assert not store.record_skipped("u", "src", "u", "r2", "domain not allowed")
    assert store.counts()["src"]["reasons"] == {"skipped: domain not allowed": 1}
