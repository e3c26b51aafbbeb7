"""Watchlists on the real Kafka and Elasticsearch: matched at indexing, one alert per story, webhooks."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pydantic import SecretStr

from pipeline.index.client import make_client
from pipeline.settings import Settings
from pipeline.watch import webhook
from pipeline.watch.model import parse
from pipeline.watch.store import add_watchlist, alerts_index, list_alerts
from pipeline.workers.index import IndexWorker
from tests.support.topics import indexed_count, read_topic
from tests.watch.helpers import alert_messages, publish, unrelated, webhook_receiver, wire_story

pytestmark = pytest.mark.integration

SECRET = "test-webhook-secret"


def with_watch(settings: Settings, tmp_path: Path, file_text: str = "watchlists: []\n", **watch: object) -> Settings:
    path = tmp_path / "watchlists.yaml"
    path.write_text(file_text, encoding="utf-8")
    return settings.model_copy(update={"watch": settings.watch.model_copy(update={"file": path, **watch})})


def alerts_now(settings: Settings, **filters: str) -> list[dict]:
    with make_client(settings.elasticsearch) as es:
        es.indices.refresh(index=alerts_index(settings))
        return list_alerts(es, settings, **filters)


def index_all(settings: Settings) -> None:
    IndexWorker(settings).run(until_idle=True)


def test_a_story_from_five_sources_alerts_once_per_watchlist_and_non_matches_do_not(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    file_text = ("watchlists:\n  - name: idlib\n    query: ceasefire Idlib\n    countries: [SY]\n"
                 "  - name: elections\n    query: election ballots\n")
    settings = with_watch(pipeline_settings, tmp_path, file_text)
    with make_client(settings.elasticsearch) as es:
        add_watchlist(es, settings, parse({"name": "harbour", "query": "harbour quay"}, "index", "test"))
    publish(settings, wire_story() + unrelated())
    index_all(settings)
    publish(settings, wire_story())  # the same five copies again: already alerted
    index_all(settings)

    alerts = alerts_now(settings)
    by_watch = sorted((a["watchlist"], a["story_key"]) for a in alerts)
    loner = next(r for r in unrelated() if r.enrichment.story_id is None)
    assert by_watch == [("harbour", "s-h"), ("idlib", loner.id), ("idlib", "story-idlib")]
    idlib = next(a for a in alerts if a["story_key"] == "story-idlib")
    assert idlib["story_id"] == "story-idlib" and idlib["article_id"] in {r.id for r in wire_story()}
    assert {"ceasefire", "idlib", "country:SY"} <= set(idlib["matched_terms"])
    assert idlib["published"] is True and idlib["delivery"]["status"] == "none"

    messages = alert_messages(read_topic(settings, settings.kafka.topics.alerts))
    assert sorted(m["id"] for m in messages) == sorted(a["id"] for a in alerts)  # once each on the topic
    assert [a["watchlist"] for a in alerts_now(settings, watch="harbour")] == ["harbour"]
    assert alerts_now(settings, since="2999-01-01") == []


def test_a_webhook_on_a_local_server_receives_the_alert_signed(pipeline_settings: Settings, tmp_path: Path) -> None:
    with webhook_receiver(204) as receiver:
        settings = with_watch(pipeline_settings, tmp_path, f"watchlists:\n  - name: idlib\n    query: ceasefire\n"
                              f"    webhook: {receiver.url}\n", webhook_secret=SecretStr(SECRET))
        settings = settings.model_copy(update={"fetch": settings.fetch.model_copy(
            update={"allow_private_addresses": True})})  # the receiver is on 127.0.0.1
        publish(settings, wire_story())
        index_all(settings)  # closing the worker waits for its delivery thread
        [(headers, body)] = receiver.requests
    assert webhook.verify(SECRET.encode(), headers["x-newsline-timestamp"], body, headers["x-newsline-signature"])
    assert not webhook.verify(b"other", headers["x-newsline-timestamp"], body, headers["x-newsline-signature"])
    [alert] = alerts_now(settings)
    assert alert["delivery"] == {**alert["delivery"], "status": "delivered", "attempts": 1}
    assert b'"story_id": "story-idlib"' in body and alert["id"].encode() in body


def test_the_ssrf_guard_refuses_a_loopback_webhook_unless_private_addresses_are_allowed(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    with webhook_receiver(204) as receiver:
        settings = with_watch(pipeline_settings, tmp_path, f"watchlists:\n  - name: idlib\n    query: ceasefire\n"
                              f"    webhook: {receiver.url}\n", webhook_secret=SecretStr(SECRET))
        publish(settings, wire_story(copies=1))
        index_all(settings)
        assert receiver.requests == []
    [alert] = alerts_now(settings)
    assert alert["delivery"]["status"] == "failed" and "SSRF" in alert["delivery"]["last_error"]


def test_a_failing_webhook_is_retried_then_recorded_failed_while_indexing_goes_on(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    with webhook_receiver(503, hold=True) as receiver:
        settings = with_watch(pipeline_settings, tmp_path, f"watchlists:\n  - name: idlib\n    query: ceasefire\n"
                              f"    webhook: {receiver.url}\n", webhook_secret=SecretStr(SECRET),
                              webhook_retries=2, webhook_backoff_s=0.05)
        settings = settings.model_copy(update={"fetch": settings.fetch.model_copy(
            update={"allow_private_addresses": True})})
        publish(settings, wire_story() + unrelated())
        worker = threading.Thread(target=index_all, args=(settings,))
        worker.start()
        deadline = time.monotonic() + 120
        while indexed_count(settings) < 7 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert indexed_count(settings) == 7
        while not receiver.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        pending = sorted(a["delivery"]["status"] for a in alerts_now(settings))  # the first attempt is held
        assert pending == ["pending", "sending"] and len(receiver.requests) == 1  # claimed, then POSTed
        receiver.release.set()
        worker.join(120)
        assert not worker.is_alive()
    alerts = alerts_now(settings)
    assert [a["delivery"]["status"] for a in alerts] == ["failed", "failed"]
    assert {a["delivery"]["attempts"] for a in alerts} == {3} and len(receiver.requests) == 6
    assert alerts[0]["delivery"]["last_error"] == "HTTP 503"
