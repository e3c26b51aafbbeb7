"""The durable ingest state: one row per canonical URL (SQLite, WAL, shared by concurrent runs).

A URL is *claimed* atomically (``INSERT ... ON CONFLICT DO UPDATE ... WHERE``): of two overlapping runs only
one gets it. A claim ends as ``published``, ``skipped`` or ``failed`` with a reason. A transient failure may
be claimed again by a later run (up to ``max_attempts``); so may a claim whose run died (older than the lease).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pipeline.ingest.exceptions import IngestError
from pipeline.ingest.sqlite import SharedConnection

SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
  canonical_url TEXT PRIMARY KEY, source TEXT NOT NULL, url TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('claimed', 'published', 'skipped', 'failed')),
  reason TEXT, retryable INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 1,
  article_id TEXT, run_id TEXT NOT NULL, updated_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS urls_by_source ON urls (source, status);
CREATE TABLE IF NOT EXISTS documents (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS runs (run_id TEXT NOT NULL, source TEXT NOT NULL, finished_at REAL NOT NULL,
  summary TEXT NOT NULL, PRIMARY KEY (run_id, source));
CREATE TABLE IF NOT EXISTS page_titles (host TEXT NOT NULL, title TEXT NOT NULL, seen_at REAL NOT NULL,
  PRIMARY KEY (host, title));
"""
TITLES_PER_HOST = 100  # the most recent page titles kept per host

CLAIM = """
INSERT INTO urls (canonical_url, source, url, status, run_id, updated_at) VALUES (?, ?, ?, 'claimed', ?, ?)
ON CONFLICT (canonical_url) DO UPDATE SET status = 'claimed', run_id = excluded.run_id, reason = NULL,
  attempts = urls.attempts + 1, updated_at = excluded.updated_at
WHERE (urls.status = 'failed' AND urls.retryable = 1 AND urls.attempts < ?)
   OR (urls.status = 'claimed' AND urls.updated_at < ?)
"""


class IngestStore:
    def __init__(self, path: Path, max_attempts: int = 3, lease_s: float = 1800.0) -> None:
        self.path = path
        self.max_attempts = max_attempts
        self.lease_s = lease_s
        try:
            self._conn = SharedConnection(path, SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise IngestError(f"ingest state store {path} unusable: {exc}") from None

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        with self._conn.cursor() as cur:
            yield cur

    def close(self) -> None:
        self._conn.close()

    def claim(self, canonical: str, source: str, url: str, run_id: str) -> bool:
        now = time.time()
        with self._cursor() as cur:
            cur.execute(CLAIM, (canonical, source, url, run_id, now, self.max_attempts, now - self.lease_s))
            return cur.rowcount == 1

    def record_skipped(self, canonical: str, source: str, url: str, run_id: str, reason: str) -> bool:
        """Record a URL filtered out before any fetch (first sighting only); True if it was new."""
        with self._cursor() as cur:
            cur.execute(
                "INSERT OR IGNORE INTO urls (canonical_url, source, url, status, reason, run_id, updated_at) "
                "VALUES (?, ?, ?, 'skipped', ?, ?, ?)",
                (canonical, source, url, reason, run_id, time.time()),
            )
            return cur.rowcount == 1

    def finish(
        self,
        canonical: str,
        run_id: str,
        status: str,
        reason: str | None = None,
        retryable: bool = False,
        article_id: str | None = None,
    ) -> None:
        with self._cursor() as cur:
            cur.execute(
                "UPDATE urls SET status = ?, reason = ?, retryable = ?, article_id = ?, updated_at = ? "
                "WHERE canonical_url = ? AND run_id = ?",
                (status, reason, int(retryable), article_id, time.time(), canonical, run_id),
            )

    def is_known(self, canonical: str) -> bool:
        """True if a run already holds or finished the URL and it is not due for another attempt."""
        with self._cursor() as cur:
            row = cur.execute(
                "SELECT status, retryable, attempts FROM urls WHERE canonical_url = ?", (canonical,)
            ).fetchone()
        return row is not None and not (row[0] == "failed" and row[1] and row[2] < self.max_attempts)

    def in_flight(self, canonical: str) -> bool:
        """True if a run holds the URL unfinished (a live run, or one that died before its claim's lease ran out)."""
        with self._cursor() as cur:
            row = cur.execute("SELECT status FROM urls WHERE canonical_url = ?", (canonical,)).fetchone()
        return row is not None and row[0] == "claimed"

    def validators(self, url: str) -> tuple[str | None, str | None]:
        with self._cursor() as cur:
            row = cur.execute("SELECT etag, last_modified FROM documents WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        with self._cursor() as cur:
            cur.execute(
                "INSERT OR REPLACE INTO documents (url, etag, last_modified, updated_at) VALUES (?, ?, ?, ?)",
                (url, etag, last_modified, time.time()),
            )

    def save_run(self, run_id: str, source: str, summary: dict[str, Any]) -> None:
        with self._cursor() as cur:
            cur.execute(
                "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?)", (run_id, source, time.time(), json.dumps(summary))
            )

    def add_page_title(self, host: str, title: str) -> None:
        """Remember a page's ``<title>`` for its host (the newest ``TITLES_PER_HOST`` are kept)."""
        with self._cursor() as cur:
            cur.execute("INSERT OR REPLACE INTO page_titles VALUES (?, ?, ?)", (host, title, time.time()))
            cur.execute(
                "DELETE FROM page_titles WHERE host = ? AND title NOT IN "
                "(SELECT title FROM page_titles WHERE host = ? ORDER BY seen_at DESC LIMIT ?)",
                (host, host, TITLES_PER_HOST),
            )

    def page_titles(self, host: str) -> list[str]:
        with self._cursor() as cur:
            rows = cur.execute("SELECT title FROM page_titles WHERE host = ? ORDER BY seen_at", (host,)).fetchall()
        return [row[0] for row in rows]

    def counts(self) -> dict[str, dict[str, Any]]:
        """Per source: URLs by status, and the reasons of skipped/failed ones."""
        with self._cursor() as cur:
            rows = cur.execute(
                "SELECT source, status, COALESCE(reason, ''), COUNT(*) FROM urls GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
            ).fetchall()
        report: dict[str, dict[str, Any]] = {}
        for source, status, reason, count in rows:
            entry = report.setdefault(source, {"published": 0, "skipped": 0, "failed": 0, "claimed": 0, "reasons": {}})
            entry[status] += count
            if reason:
                entry["reasons"][f"{status}: {reason}"] = entry["reasons"].get(f"{status}: {reason}", 0) + count
        return report

    def last_runs(self) -> dict[str, dict[str, Any]]:
        with self._cursor() as cur:
            rows = cur.execute(
                "SELECT source, summary FROM runs r "
                "WHERE finished_at = (SELECT MAX(finished_at) FROM runs WHERE source = r.source)"
            ).fetchall()
        return {source: json.loads(summary) for source, summary in rows}


def store_path(state_dir: Path) -> Path:
    return state_dir / "ingest" / "state.sqlite"


def hosts_path(state_dir: Path) -> Path:
    """The per-host start spacing shared by every run on this machine (:mod:`pipeline.fetch.host_table`)."""
    return state_dir / "ingest" / "hosts.sqlite"
