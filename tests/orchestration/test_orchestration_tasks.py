"""The DAG task bodies, without Airflow, Kafka or Elasticsearch (pipeline APIs replaced by fakes)."""

from __future__ import annotations

import logging
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from pipeline.orchestration import tasks
from pipeline.orchestration.exceptions import NoInputError, PermanentError, ReplayFailedError, VerifyError
from pipeline.settings import PROJECT_ROOT, Settings, load_settings


@dataclass(frozen=True)
class FakeReport:
    published: int
    failed: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"published": self.published, "failed": [list(f) for f in self.failed]}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    return load_settings(paths={"state": tmp_path / "state", "seeds": seeds})


def fake_module(monkeypatch: pytest.MonkeyPatch, name: str, **attrs: Any) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(attrs)
    monkeypatch.setitem(sys.modules, name, module)
    return module


def test_discover_defaults_to_seeds_dir(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[Path]] = []

    def discover(paths: list[Path]) -> list[Path]:
        seen.append(paths)
        return [paths[0] / "b.txt", paths[0] / "a.txt"]

    fake_module(monkeypatch, "pipeline.sources.replay", discover=discover)
    assert tasks.discover_files(None, settings) == [str(settings.paths.seeds / n) for n in ("b.txt", "a.txt")]
    assert tasks.discover_files("  ", settings)
    assert seen[0] == [settings.paths.seeds]


def test_relative_path_is_anchored_at_project_root(settings: Settings) -> None:
    assert tasks.resolve_replay_path("seeds", settings) == PROJECT_ROOT / "seeds"
    assert tasks.resolve_replay_path("/abs/x", settings) == Path("/abs/x")


def test_discover_missing_or_empty_is_permanent(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_module(monkeypatch, "pipeline.sources.replay", discover=lambda paths: [])
    with pytest.raises(NoInputError, match="does not exist"):
        tasks.discover_files(str(tmp_path / "nope"), settings)
    with pytest.raises(NoInputError, match="no replayable files"):
        tasks.discover_files(None, settings)
    assert issubclass(NoInputError, PermanentError)


def test_publish_logs_failures_and_returns_report(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    fake_module(
        monkeypatch,
        "pipeline.sources.replay",
        replay_paths=lambda paths, s: FakeReport(published=1, failed=[("b.html", "no text")]),
    )
    with caplog.at_level(logging.INFO, logger=tasks.__name__):
        result = tasks.publish(["a.txt", "b.html"], settings)
    assert result == {"published": 1, "failed": [["b.html", "no text"]]}
    assert "replay file failed path=b.html reason=no text" in caplog.text
    assert "replay published files=2 published=1 failed=1" in caplog.text


def test_publish_fails_when_nothing_published(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_module(
        monkeypatch,
        "pipeline.sources.replay",
        replay_paths=lambda paths, s: FakeReport(published=0, failed=[("a.txt", "bad"), ("b", "bad")]),
    )
    with pytest.raises(ReplayFailedError, match=r"all 2 file\(s\) failed; first: a.txt: bad"):
        tasks.publish(["a.txt", "b"], settings)
    with pytest.raises(NoInputError):
        tasks.publish([], settings)


def test_publish_nothing_and_no_failures_is_not_an_error(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_module(monkeypatch, "pipeline.sources.replay", replay_paths=lambda paths, s: FakeReport(published=0))
    assert tasks.publish(["a.txt"], settings)["published"] == 0


def test_drain_returns_runner_counts(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    counts = {"enriched": 1, "indexed": 1, "dead_letters": 0, "enrich": {"produced": 1}}
    fake_module(monkeypatch, "pipeline.runner", run_until_idle=lambda s: counts)
    assert tasks.drain(settings) == counts


def test_verify_returns_hits_or_fails(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    hit = {"id": "1", "title": "Idlib talks", "url": "u", "source": "s", "score": 1.5}
    results = {"Idlib": {"total": 1, "hits": [hit]}, "nothing": {"total": 0, "hits": []}}
    fake_module(monkeypatch, "pipeline.search", count_documents=lambda s: 7, search=lambda s, q, limit=10: results[q])
    assert tasks.verify("Idlib", settings=settings) == {"query": "Idlib", "documents": 7, "total": 1, "hits": [hit]}
    assert tasks.verify("nothing", min_hits=0, settings=settings)["total"] == 0
    with pytest.raises(VerifyError, match="found 0 hit"):
        tasks.verify("nothing", settings=settings)


def test_importing_tasks_does_not_import_the_pipeline_clients() -> None:
    import subprocess

    code = (
        "import sys, pipeline.orchestration.tasks, newsline_dev.airflow.airflow_env;"
        "bad=[m for m in sys.modules if m.split('.')[0] in ('kafka','elasticsearch','airflow')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_ingest_dag_runs_the_good_sources_and_fails_its_summary_on_a_bad_entry(tmp_path: Path) -> None:
    from pipeline.orchestration import ingest_tasks
    from pipeline.sources.exceptions import SourceError

    registry = tmp_path / "sources.yaml"
    registry.write_text(
        "sources:\n"
        "  - {name: good, kind: rss, urls: ['https://a.example/feed']}\n"
        "  - {name: bad, kind: rss, urls: ['https://a.example:99999/feed']}\n"
        "  - {name: good, kind: rss, urls: ['https://b.example/feed']}\n"
    )
    assert ingest_tasks.list_sources(str(registry)) == ["good"]
    with pytest.raises(PermanentError, match=r"source 'bad': field 'urls': .*\(entry 2\)"):
        ingest_tasks._spec("bad", str(registry), load_settings())
    with pytest.raises(SourceError, match=r"2 bad source entries were not run \(the others were\), first: "
                                          r"source 'bad': field 'urls'"):
        ingest_tasks.summarize([{"published": 3}], str(registry))
    registry.write_text("sources:\n  - {name: good, kind: rss, urls: ['https://a.example/feed']}\n")
    assert ingest_tasks.summarize([{"published": 3}], str(registry))["published"] == 3

