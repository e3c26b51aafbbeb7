"""Ingest runs end to end on the real Kafka and Elasticsearch, fetching from the fixture site on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from typing import Any

import pytest

from pipeline.index.client import make_client
from pipeline.ingest.run import ingest_all, ingest_source
from pipeline.ingest.store import IngestStore, hosts_path, store_path
from pipeline.models.urls import canonicalize_url
from pipeline.revisions.track import track_published
from pipeline.runner import run_until_idle
from pipeline.search import search
from pipeline.settings import Settings
from pipeline.sources.registry import SourceSpec
from pipeline.status import collect
from tests.support import feeds
from tests.support.newsroom import publish
from tests.support.pages import article_page, index_page
from tests.support.site import Reply, Site, endless
from tests.support.topics import read_topic
from tests.support.web import fast_fetch_settings

pytestmark = pytest.mark.integration


def indexed(settings: Settings) -> dict[str, dict[str, Any]]:
    with make_client(settings.elasticsearch) as es:
        es.indices.refresh(index=settings.elasticsearch.read_alias)
        hits = es.search(index=settings.elasticsearch.read_alias, size=100, query={"match_all": {}})["hits"]["hits"]
    return {h["_source"]["url"]: h["_source"] for h in hits}


def test_four_source_kinds_become_searchable_and_a_second_run_publishes_nothing(
    site: Site, ingest_settings: Settings
) -> None:
    specs, groups = publish(site)
    first = ingest_all(specs, ingest_settings, after_publish=track_published(ingest_settings))
    assert [s["published"] for s in first] == [3, 3, 2, 2], first
    assert all(not s["failed"] and not s["skipped"] and not s["discovery_errors"] for s in first), first
    assert hosts_path(ingest_settings.paths.state).is_file(), "request starts were spaced through the shared table"
    counts = run_until_idle(ingest_settings)
    assert counts["indexed"] == 10 and counts["dead_letters"] == 0

    docs = indexed(ingest_settings)
    for story in (s for group in groups.values() for s in group):
        doc = docs[site.url(story.path)]
        assert doc["title"] == story.title
        assert datetime.fromisoformat(doc["published_at"]) == story.published, story.path
    assert {d["source"] for d in docs.values()} == {"fx-feed", "fx-sitemap", "fx-news", "fx-list"}
    # the page's <html lang="en"> wins over the news sitemap's <news:language>de</news:language> hint
    assert docs[site.url(groups["news"][0].path)]["language_hint"] == "en"
    hit = search(ingest_settings, "Sitemap desk council votes", limit=10)
    assert groups["sitemap"][0].title in [h["title"] for h in hit["hits"]]

    raw_before = len(read_topic(ingest_settings, ingest_settings.kafka.topics.raw))
    second = ingest_all(specs, ingest_settings, after_publish=track_published(ingest_settings))
    assert [s["published"] for s in second] == [0, 0, 0, 0], second
    assert [s["new"] for s in second] == [0, 0, 0, 0]
    assert second[0]["not_modified"] == 1, "the feed was fetched with If-None-Match and not re-parsed"
    assert len(read_topic(ingest_settings, ingest_settings.kafka.topics.raw)) == raw_before == 10
    article_hits = [len(site.hits(s.path)) for group in groups.values() for s in group]
    assert article_hits == [1] * 10, "no article page is fetched twice"


def test_urls_a_killed_run_still_holds_are_fetched_once_its_claims_lapse(
    site: Site, ingest_settings: Settings
) -> None:
    specs, groups = publish(site)
    feed, held = specs[0], groups["feed"][0]
    settings = ingest_settings.model_copy(update={"fetch": fast_fetch_settings(claim_lease_s=2.0)})
    store = IngestStore(store_path(settings.paths.state), lease_s=2.0)
    try:  # a run killed (kill -9) after it claimed one story of the feed and before it finished it
        assert store.claim(canonicalize_url(site.url(held.path)), feed.name, site.url(held.path), "killed-run")
    finally:
        store.close()
    first = ingest_source(feed, settings, after_publish=track_published(settings)).to_dict()
    assert (first["published"], first["known"], first["in_flight"]) == (2, 1, 1), first
    time.sleep(2.5)  # the killed run's lease lapses
    second = ingest_source(feed, settings, after_publish=track_published(settings)).to_dict()
    assert second["not_modified"] == 0, "the feed's validators were not saved while a story was in flight"
    assert (second["published"], second["in_flight"]) == (1, 0), second
    assert run_until_idle(settings)["indexed"] == 3
    assert site.url(held.path) in indexed(settings)


def test_overlapping_runs_do_not_double_publish(site: Site, ingest_settings: Settings) -> None:
    specs, _ = publish(site)
    feed, sitemap = specs[0], specs[1]
    both = SourceSpec(name="fx-both", kind="auto", urls=(*feed.urls, *sitemap.urls))
    results: list[int] = []

    def run() -> None:
        results.append(ingest_source(both, ingest_settings, after_publish=track_published(ingest_settings)).published)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert sum(results) == 6 and len(results) == 3, results
    assert len(read_topic(ingest_settings, ingest_settings.kafka.topics.raw)) == 6


def hostile_site(site: Site) -> dict[str, str]:
    """Pages that must each end as skipped or failed, with the expected reason."""
    site.add("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    site.add(
        "/ok.html", Reply(body=article_page("A good story about the harbour", "2026-03-01T10:00:00+00:00").encode())
    )
    site.add("/private/secret.html", Reply(body=b"<html></html>"))
    site.add("/e500.html", Reply(500, b"", "text/plain"))
    site.add("/loop/a", Reply(302, headers={"Location": "/loop/b"}))
    site.add("/loop/b", Reply(302, headers={"Location": "/loop/a"}))
    site.add("/huge.html", lambda r: Reply(body=endless(20 * 1024 * 1024)))
    site.add("/doc.pdf", Reply(body=b"%PDF-1.4", content_type="application/pdf"))
    site.add("/slow.html", Reply(body=b"<html></html>", delay=3.0))
    site.add("/front.html", Reply(body=index_page().encode()))
    return {
        "/private/secret.html": "skipped: disallowed by robots.txt",
        "/e500.html": "failed: http 500 (gave up after 3 attempts)",
        "/e404.html": "failed: http 404",
        "/loop/a": "failed: redirect loop (2 hops)",
        "/huge.html": "failed: body too large (> 5000000 bytes, aborted)",
        "/doc.pdf": "skipped: content type application/pdf",
        "/slow.html": "failed: timeout (ReadTimeout) (gave up after 3 attempts)",
        "/front.html": "skipped: no article",
    }


def test_every_url_ends_published_skipped_or_failed_and_status_counts_them(
    site: Site, ingest_settings: Settings
) -> None:
    expected = hostile_site(site)
    settings = ingest_settings.model_copy(update={"fetch": fast_fetch_settings(read_timeout_s=0.5)})
    spec = SourceSpec(name="fx-hostile", kind="urls", urls=(site.url("/ok.html"), *map(site.url, expected)))
    summary = ingest_source(spec, settings, after_publish=track_published(settings)).to_dict()
    assert summary["published"] == 1 and summary["new"] == len(expected) + 1
    outcomes = sum(summary["skipped"].values()) + sum(summary["failed"].values()) + summary["published"]
    assert outcomes == summary["discovered"] == len(expected) + 1

    ingest = collect(settings)["ingest"]["fx-hostile"]
    assert (ingest["published"], ingest["claimed"]) == (1, 0)
    assert ingest["skipped"] + ingest["failed"] == len(expected)
    reasons = ingest["reasons"]
    for path, reason in expected.items():
        assert any(r.startswith(reason) for r in reasons), f"{path}: {reason!r} not in {reasons}"
    assert len(site.hits("/e500.html")) == 3 and len(site.hits("/e404.html")) == 1
    assert site.hits("/private/secret.html") == []


def test_malformed_feed_and_xml_bomb_are_refused_with_clear_errors(site: Site, ingest_settings: Settings) -> None:
    site.add("/bad.xml", Reply(body=b"<rss><channel><item><title>x</channel>", content_type="application/rss+xml"))
    site.add("/bomb.xml", Reply(body=feeds.BILLION_LAUGHS.encode(), content_type="application/rss+xml"))
    spec = SourceSpec(name="fx-bad", kind="rss", urls=(site.url("/bad.xml"), site.url("/bomb.xml")))
    summary = ingest_source(spec, ingest_settings, after_publish=track_published(ingest_settings)).to_dict()
    errors = {e["url"]: e["reason"] for e in summary["discovery_errors"]}
    assert errors[site.url("/bad.xml")].startswith("malformed XML:")
    assert "declares entities" in errors[site.url("/bomb.xml")]
    assert summary["published"] == 0


def test_feed_linking_to_internal_addresses_is_refused_when_the_guard_is_on(
    site: Site, ingest_settings: Settings
) -> None:
    from pipeline.fetch import Fetcher
    from pipeline.ingest.discover import Discoverer
    from pipeline.ingest.run import ingest_items, open_store
    from pipeline.kafka.producer import Producer

    links = [
        ("http://127.0.0.1:9/admin", "Loopback"),
        ("http://10.0.0.5/internal", "Private"),
        ("http://169.254.169.254/latest/meta-data/", "Metadata"),
    ]
    site.add(
        "/ssrf.xml", Reply(body=feeds.rss("", [(u, t, "") for u, t in links]).encode(), content_type="text/xml")
    )
    spec = SourceSpec(
        name="fx-ssrf",
        kind="rss",
        urls=(site.url("/ssrf.xml"),),
        allowed_domains=("127.0.0.1", "10.0.0.5", "169.254.169.254"),
    )
    store = open_store(ingest_settings)
    with Fetcher(ingest_settings.fetch) as loose:  # the feed itself is on 127.0.0.1: read with the test allowance
        found = Discoverer(spec, loose, store, 10_000_000).run()
    guarded = ingest_settings.model_copy(update={"fetch": fast_fetch_settings(allow_private_addresses=False)})
    with Fetcher(guarded.fetch) as fetcher, Producer(guarded.kafka) as producer:
        summary = ingest_items(spec, found, guarded, store, fetcher, producer,
                               after_publish=track_published(guarded)).to_dict()
    assert summary["published"] == 0 and summary["discovered"] == 3
    assert summary["failed"] == {
        "blocked address 127.0.0.1 (loopback)": 1,
        "blocked address 10.0.0.5 (private)": 1,
        "blocked address 169.254.169.254 (cloud-metadata)": 1,
    }


def test_canonical_link_is_honoured(site: Site, ingest_settings: Settings) -> None:
    page = article_page("One story, two addresses", "2026-03-01T10:00:00+00:00", canonical=site.url("/story.html"))
    site.add("/story.html", Reply(body=page.encode()))
    site.add("/amp/story.html", Reply(body=page.encode()))
    spec = SourceSpec(
        name="fx-canon", kind="urls", urls=(site.url("/story.html?utm_source=x"), site.url("/amp/story.html"))
    )
    summary = ingest_source(spec, ingest_settings, after_publish=track_published(ingest_settings)).to_dict()
    assert summary["published"] == 1
    assert summary["skipped"] == {"duplicate: its canonical URL is already ingested": 1}
