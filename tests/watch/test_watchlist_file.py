"""A hand-edited watchlists.yaml: every error is one line naming file, entry and field; a running index worker
keeps its last good list and says so; one that never had a good list refuses to match against none."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from pipeline.exceptions import MisconfiguredError
from pipeline.metrics.worker import Health
from pipeline.settings import Settings, load_settings
from pipeline.watch.exceptions import WatchlistInvalid
from pipeline.watch.hook import WatchHook
from pipeline.watch.model import load_file
from pipeline.workers.exceptions import WorkerMisconfiguredExit
from pipeline.workers.index import IndexWorker
from pipeline.workers.state import WorkerStateFile, report
from tests.watch.helpers import publish, wire_story
from tests.watch.test_watchlists import alerts_now

GOOD = "watchlists:\n  - name: harbour\n    query: harbour quay\n"


def problem(tmp_path: Path, content: bytes) -> str:
    path = tmp_path / "watchlists.yaml"
    path.write_bytes(content)
    with pytest.raises(WatchlistInvalid) as caught:
        load_file(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def test_a_file_that_is_not_utf8_is_named_with_the_byte(tmp_path: Path) -> None:
    assert "not UTF-8 text (line 4, byte 70" in problem(tmp_path, GOOD.encode() + b"    countries: [\xff\xfe]\n")


def test_a_key_that_is_not_text_names_the_entry_and_the_field(tmp_path: Path) -> None:
    message = problem(tmp_path, (GOOD + "  - name: second\n    query: x\n    1: y\n").encode())
    assert "watchlists[1]: key 1 is not a string" in message  # the second entry (0-based) and its field


def test_an_invalid_field_names_the_entry_and_the_field(tmp_path: Path) -> None:
    message = problem(tmp_path, (GOOD + "  - name: third\n    webhook: ftp://x\n    query: y\n").encode())
    assert "entry 2 (third)" in message and "webhook must be an http(s) URL" in message
    assert "entry 1 (Bad Name): name:" in problem(tmp_path, b"watchlists:\n  - name: Bad Name\n    query: x\n")


def test_broken_yaml_and_a_file_that_is_not_a_mapping_are_one_line(tmp_path: Path) -> None:
    assert "not valid YAML" in problem(tmp_path, b"watchlists:\n  - name: [unclosed\n")
    assert "got list" in problem(tmp_path, b"- name: a\n  query: b\n")


class NoSavedWatchlists:
    """The Elasticsearch client as the hook's loader sees it when no watchlist was saved (index missing)."""

    def options(self, **_: Any) -> NoSavedWatchlists:
        return self

    def search(self, **_: Any) -> Any:
        return SimpleNamespace(meta=SimpleNamespace(status=404), get=lambda key, default=None: default)


def hook_for(tmp_path: Path, content: bytes) -> tuple[WatchHook, Path]:
    path = tmp_path / "watchlists.yaml"
    path.write_bytes(content)
    base = load_settings()
    settings: Settings = base.model_copy(update={"watch": base.watch.model_copy(update={"file": path, "reload_s": 0})})
    return WatchHook(settings, NoSavedWatchlists()), path  # type: ignore[arg-type]


def test_a_running_worker_keeps_its_last_good_list_and_says_so(tmp_path: Path) -> None:
    hook, path = hook_for(tmp_path, GOOD.encode())
    assert [w.name for w in hook.watchlists()] == ["harbour"] and hook.warning() is None
    path.write_bytes(GOOD.encode() + b"  - name: two\n    query: [\xff]\n")
    assert [w.name for w in hook.watchlists()] == ["harbour"]  # the last good list, still matching
    warning = hook.warning() or ""
    assert "keeping the last good list (1)" in warning and str(path) in warning and "not UTF-8" in warning
    path.write_bytes(GOOD.encode())
    assert [w.name for w in hook.watchlists()] == ["harbour"] and hook.warning() is None


def test_a_worker_that_never_had_a_good_list_refuses_to_match(tmp_path: Path) -> None:
    hook, path = hook_for(tmp_path, b"watchlists:\n  - name: a\n    query: x\n    1: y\n")
    with pytest.raises(MisconfiguredError, match=r"no valid watchlists loaded yet.*watchlists\[0\]: key 1 is not a string"):
        hook.watchlists()
    path.write_bytes(GOOD.encode())  # fixed: the next attempt loads it, without waiting for reload_s
    assert [w.name for w in hook.watchlists()] == ["harbour"]


def test_the_warning_reaches_healthz_and_status(tmp_path: Path) -> None:
    health = Health(stale_after_s=60)
    health.warn("watchlists: keeping the last good list (1): bad")
    state = health.state()
    assert state.healthy and state.warning == "watchlists: keeping the last good list (1): bad"
    WorkerStateFile(tmp_path, "index").member("pid-1", pid=os.getpid(), state="running", warning="kept 1")
    assert report(tmp_path, "index")["warnings"] == ["kept 1"]


@pytest.mark.integration
def test_an_index_worker_that_never_had_a_good_list_commits_nothing_until_it_is_fixed(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "watchlists.yaml"
    path.write_text("watchlists:\n  - name: idlib\n    query: ceasefire Idlib\n    1: x\n", encoding="utf-8")
    settings = pipeline_settings.model_copy(update={
        "watch": pipeline_settings.watch.model_copy(update={"file": path, "reload_s": 0}),
        "workers": pipeline_settings.workers.model_copy(update={"misconfigured_exit_s": 2.0}),
    })
    publish(settings, wire_story(copies=2))
    with pytest.raises(WorkerMisconfiguredExit, match=r"watchlists\[0\]: key 1 is not a string"):
        IndexWorker(settings).run(until_idle=True)
    path.write_text("watchlists:\n  - name: idlib\n    query: ceasefire Idlib\n", encoding="utf-8")
    stats = IndexWorker(settings).run(until_idle=True)
    assert stats.consumed == 2  # the first worker committed nothing: no batch went by unmatched
    assert [a["watchlist"] for a in alerts_now(settings)] == ["idlib"]


def test_run_until_idle_stops_at_once_with_one_line_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline.cli.main import main

    path = tmp_path / "watchlists.yaml"
    path.write_bytes(b"watchlists:\n  - name: caf\xe9\n")  # Latin-1, not UTF-8
    monkeypatch.setenv("NEWSLINE_WATCH_FILE", str(path))
    assert main(["run", "--until-idle"]) == 2  # before any service is touched
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and "not UTF-8 text (line 2" in err and "Traceback" not in err
