"""A page that kills its extraction process fails alone, with the signal as its reason; the run finishes with
every other page published (ingest from a local feed, replay of a directory). The crash is a test-only hook:
with ``NEWSLINE_TEST_CRASH_MARKER`` set, a page containing the marker makes its worker process SIGSEGV."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.pool import CRASH_MARKER_ENV
from pipeline.ingest.run import ingest_source
from pipeline.revisions.track import track_published
from pipeline.settings import Settings
from pipeline.sources.registry import SourceSpec
from pipeline.sources.replay import replay_paths
from tests.support import feeds
from tests.support.pages import article_page
from tests.support.site import Reply, Site

MARKER = "newsline-test-crash-9d2e"
CRASHED = "extraction process killed by SIGSEGV"


def crashing_page() -> str:
    page = article_page("The page that crashes its parser", "2026-03-02T08:00:00+00:00", seed="crash")
    return page.replace("</body>", f"<!-- {MARKER} --></body>")


@pytest.mark.integration
def test_ingest_publishes_every_other_page_and_fails_the_crashing_one(
    site: Site, ingest_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CRASH_MARKER_ENV, MARKER)
    items = []
    for n in range(6):
        site.add(f"/news/{n}.html", Reply(body=article_page(f"Story {n} of the day", "2026-03-01T10:00:00+00:00",
                                                            seed=f"s{n}").encode()))
        items.append((f"/news/{n}.html", f"Story {n}", "Sun, 01 Mar 2026 10:00:00 GMT"))
    site.add("/news/crash.html", Reply(body=crashing_page().encode()))
    items.insert(3, ("/news/crash.html", "Crash", "Sun, 01 Mar 2026 10:00:00 GMT"))
    site.add("/feed.xml", Reply(body=feeds.rss(site.url(""), items).encode(), content_type="application/rss+xml"))

    spec = SourceSpec(name="fx-crash", kind="rss", urls=(site.url("/feed.xml"),))
    summary = ingest_source(spec, ingest_settings, after_publish=track_published(ingest_settings)).to_dict()

    assert summary["discovered"] == 7
    assert summary["published"] == 6
    assert summary["failed"] == {CRASHED: 1}


@pytest.mark.integration
def test_replay_publishes_every_other_file_and_rejects_the_crashing_one(
    pipeline_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CRASH_MARKER_ENV, MARKER)
    for n in range(4):
        page = article_page(f"Replayed story {n}", "2026-03-01T10:00:00+00:00", seed=f"r{n}")
        (tmp_path / f"good-{n}.html").write_text(page)
    (tmp_path / "notes.txt").write_text("A plain title\n\nA body of plain text that says enough.\n")
    crash = tmp_path / "crash.html"
    crash.write_text(crashing_page())

    report = replay_paths([tmp_path], pipeline_settings)

    assert report.files == 6 and report.published == 5
    assert report.failed == [(str(crash), CRASHED)]
