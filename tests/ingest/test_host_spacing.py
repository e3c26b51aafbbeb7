"""Per-host start spacing across real processes: runs sharing a state dir keep the crawl-delay between them."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from pathlib import Path

import pytest

from pipeline.ingest.store import hosts_path
from pipeline.settings import Settings, load_settings
from tests.ingest.spacing import fetch_pages
from tests.support.pages import article_page
from tests.support.site import Reply, Site
from tests.support.web import fast_fetch_settings

PAGE = article_page("Harbour restoration approved", "2026-02-01T10:00:00+00:00").encode()
ROBOTS_DELAY, CRAWL_DELAY = 0.25, 0.5  # politeness delay (robots.txt itself), robots Crawl-delay (pages)
PROCESSES, PAGES = 3, 2
CLOCK = 0.002  # arrivals moved onto the wall clock: the two clocks read a moment apart


def _settings(state: Path) -> Settings:
    paths = load_settings().paths.model_copy(update={"state": state})
    fetch = fast_fetch_settings(politeness_delay_s=ROBOTS_DELAY, retries=0)
    return load_settings().model_copy(update={"fetch": fetch, "paths": paths})


Arrival = tuple[float, str]  # when the server saw a request (wall clock), its path
Slot = tuple[float, float]  # a start reserved in a host table (wall clock), the delay owed after it


def _run(site: Site, states: list[Path]) -> tuple[list[Arrival], list[list[Slot]]]:
    """``PROCESSES`` spawned processes, each robots.txt + ``PAGES`` pages: the server's arrivals, in order, and
    the starts each process reserved."""
    site.add("/robots.txt", Reply(body=f"User-agent: *\nCrawl-delay: {CRAWL_DELAY}\n".encode(), content_type="text/plain"))
    urls = [[site.url(f"/p{p}-{i}.html") for i in range(PAGES)] for p in range(PROCESSES)]
    for url in (u for group in urls for u in group):
        site.add(url.removeprefix(site.base), Reply(body=PAGE))
    context = multiprocessing.get_context("spawn")
    ready, slots = context.Barrier(PROCESSES), context.Queue()
    procs = [context.Process(target=fetch_pages, args=(_settings(s), u, ready, slots))
             for s, u in zip(states, urls, strict=True)]
    for proc in procs:
        proc.start()
    reserved = [slots.get(timeout=60) for _ in procs]
    for proc in procs:
        proc.join(timeout=60)
    for proc in procs:
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=5)
    assert [p.exitcode for p in procs] == [0] * PROCESSES
    wall = time.time() - time.monotonic()  # the server stamps arrivals on the monotonic clock, the table on the wall
    arrivals = sorted((r.at + wall, r.path) for r in site.log)
    assert len(arrivals) == PROCESSES * (1 + PAGES), arrivals
    return arrivals, reserved


def _gaps(arrivals: list[Arrival]) -> list[tuple[float, float, str]]:
    """(gap to the next arrival, the delay owed after this one, path) for each consecutive pair."""
    return [
        (b - a, ROBOTS_DELAY if path == "/robots.txt" else CRAWL_DELAY, path)
        for (a, path), (b, _) in zip(arrivals, arrivals[1:], strict=False)
    ]


def test_processes_sharing_a_state_dir_keep_the_delay_between_their_requests(site: Site, tmp_path: Path) -> None:
    arrivals, reserved = _run(site, [tmp_path / "state"] * PROCESSES)
    slots = sorted(slot for own in reserved for slot in own)
    # every request of every process took a start from the one table: robots.txt and the pages
    assert [len(own) for own in reserved] == [1 + PAGES] * PROCESSES, reserved
    assert sorted(delay for _, delay in slots) == sorted([ROBOTS_DELAY] * PROCESSES + [CRAWL_DELAY] * PROCESSES * PAGES)
    # the starts the processes took are each at least the delay owed after the one before, whoever took it
    assert all(b - a >= delay - 1e-6 for (a, delay), (b, _) in zip(slots, slots[1:], strict=False)), slots
    # and the server saw no request before its start: the k-th arrival comes after the k-th reserved start
    # (the gaps between arrivals also carry each request's own connect latency, which a loaded machine stretches)
    assert all(at >= start - CLOCK for (at, _), (start, _) in zip(arrivals, slots, strict=True)), (arrivals, slots)
    with sqlite3.connect(hosts_path(tmp_path / "state")) as db:
        assert [row[0] for row in db.execute("SELECT host FROM hosts")] == ["127.0.0.1"]


def test_control_processes_with_separate_state_dirs_overlap(site: Site, tmp_path: Path) -> None:
    arrivals, _ = _run(site, [tmp_path / f"state{p}" for p in range(PROCESSES)])
    gaps = _gaps(arrivals)
    if arrivals[-1][0] - arrivals[0][0] > 2 * (ROBOTS_DELAY + PAGES * CRAWL_DELAY):
        pytest.skip(f"the processes did not run at the same time, nothing to compare: {arrivals}")
    assert min(gap for gap, _, _ in gaps) < ROBOTS_DELAY / 2, gaps


def test_a_locked_table_falls_back_to_in_process_spacing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from pipeline.fetch.host_table import HostTable
    from pipeline.fetch.politeness import HostGates

    gates = HostGates(1, HostTable(tmp_path / "hosts.sqlite", busy_timeout_s=0.1))
    holder = sqlite3.connect(tmp_path / "hosts.sqlite", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holding the lock for longer than the busy timeout
    try:
        for _ in range(2):
            with gates.slot("h", 0.2):
                pass
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        gates.close()
    first, second = gates.starts["h"]
    assert second - first >= 0.19 and "host table unusable" in caplog.text


def test_an_unusable_table_fails_the_run_with_its_path(tmp_path: Path) -> None:
    from pipeline.fetch import Fetcher
    from pipeline.ingest.exceptions import IngestError
    from pipeline.ingest.run import share_host_spacing

    settings = _settings(tmp_path / "state")
    hosts_path(settings.paths.state).parent.mkdir(parents=True)
    hosts_path(settings.paths.state).write_bytes(b"not a database " * 100)
    with Fetcher(settings.fetch) as fetcher, pytest.raises(IngestError, match="hosts.sqlite unusable"):
        share_host_spacing(fetcher, settings)
