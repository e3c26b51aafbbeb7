"""The re-check store: one row per published article, in the ingest state file (SQLite, WAL).

It is where revision numbers are assigned. A re-check first *leases* the row (atomic ``UPDATE ... WHERE``
the lease is free or expired), so two concurrent runs never check one article at once; the new revision
(number, hash, summaries) is written only after Kafka acknowledged the record, and only while the lease
and the revision read are still current. The lease is renewed while the check runs and right before the
record is published (:meth:`RevisionStore.renew`, by token): a run whose lease another run took publishes
nothing, and a renewed lease (``revisions.lease_s`` >= the publish timeout) outlasts the publish, so one
revision number is never published twice. A record published but not recorded (a crash in between) is found
changed again next time and published again under the same number; the index worker's writes are
idempotent per ``<article id>:<revision>``, so at-least-once delivery never skips or doubles a number.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.ingest.sqlite import SharedConnection
from pipeline.ingest.store import store_path
from pipeline.models import Article
from pipeline.models.article import revision_history
from pipeline.models.revision import RevisionInfo
from pipeline.revisions.exceptions import BadRowError, RevisionsError
from pipeline.revisions.schedule import next_check_at, scheduled

SCHEMA = """
CREATE TABLE IF NOT EXISTS rechecks (
  article_id TEXT PRIMARY KEY, canonical_url TEXT NOT NULL, url TEXT NOT NULL, source TEXT NOT NULL,
  language TEXT, published_at REAL, first_fetched_at REAL NOT NULL,
  revision INTEGER NOT NULL, content_sha256 TEXT NOT NULL, revisions TEXT NOT NULL,
  previous_urls TEXT NOT NULL DEFAULT '[]', status TEXT NOT NULL DEFAULT 'live', removed_at REAL,
  etag TEXT, last_modified TEXT, next_check_at REAL, checks INTEGER NOT NULL DEFAULT 0,
  last_checked_at REAL, last_outcome TEXT, failures INTEGER NOT NULL DEFAULT 0,
  lease_token TEXT, lease_until REAL);
