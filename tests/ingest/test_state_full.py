"""A full state directory (SQLite ingest/re-check stores): one line naming the file, nothing corrupted.

The state directory is a small tmpfs (root only) filled with a ballast file between two ingest runs. The run
on the full disk must fail with one line naming the store (no traceback), and once space returns the same run
goes through: the database passes ``PRAGMA integrity_check`` and every URL ends published, none left claimed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bench.smallfs import fill, free_bytes, small_filesystem
from pipeline.ingest.store import store_path
from pipeline.revisions.store import RevisionStore
from pipeline.settings import PROJECT_ROOT, Settings
from tests.support.newsroom import publish
from tests.support.site import Site

pytestmark = pytest.mark.integration

STATE_MB = 16


def newsline(settings: Settings, state: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLINE_")}
    env.update({
        "NEWSLINE_KAFKA_TOPICS": settings.kafka.topics.model_dump_json(),
        "NEWSLINE_ELASTICSEARCH_INDEX_PREFIX": settings.elasticsearch.index_prefix,
        "NEWSLINE_PATHS_STATE": str(state),
        "NEWSLINE_FETCH_ALLOW_PRIVATE_ADDRESSES": "true",
        "NEWSLINE_FETCH_POLITENESS_DELAY_S": "0",
    })
    return subprocess.run([sys.executable, "-m", "pipeline", *args], env=env, cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=300, check=False)


def store_rows(state: Path) -> tuple[str, dict[str, int]]:
    with sqlite3.connect(store_path(state)) as db:
        [(check,)] = db.execute("PRAGMA integrity_check").fetchall()
        rows = dict(db.execute("SELECT status, COUNT(*) FROM urls GROUP BY status").fetchall())
    return check, rows


def test_ingest_on_a_full_state_directory_fails_in_one_line_and_resumes_once_space_returns(
    site: Site, pipeline_settings: Settings, tmp_path: Path,
) -> None:
    _, groups = publish(site)
    state = tmp_path / "state"
    feed, sitemaps = site.url("/feed.xml"), site.url("/sitemap_index.xml")
    with small_filesystem(state, STATE_MB):
        first = newsline(pipeline_settings, state, "ingest", feed, "--name", "full-feed", "--json")
        assert first.returncode == 0, first.stderr
        ballast = fill(state)
        filled = free_bytes(state)
        full = newsline(pipeline_settings, state, "ingest", sitemaps, "--name", "full-maps")
        ballast.unlink()
        again = newsline(pipeline_settings, state, "ingest", sitemaps, "--name", "full-maps", "--json")
        check, rows = store_rows(state)
    path = str(store_path(state))
    outcome = {
        "filled": filled < 64 * 1024,
        "exit_code_full": full.returncode,
        "one_line": len(full.stderr.strip().splitlines()),
        "names_the_store": path in full.stderr,
        "says_full": "no space left" in full.stderr,
        "traceback": "Traceback" in full.stderr + full.stdout,
        "exit_code_after": again.returncode,
        "published_after": json.loads(again.stdout)[0]["published"] if again.returncode == 0 else again.stderr,
        "integrity_after": check,
        "rows_after": rows,
    }
    expected = {
        "filled": True, "exit_code_full": 2, "one_line": 1, "names_the_store": True, "says_full": True,
        "traceback": False,
        "exit_code_after": 0, "published_after": len(groups["sitemap"]), "integrity_after": "ok",
        "rows_after": {"published": len(groups["feed"]) + len(groups["sitemap"])},
    }
    assert outcome == expected, f"full run stdout:\n{full.stdout[-3000:]}\nstderr:\n{full.stderr[-3000:]}"


def test_recheck_store_filling_up_mid_run_raises_one_named_error_and_keeps_every_committed_row(tmp_path: Path) -> None:
    from bench.corpus import generate
    from pipeline.ingest.exceptions import StateFullError

    state = tmp_path / "state"
    articles = generate(3000, seed=5, near_duplicate_share=0.0)
    tracked = 0
    with small_filesystem(state, STATE_MB):
        store = RevisionStore.open(state)
        try:
            for article in articles[:20]:
                tracked += store.track(article, (1.0,), 1e6)
            ballast = fill(state)
            with pytest.raises(StateFullError) as raised:
                for article in articles[20:]:  # until the WAL needs a page the disk does not have
                    tracked += store.track(article, (1.0,), 1e6)
            ballast.unlink()
            tracked += store.track(articles[-1], (1.0,), 1e6)  # space is back: the same connection writes again
        finally:
            store.close()
        with sqlite3.connect(store_path(state)) as db:
            [(check,)] = db.execute("PRAGMA integrity_check").fetchall()
            [(rows,)] = db.execute("SELECT COUNT(*) FROM rechecks").fetchall()
    assert str(store_path(state)) in str(raised.value) and "no space left" in str(raised.value)
    assert (check, rows) == ("ok", tracked) and 20 < tracked < len(articles)
