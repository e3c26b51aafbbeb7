"""`newsline run --until-idle` ends on measured zero lag, not on an empty poll (real Kafka/Elasticsearch)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess

import pytest
from kafka import KafkaConsumer

from pipeline.kafka.config import client_options
from pipeline.settings import Settings
from tests.support.topics import indexed_count, read_topic
from tests.workers.helpers import articles, lag, publish, run, start, wait_for

pytestmark = pytest.mark.integration

COUNT = 100


def kill_tree(pid: int) -> None:
    """SIGKILL a process and every process below it, children first."""
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    for child in children:
        kill_tree(int(child))
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def test_run_until_idle_after_workers_killed_mid_batch_indexes_everything(delivery_settings: Settings) -> None:
    s = delivery_settings
    raw, enriched = s.kafka.topics.raw, s.kafka.topics.enriched
    items = articles(COUNT)
    publish(s, items)
    enrich = start(s, "worker", "enrich")
    index = start(s, "worker", "index")
    try:
        wait_for(lambda: 0 < (lag(s, s.workers.enrich_group, raw).lag or COUNT) < COUNT - 20,
                 "enrichment to commit some but not all batches")
        wait_for(lambda: len(read_topic(s, enriched)) > 0, "some enriched output")
    finally:
        for proc in (enrich, index):  # a crash: supervised children die with their supervisor, none leaves the group
            kill_tree(proc.pid)
            proc.wait()
    raw_lag = lag(s, s.workers.enrich_group, raw)
    assert raw_lag.lag > 0  # there is work left, and the killed members still hold their partitions

    done = run(s, "run", "--until-idle", "--json")

    assert done.returncode == 0, done.stderr[-3000:]
    counts = json.loads(done.stdout)
    assert counts["lag_at_start"][raw] > 0
    assert indexed_count(s) == COUNT  # every article, once (the document id is the article id)
    assert lag(s, s.workers.enrich_group, raw).lag == 0
    assert lag(s, s.workers.index_group, enriched).lag == 0
    assert len(read_topic(s, s.kafka.topics.dead_letter)) == 0


def test_drain_blocked_by_a_stale_member_times_out_with_the_lag_printed(delivery_settings: Settings) -> None:
    s = delivery_settings
    publish(s, articles(10))
    stale = KafkaConsumer(  # joins the enrich group, takes every partition, then never polls again
        s.kafka.topics.raw, **client_options(s.kafka, "newsline-test-stale"), group_id=s.workers.enrich_group,
        enable_auto_commit=False, session_timeout_ms=60_000, max_poll_interval_ms=300_000,
    )
    try:
        wait_for(lambda: stale.poll(timeout_ms=500, max_records=1) is not None and stale.assignment(),
                 "the stale member to get its partitions")
        # the run's enrich consumer stops with its join still held by the broker (the stale member never rejoins):
        # it gives up leaving the group after 2 s instead of the default 30 s, the same exit and message sooner
        done = run(s, "run", "--until-idle", NEWSLINE_WORKERS_DRAIN_TIMEOUT_S="15", NEWSLINE_KAFKA_CLOSE_TIMEOUT_MS="2000")
    finally:
        stale.close(autocommit=False)

    assert done.returncode == 4, done.stderr[-3000:]
    assert "drain not complete after 15s" in done.stderr
    assert f"remaining lag topic={s.kafka.topics.raw} group={s.workers.enrich_group} lag=" in done.stderr
    assert f"{s.kafka.topics.raw}[0] end=" in done.stderr
    assert lag(s, s.workers.enrich_group, s.kafka.topics.raw).lag > 0