CREATE INDEX IF NOT EXISTS rechecks_due ON rechecks (next_check_at);
CREATE INDEX IF NOT EXISTS rechecks_first ON rechecks (first_fetched_at, source);
"""
COLUMNS = ("article_id", "canonical_url", "url", "source", "language", "published_at", "first_fetched_at",
           "revision", "content_sha256", "revisions", "previous_urls", "status", "removed_at", "etag",
           "last_modified", "next_check_at", "checks", "last_checked_at", "last_outcome", "failures")


@dataclass(frozen=True)
class Tracked:
    """One article as the re-check store knows it."""

    article_id: str
    canonical_url: str
    url: str
    source: str
    language: str | None
    published_at: float | None
    first_fetched_at: float
    revision: int
    content_sha256: str
    revisions: tuple[RevisionInfo, ...]
    previous_urls: tuple[str, ...] = ()
    status: str = "live"
    removed_at: float | None = None
    etag: str | None = None
    last_modified: str | None = None
    next_check_at: float | None = None
    checks: int = 0
    last_checked_at: float | None = None
    last_outcome: str | None = None
    failures: int = 0

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Tracked:
        data = dict(zip(COLUMNS, row, strict=True))
        data["revisions"] = tuple(RevisionInfo.model_validate(r) for r in json.loads(data["revisions"]))
        data["previous_urls"] = tuple(json.loads(data["previous_urls"]))
        return cls(**data)

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in COLUMNS}
        data["revisions"] = [r.model_dump(mode="json") for r in self.revisions]
        data["previous_urls"] = list(self.previous_urls)
        return data


@dataclass
class Change:
    """What a finished re-check writes to its row (only the fields set)."""

    values: dict[str, Any] = field(default_factory=dict)

    def sql(self) -> tuple[str, list[Any]]:
        unknown = set(self.values) - set(COLUMNS)
        if unknown:
            raise RevisionsError(f"not a re-check column: {sorted(unknown)}")
        values = dict(self.values)
        for name in ("revisions", "previous_urls"):
            if name in values:
                values[name] = json.dumps(values[name], default=str)
        return ", ".join(f"{k} = ?" for k in values), list(values.values())


class RevisionStore:
    def __init__(self, path: Path, lease_s: float = 1800.0) -> None:
        self.path = path
        self.lease_s = lease_s
        try:
            self._conn = SharedConnection(path, SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise RevisionsError(f"re-check store {path} unusable: {exc}") from None

    @classmethod
    def open(cls, state_dir: Path, lease_s: float = 1800.0) -> RevisionStore:
        return cls(store_path(state_dir), lease_s)

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        with self._conn.cursor() as cur:
            yield cur

    def close(self) -> None:
        self._conn.close()

    def track(self, article: Article, schedule_h: Sequence[float], max_age_h: float, now: float | None = None) -> bool:
        """Record a published article (first sighting wins); True if it is new here."""
        now = time.time() if now is None else now
        if not article.canonical_url:
            return False  # a file without URL cannot be fetched again
        first = (article.revisions[0].fetched_at if article.revisions else article.fetched_at).timestamp()
        published = article.published_at.timestamp() if article.published_at else None
        due = next_check_at(first, schedule_h, now) if scheduled(published, now, max_age_h) else None
        revisions = list(revision_history(article))
        row = (article.id, article.canonical_url, article.url or article.canonical_url, article.source,
               article.language, published, first, article.revision, revisions[-1].content_sha256,
               json.dumps([r.model_dump(mode="json") for r in revisions]), due)
        with self._cursor() as cur:
            cur.execute(
                "INSERT OR IGNORE INTO rechecks (article_id, canonical_url, url, source, language, published_at, "
                "first_fetched_at, revision, content_sha256, revisions, next_check_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
            return cur.rowcount == 1

    def get(self, article_id: str) -> Tracked | None:
        """The row, None when not tracked; :class:`BadRowError` when it cannot be read."""
        with self._cursor() as cur:
            row = cur.execute(f"SELECT {', '.join(COLUMNS)} FROM rechecks WHERE article_id = ?",  # noqa: S608
                              (article_id,)).fetchone()  # column names are constants, values bound
        if not row:
            return None
        try:
            return Tracked.from_row(row)
        except (ValueError, TypeError, KeyError) as exc:  # bad JSON or values (pydantic's errors are ValueErrors)
            detail = str(exc).splitlines()[0][:160]
            raise BadRowError(article_id, f"unreadable re-check row: {type(exc).__name__}: {detail}") from None

    def set_aside(self, article_id: str, token: str, reason: str, now: float | None = None) -> bool:
        """A row that cannot be read: no longer scheduled, its reason kept, the lease released."""
        now = time.time() if now is None else now
        with self._cursor() as cur:
            cur.execute("UPDATE rechecks SET next_check_at = NULL, last_checked_at = ?, last_outcome = ?, "
                        "checks = checks + 1, lease_token = NULL, lease_until = NULL "
                        "WHERE article_id = ? AND lease_token = ?", (now, f"failed: {reason}", article_id, token))
            return cur.rowcount == 1

    def find_url(self, url: str) -> str | None:
        """The article id whose current or an earlier URL is ``url`` (canonical form)."""
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT article_id FROM rechecks WHERE url = ? OR canonical_url = ? "
                "OR EXISTS (SELECT 1 FROM json_each(previous_urls) WHERE value = ?) LIMIT 1", (url, url, url),
            ).fetchone()
        return str(row[0]) if row else None

    def due(self, now: float, limit: int) -> list[str]:
        with self._cursor() as cur:
            rows = cur.execute(
                "SELECT article_id FROM rechecks WHERE next_check_at IS NOT NULL AND next_check_at <= ? "
                "AND status = 'live' AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_check_at LIMIT ?",
                (now, now, limit),
            ).fetchall()
        return [r[0] for r in rows]

    def since(self, moment: float, sources: Sequence[str] = ()) -> list[str]:
        where, args = "first_fetched_at >= ?", [moment, *sources]
        if sources:
            where += f" AND source IN ({', '.join('?' for _ in sources)})"
        with self._cursor() as cur:  # only placeholders are formatted in; values are bound
            rows = cur.execute(f"SELECT article_id FROM rechecks WHERE {where} ORDER BY first_fetched_at",  # noqa: S608
                               args).fetchall()
        return [r[0] for r in rows]

    def lease(self, article_id: str, token: str, now: float | None = None) -> Tracked | None:
        """Take the row for one re-check; None when another run holds it."""
        now = time.time() if now is None else now
        with self._cursor() as cur:
            cur.execute(
                "UPDATE rechecks SET lease_token = ?, lease_until = ? WHERE article_id = ? "
                "AND (lease_until IS NULL OR lease_until < ? OR lease_token = ?)",
                (token, now + self.lease_s, article_id, now, token),
            )
            leased = cur.rowcount == 1
        return self.get(article_id) if leased else None

    def renew(self, article_ids: Sequence[str], token: str, now: float | None = None) -> set[str]:
        """Extend the leases in ``article_ids`` that ``token`` still holds; the ids still held.

        Only the token is compared, not the expiry: a lease that expired but was not taken by another run is
        still ours (taking it writes the other run's token), so renewing it is safe.
        """
        now = time.time() if now is None else now
        held: set[str] = set()
        with self._cursor() as cur:
            for article_id in article_ids:
                cur.execute("UPDATE rechecks SET lease_until = ? WHERE article_id = ? AND lease_token = ?",
                            (now + self.lease_s, article_id, token))
                if cur.rowcount == 1:
                    held.add(article_id)
        return held

    def finish(self, tracked: Tracked, token: str, change: Change) -> bool:
        """Write a re-check's result and release the lease, if the lease and revision are still ours."""
        assignments, values = change.sql()
        sets = f"{assignments + ', ' if assignments else ''}lease_token = NULL, lease_until = NULL"
        with self._cursor() as cur:
            cur.execute(f"UPDATE rechecks SET {sets} WHERE article_id = ? AND lease_token = ? AND revision = ?",  # noqa: S608
                        [*values, tracked.article_id, token, tracked.revision])
            return cur.rowcount == 1

    def counts(self, now: float | None = None) -> dict[str, Any]:
        """Tracked articles, those still scheduled and those due at ``now``, edited and removed ones, and the
        time of the last re-check (ISO 8601, None before the first)."""
        now = time.time() if now is None else now
        with self._cursor() as cur:
            rows = cur.execute(
                "SELECT COUNT(*), SUM(next_check_at IS NOT NULL), SUM(next_check_at <= ?), SUM(revision > 1), "
                "SUM(status = 'removed'), MAX(last_checked_at) FROM rechecks", [now]).fetchone()
        counts: dict[str, Any] = dict(zip(("tracked", "scheduled", "due", "edited", "removed"),
                                          (int(v or 0) for v in rows[:5]), strict=True))
        last = rows[5]
        counts["last_checked_at"] = datetime.fromtimestamp(last, UTC).isoformat() if last is not None else None
        return counts
