"""Re-checks progress whatever the hosts do: each check is published and recorded as soon as it is done, a
host that hangs is given up on after the per-check deadline without holding the other hosts back, and a run
whose lease was taken by another run publishes nothing for that row (one revision number, one record)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from pipeline.ingest.run import ingest_source
from pipeline.ingest.store import store_path
from pipeline.models import Article, decode
from pipeline.models.urls import article_id_for_url
from pipeline.revisions.recheck import RecheckSummary
from pipeline.revisions.run import recheck
from pipeline.revisions.store import RevisionStore
from pipeline.revisions.track import track_published
from pipeline.settings import Settings
from pipeline.sources.registry import SourceSpec
from tests.revisions.helpers import tracked
from tests.revisions.pages import EditablePage, editable
from tests.support.site import Reply, Request, Site
from tests.support.topics import read_topic

pytestmark = pytest.mark.integration


@pytest.fixture
def slow_site() -> Iterator[Site]:
    site = Site("127.0.0.2").start()
    yield site
    site.stop()


def ingest(settings: Settings, *urls: str) -> None:
    spec = SourceSpec(name="fx-progress", kind="urls", urls=urls)
    assert ingest_source(spec, settings, after_publish=track_published(settings)).published == len(urls)


def held_until(release: threading.Event, page: EditablePage, entered: threading.Event) -> Callable[[Request], Reply]:
    """``page``'s route, hanging each request until ``release`` (``entered`` tells that one arrived)."""

    def route(request: Request) -> Reply:
        entered.set()
        release.wait(60)
        return page.reply(request)

    return route


def in_thread(run: Callable[[], RecheckSummary]) -> tuple[threading.Thread, list[RecheckSummary]]:
    result: list[RecheckSummary] = []
    thread = threading.Thread(target=lambda: result.append(run()), daemon=True)
    thread.start()
    return thread, result


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_a_hanging_host_is_given_up_on_while_the_other_hosts_checks_are_published_and_recorded(
    site: Site, slow_site: Site, ingest_settings: Settings
) -> None:
    revisions = ingest_settings.revisions.model_copy(update={"check_deadline_s": 3.0})
    fetch = ingest_settings.fetch.model_copy(update={"read_timeout_s": 60.0, "total_timeout_s": 120.0})
    settings = ingest_settings.model_copy(update={"revisions": revisions, "fetch": fetch})
    fast = [editable(site, f"/news/fast-{n}.html", f"Council report number {n} is published") for n in range(4)]
    slow = [editable(slow_site, f"/news/slow-{n}.html", f"Harbour works update number {n}") for n in range(3)]
    fast_urls, slow_urls = [site.url(p.path) for p in fast], [slow_site.url(p.path) for p in slow]
    ingest(settings, *slow_urls, *fast_urls)

    release, entered = threading.Event(), threading.Event()
    before = len(slow_site.log)
    for page in slow:
        page.title += " (revised)"
        slow_site.add(page.path, held_until(release, page, entered))
    for page in fast:
        page.title += " (revised)"
    try:
        thread, result = in_thread(lambda: recheck(settings, urls=[*slow_urls, *fast_urls]))
        assert wait_for(lambda: all(tracked(settings, u).revision == 2 for u in fast_urls)), \
            "the fast host's revisions are recorded while the slow host hangs"
        assert entered.is_set() and not release.is_set()
        thread.join(30)
        assert not thread.is_alive(), "the run ends at the check deadline, not when the slow host answers"
    finally:
        release.set()
    summary = result[0]
    assert summary.outcomes == {"revised": 4, "failed": 2}
    assert summary.failed == {"timed out: not done within revisions.check_deadline_s 3s": 2}
    assert summary.left == 1, "the hanging host's check not started yet waits for the next run"
    pages = [r for r in slow_site.log[before:] if r.path.startswith("/news/")]
    assert len(pages) == 2, "at most fetch.per_host_concurrency (2) checks of one host at once"
    assert all(tracked(settings, u).revision == 1 for u in slow_urls)
    timed_out = [tracked(settings, u) for u in slow_urls if tracked(settings, u).checks == 1]
    assert len(timed_out) == 2 and all(r.failures == 1 for r in timed_out), "a timeout is retryable: still due"


