"""The re-check store and schedule (SQLite in a temporary directory; no services)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline.models import Article, Provenance
from pipeline.revisions.schedule import HOUR_S, next_check_at
from pipeline.revisions.store import Change, RevisionStore

SCHEDULE = (1.0, 6.0, 24.0, 72.0)
FIRST = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def article(path: str = "/a", published: datetime | None = FIRST) -> Article:
    return Article.build(title="Title", text="Body text.", url=f"https://news.example/{path}", source="src",
                         published_at=published, fetched_at=FIRST, extraction=Provenance(producer="t", version="1"))


def test_schedule_steps_follow_the_first_fetch_and_skip_missed_steps() -> None:
    first = FIRST.timestamp()
    assert next_check_at(first, SCHEDULE, first) == first + 1 * HOUR_S
    assert next_check_at(first, SCHEDULE, first + 1 * HOUR_S) == first + 6 * HOUR_S
    assert next_check_at(first, SCHEDULE, first + 30 * HOUR_S) == first + 72 * HOUR_S, "6 h and 24 h were missed"
    assert next_check_at(first, SCHEDULE, first + 72 * HOUR_S) is None, "then never"


def test_a_published_article_is_tracked_once_and_due_after_the_first_step(tmp_path: Path) -> None:
    store = RevisionStore(tmp_path / "state.sqlite")
    now = FIRST.timestamp()
    a = article()
    assert store.track(a, SCHEDULE, 168, now) and not store.track(a, SCHEDULE, 168, now), "first sighting wins"
    row = store.get(a.id)
    assert row is not None and (row.revision, row.next_check_at) == (1, now + HOUR_S)
    assert row.revisions[0].content_sha256 == row.content_sha256
    assert store.due(now + HOUR_S - 1, 10) == [] and store.due(now + HOUR_S, 10) == [a.id]
    store.close()


def test_old_articles_are_tracked_but_not_scheduled(tmp_path: Path) -> None:
    store = RevisionStore(tmp_path / "state.sqlite")
    old = article("/old", published=FIRST - timedelta(days=30))
    store.track(old, SCHEDULE, 168, FIRST.timestamp())
    row = store.get(old.id)
    assert row is not None and row.next_check_at is None
    assert store.due(FIRST.timestamp() + 100 * HOUR_S, 10) == []
    store.close()


def test_one_lease_at_a_time_and_a_result_is_recorded_only_under_its_lease_and_revision(tmp_path: Path) -> None:
    path = tmp_path / "state.sqlite"
    one, two = RevisionStore(path, lease_s=7200), RevisionStore(path, lease_s=7200)
    a = article()
    one.track(a, SCHEDULE, 168, FIRST.timestamp())
    held = one.lease(a.id, "run-1", now=FIRST.timestamp())
    taken = two.lease(a.id, "run-2", now=FIRST.timestamp() + 1)
    assert held is not None and taken is None, "a second run cannot take a leased article"
    assert two.due(FIRST.timestamp() + HOUR_S, 10) == [], "nor is it offered as due"
    assert not two.finish(held, "run-2", Change({"revision": 2})), "not under another run's token"
    assert one.finish(held, "run-1", Change({"revision": 2, "content_sha256": "b" * 64}))
    assert not one.finish(held, "run-1", Change({"revision": 3})), "the lease is released with the result"
    again = two.lease(a.id, "run-2")
    assert again is not None and again.revision == 2
    assert not two.finish(held, "run-2", Change({"revision": 3})), "a stale revision read never overwrites"
    one.close()
    two.close()


def test_an_expired_lease_can_be_taken_over(tmp_path: Path) -> None:
    store = RevisionStore(tmp_path / "state.sqlite", lease_s=10)
    a = article()
    store.track(a, SCHEDULE, 168, FIRST.timestamp())
    assert store.lease(a.id, "dead-run", now=100.0) is not None
    assert store.lease(a.id, "run-2", now=105.0) is None
    assert store.lease(a.id, "run-2", now=111.0) is not None
    store.close()


def test_urls_find_the_article_by_current_or_earlier_url(tmp_path: Path) -> None:
    store = RevisionStore(tmp_path / "state.sqlite")
    a = article()
    store.track(a, SCHEDULE, 168, FIRST.timestamp())
    held = store.lease(a.id, "r")
    assert held is not None
    store.finish(held, "r", Change({"url": "https://news.example/new", "previous_urls": [a.url]}))
    assert store.find_url("https://news.example/new") == a.id
    assert store.find_url(a.canonical_url or "") == a.id
    assert store.find_url("https://news.example/other") is None
    store.close()


def test_counts_show_what_is_due_and_when_the_last_recheck_ran(tmp_path: Path) -> None:
    store = RevisionStore(tmp_path / "state.sqlite")
    now = FIRST.timestamp()
    fresh, old = article("/fresh"), article("/old", published=FIRST - timedelta(days=30))
    store.track(fresh, SCHEDULE, 168, now)
    store.track(old, SCHEDULE, 168, now)
    assert store.counts(now) == {"tracked": 2, "scheduled": 1, "due": 0, "edited": 0, "removed": 0,
                                 "last_checked_at": None}
    assert store.counts(now + HOUR_S)["due"] == 1
    tracked = store.lease(fresh.id, "t", now + HOUR_S)
    assert tracked is not None
    assert store.finish(tracked, "t", Change({"last_checked_at": now + HOUR_S, "last_outcome": "unchanged",
                                                    "next_check_at": now + 6 * HOUR_S}))
    counts = store.counts(now + HOUR_S)
    assert counts["due"] == 0 and counts["scheduled"] == 1
    assert counts["last_checked_at"] == datetime.fromtimestamp(now + HOUR_S, UTC).isoformat()
    store.close()


def test_a_lease_is_renewed_only_by_its_holder_even_after_it_expired_and_a_taken_lease_cannot_finish(
    tmp_path: Path,
) -> None:
    store = RevisionStore(tmp_path / "state.sqlite", lease_s=60)
    now = FIRST.timestamp()
    a, b = article("/a"), article("/b")
    store.track(a, SCHEDULE, 168, now)
    store.track(b, SCHEDULE, 168, now)
    held_a = store.lease(a.id, "run-a", now)
    assert held_a is not None and store.lease(b.id, "run-a", now) is not None
    assert store.renew([a.id, b.id], "run-a", now + 100) == {a.id, b.id}, "expired but not taken: still ours"
    assert store.lease(a.id, "run-b", now + 150) is None, "the renewal holds it against another run"
    assert store.lease(a.id, "run-b", now + 161) is not None, "expired again: another run takes it"
    assert store.renew([a.id, b.id], "run-a", now + 162) == {b.id}, "a taken lease is not renewed"
    assert not store.finish(held_a, "run-a", Change({"revision": 2})), "nor recorded"
    assert store.get(a.id).revision == 1  # type: ignore[union-attr]
    store.close()
