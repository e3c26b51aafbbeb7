"""``newsline ingest`` and ``newsline status`` on the real services, fetching from the fixture site."""

from __future__ import annotations

import json

import pytest

from pipeline.cli.main import main
from pipeline.settings import Settings
from tests.support.newsroom import publish
from tests.support.site import Site

pytestmark = pytest.mark.integration


def use_settings(monkeypatch: pytest.MonkeyPatch, settings: Settings, allow_private: bool) -> None:
    monkeypatch.setenv("NEWSLINE_KAFKA_TOPICS", settings.kafka.topics.model_dump_json())
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", settings.elasticsearch.index_prefix)
    monkeypatch.setenv("NEWSLINE_PATHS_STATE", str(settings.paths.state))
    monkeypatch.setenv("NEWSLINE_FETCH_ALLOW_PRIVATE_ADDRESSES", str(allow_private).lower())
    monkeypatch.setenv("NEWSLINE_FETCH_POLITENESS_DELAY_S", "0")


def test_ingest_auto_detects_kinds_and_status_counts_per_source(
    site: Site, ingest_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, groups = publish(site)
    use_settings(monkeypatch, ingest_settings, allow_private=True)
    feed, index, page = site.url("/feed.xml"), site.url("/sitemap_index.xml"), site.url(groups["list"][0].path)
    assert main(["ingest", feed, index, page, "--json", "--name", "cli-mix"]) == 0
    [summary] = json.loads(capsys.readouterr().out)
    assert (summary["discovered"], summary["published"], summary["failed"]) == (7, 7, {})

    assert main(["ingest", feed, index, page, "--name", "cli-mix"]) == 0
    text = capsys.readouterr().out
    assert "source=cli-mix discovered=4 new=0 known=4" in text and "published=0" in text  # feed: 304

    assert main(["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["ingest"]["cli-mix"]["published"] == 7
    assert status["ingest"]["cli-mix"]["last_run"]["published"] == 0


def test_ingest_with_the_guard_on_refuses_the_local_site(
    site: Site, ingest_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    publish(site)
    use_settings(monkeypatch, ingest_settings, allow_private=False)
    assert main(["ingest", site.url("/feed.xml"), "--kind", "rss"]) == 1
    assert "discovery failed: " + site.url("/feed.xml") + ": blocked address 127.0.0.1 (loopback)" in capsys.readouterr().out
    assert site.log == []


def test_bad_registry_names_source_and_field(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    bad = Path(str(tmp_path)) / "sources.yaml"
    bad.write_text("sources:\n  - name: wire\n    kind: rss\n    urls: [https://a.example/feed]\n    max_items: -1\n")
    assert main(["ingest", "--sources", str(bad)]) == 2
    assert "source 'wire': field 'max_items'" in capsys.readouterr().err


def test_a_bad_registry_entry_is_reported_and_the_good_sources_still_run(
    site: Site, ingest_settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    tmp_path: object,
) -> None:
    from pathlib import Path

    publish(site)
    use_settings(monkeypatch, ingest_settings, allow_private=True)
    registry = Path(str(tmp_path)) / "sources.yaml"
    registry.write_text(
        "sources:\n"
        f"  - {{name: good, kind: rss, urls: ['{site.url('/feed.xml')}']}}\n"
        "  - {name: badurl, kind: rss, urls: ['http://[x/feed']}\n"
        f"  - {{name: colour, kind: rss, urls: ['{site.url('/feed.xml')}'], colour: red}}\n"
        f"  - {{name: typed, kind: rss, urls: ['{site.url('/feed.xml')}'], max_items: lots}}\n"
    )
    assert main(["ingest", "--sources", str(registry), "--json"]) == 1, "non-zero: the registry has bad entries"
    captured = capsys.readouterr()
    [summary] = json.loads(captured.out)
    assert summary["source"] == "good" and summary["published"] == summary["discovered"] > 0
    errors = [line for line in captured.err.splitlines() if "bad source entry" in line]
    assert len(errors) == 3
    assert f"{registry}: source 'badurl': field 'urls': " in errors[0] and errors[0].endswith("(entry 2)")
    assert f"{registry}: source 'colour': field 'colour': Extra inputs are not permitted (entry 3)" in errors[1]
    assert f"{registry}: source 'typed': field 'max_items': " in errors[2] and "(entry 4)" in errors[2]
