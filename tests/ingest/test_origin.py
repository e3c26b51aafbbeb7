"""What ingest records of where and when a page was fetched."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.fetch.client import FetchResult
from pipeline.ingest.process import origin_of
from pipeline.sources.discovered import Discovered
from pipeline.sources.registry import SourceSpec

FETCHED = datetime(2026, 3, 5, 18, 30, tzinfo=UTC)


def test_a_live_fetch_records_when_the_page_was_served() -> None:
    """A relative stamp on the page ("4 hours ago") counts from it (:mod:`pipeline.extract.relative_dates`)."""
    url = "https://x.test/a"
    result = FetchResult(url, url, 200, b"", "text/html", None, FETCHED, "page")
    spec = SourceSpec(name="s", kind="urls", urls=(url,))
    origin = origin_of(result, Discovered(url=url, source="s", found_in="list"), spec, url)
    assert origin.served_at == FETCHED == origin.fetched_at
