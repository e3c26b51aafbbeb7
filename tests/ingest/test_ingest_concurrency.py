"""Ingest concurrency, checked by the order of requests and a blocked extraction (no wall-clock limits)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

from pipeline.extract import extract_html
from pipeline.fetch import Fetcher
from pipeline.ingest.run import by_host_round_robin, fetch_and_extract, ingest_all
from pipeline.revisions.track import track_published
from pipeline.settings import Settings
from pipeline.sources.discovered import Discovered
from pipeline.sources.registry import SourceSpec
from tests.support.hosts import newsrooms
from tests.support.site import Site
from tests.support.web import fast_fetch_settings


@pytest.fixture
def two_rooms() -> Iterator[tuple[list[Site], list[SourceSpec]]]:
    sites, specs = newsrooms([3, 3])
    yield sites, specs
    for site in sites:
        site.stop()


def page_paths(site: Site) -> list[str]:
    return [r.path for r in site.log if r.path.startswith("/news/")]


def test_round_robin_takes_one_url_of_each_host_in_turn() -> None:
    urls = ["http://a.example/1", "http://a.example/2", "http://a.example/3", "http://b.example/1", "http://c.example/1"]
    claimed = [(Discovered(url=u, source="s", found_in="list"), u) for u in urls]
    assert [c for _, c in by_host_round_robin(claimed)] == [
        "http://a.example/1", "http://b.example/1", "http://c.example/1", "http://a.example/2", "http://a.example/3"]


def test_extraction_does_not_hold_a_download_thread(
    two_rooms: tuple[list[Site], list[SourceSpec]]
) -> None:
    """One download thread; the first extraction waits until every page has been downloaded, which can only
    happen if downloading goes on while that page is being extracted. The parse pool is stood in for by
    threads here, so the blocking extraction can see the downloads."""
    site = two_rooms[0][0]
    released: list[bool] = []
    first = threading.Lock()
    real = extract_html

    def all_downloaded() -> bool:
        tick = threading.Event()
        for _ in range(400):  # up to ~20 s, then give up: the downloads are not going on
            if len(page_paths(site)) == 3:
                return True
            tick.wait(0.05)
        return False

    def blocking_extract(html: str, url: str | None = None) -> Any:
        if first.acquire(blocking=False):  # the first extraction only
            released.append(all_downloaded())
        return real(html, url=url)

    class ThreadPool:
        def __init__(self) -> None:
            self.threads = ThreadPoolExecutor(2)

        def submit(self, fn: Any, *args: Any) -> Future[Any]:
            assert fn is real
            return self.threads.submit(blocking_extract, *args)

    urls = [site.url(f"/news/0-{n}.html") for n in range(3)]
    spec = SourceSpec(name="one", kind="urls", urls=tuple(urls))
    claimed = [(Discovered(url=u, source="one", found_in="list"), u) for u in urls]
    with Fetcher(fast_fetch_settings(workers=1), source="one") as fetcher:
        pool = ThreadPool()
        outcomes = list(fetch_and_extract(claimed, spec, fetcher, 1, pool))  # type: ignore[arg-type]
        pool.threads.shutdown()
    assert released == [True], "the download thread was held by the extraction"
    assert [o.status for o in outcomes] == ["extracted"] * 3


@pytest.mark.integration
def test_sources_on_different_hosts_download_concurrently(
    two_rooms: tuple[list[Site], list[SourceSpec]], ingest_settings: Settings
) -> None:
    """With a politeness delay, run in sequence every page of the first host would come before the second's."""
    sites, specs = two_rooms
    settings = ingest_settings.model_copy(update={"fetch": fast_fetch_settings(politeness_delay_s=0.3, workers=2)})
    summaries = ingest_all(specs, settings, after_publish=track_published(settings))
    assert [s["published"] for s in summaries] == [3, 3], summaries
    first = [r.at for r in sites[0].log if r.path.startswith("/news/")]
    second = [r.at for r in sites[1].log if r.path.startswith("/news/")]
    assert len(first) == len(second) == 3
    assert min(second) < max(first) and min(first) < max(second), "one host's downloads waited for the other's"