def test_a_run_whose_lease_was_taken_meanwhile_publishes_nothing_and_the_revision_number_is_published_once(
    site: Site, ingest_settings: Settings
) -> None:
    settings = ingest_settings
    page = editable(site, "/news/contested.html", "Mayor opens the new harbour bridge")
    url = site.url(page.path)
    article_id = article_id_for_url(url)
    ingest(settings, url)

    first_request, release, entered = threading.Event(), threading.Event(), threading.Event()

    def route(request: Request) -> Reply:  # run A's fetch hangs; run B's goes through
        if not first_request.is_set():
            first_request.set()
            entered.set()
            release.wait(60)
        return page.reply(request)

    site.add(page.path, route)
    page.title = "Mayor opens the new harbour bridge to trams"
    try:
        run_a, result_a = in_thread(lambda: recheck(settings, urls=[url]))
        assert entered.wait(20)
        with sqlite3.connect(store_path(settings.paths.state)) as db:  # A's lease runs out (a long stall)
            db.execute("UPDATE rechecks SET lease_until = 0 WHERE article_id = ?", (article_id,))
        page.body.append("The first trams cross on Monday.")
        run_b = recheck(settings, urls=[url])  # takes the expired lease, publishes and records revision 2
        assert run_b.outcomes == {"revised": 1} and run_b.published[0]["revision"] == 2
    finally:
        release.set()
    run_a.join(30)
    assert not run_a.is_alive()

    records = [decode(v, Article) for v in read_topic(settings, settings.kafka.topics.raw)]
    revisions = [a.revision for a in records if a.id == article_id]
    assert sorted(revisions) == [1, 2], "revision 2 is published once, by the run holding the lease"
    assert result_a[0].lost == 1 and result_a[0].published == []
    row = tracked(settings, url)
    assert row.revision == 2 and row.last_outcome == "revised"
    assert [a.text for a in records if a.id == article_id and a.revision == 2][0].endswith("Monday.")


def test_an_unreadable_row_and_an_unextractable_page_fail_alone_with_their_reasons(
    site: Site, ingest_settings: Settings
) -> None:
    settings = ingest_settings
    corrupt = editable(site, "/news/corrupt.html", "Ferry timetable changes for the winter")
    empty = editable(site, "/news/empty.html", "Harbour festival programme announced")
    revised = editable(site, "/news/revised.html", "Library hours extended through the summer")
    urls = [site.url(p.path) for p in (corrupt, empty, revised)]
    ingest(settings, *urls)
    with sqlite3.connect(store_path(settings.paths.state)) as db:  # hand-edited or corrupt state
        db.execute("UPDATE rechecks SET revisions = '[{\"revision\": \"x\"' WHERE article_id = ?",
                   (article_id_for_url(urls[0]),))
    site.add(empty.path, Reply(body=b"<html><body></body></html>"))
    revised.title = "Library hours extended through the autumn"

    summary = recheck(settings, urls=urls)

    assert summary.outcomes == {"failed": 2, "revised": 1}
    reasons = sorted(summary.failed)
    assert reasons[0].startswith("no article"), reasons
    assert reasons[1].startswith("unreadable re-check row: JSONDecodeError"), reasons
    with sqlite3.connect(store_path(settings.paths.state)) as db:
        outcome, due = db.execute("SELECT last_outcome, next_check_at FROM rechecks WHERE article_id = ?",
                                  (article_id_for_url(urls[0]),)).fetchone()
    assert outcome.startswith("failed: unreadable re-check row") and due is None, "set aside, not retried forever"
    assert tracked(settings, urls[1]).last_outcome.startswith("failed: no article")  # type: ignore[union-attr]
    assert tracked(settings, urls[2]).revision == 2


def test_a_check_longer_than_its_lease_keeps_the_row_by_renewing_it(site: Site, ingest_settings: Settings) -> None:
    lease_s = 0.45  # below the validated minimum on purpose (model_copy does not validate): renewed every 0.15 s
    settings = ingest_settings.model_copy(update={
        "revisions": ingest_settings.revisions.model_copy(update={"lease_s": lease_s}),
        "fetch": ingest_settings.fetch.model_copy(update={"claim_lease_s": lease_s}),
    })
    page = editable(site, "/news/slow-answer.html", "Tram depot plans go on display")
    url = site.url(page.path)
    ingest(settings, url)
    entered = threading.Event()

    def route(request: Request) -> Reply:
        entered.set()
        reply = page.reply(request)
        reply.delay = 1.5  # three leases long (under the 2 s read timeout)
        return reply

    site.add(page.path, route)
    page.title = "Tram depot plans go on display until May"
    thread, result = in_thread(lambda: recheck(settings, urls=[url]))
    assert entered.wait(20)
    other = RevisionStore.open(settings.paths.state, lease_s)
    try:
        taken = []
        for _ in range(12):  # 1.2 s of another run trying to take the row
            taken.append(other.lease(article_id_for_url(url), "other-run") is not None)
            time.sleep(0.1)
    finally:
        other.close()
    thread.join(30)
    assert taken == [False] * 12, "the renewed lease holds the row for the whole check"
    assert result[0].outcomes == {"revised": 1} and result[0].lost == 0
    assert tracked(settings, url).revision == 2
