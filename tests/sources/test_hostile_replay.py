"""``newsline replay`` on good files plus one of each kind of broken file: every bad one is rejected with a
reason naming it (and its position), the good ones are published, the summary and exit code count the
rejections, and no traceback reaches the user."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.settings import Settings
from tests.dlq.test_poison import newsline, raw_articles
from tests.support.pages import article_page

pytestmark = pytest.mark.integration

BAD = {
    "bom.txt": (b"\xef\xbb\xbf", "file is empty (whitespace only)"),
    "nbsp.txt": ("\u00a0\u00a0\n\u00a0".encode(), "file is empty (whitespace only)"),
    "binary.html": (bytes(range(256)) * 8, "not UTF-8 text (byte 128)"),
    "nested.json": (b"[" * 100_000 + b"]" * 100_000, "invalid JSON: nested too deeply"),
    "port.json": (json.dumps({"title": "Port", "text": "Body.", "url": "http://example.com:99999/a"}).encode(),
                  "invalid article: url: invalid URL: Port out of range 0-65535"),
    "title-only.txt": (b"Just a title\n", "no body after the title line"),
    "title-only.json": (json.dumps({"title": "Only a title"}).encode(), "invalid article: "),
}


def test_replay_skips_each_bad_file_with_its_reason_and_publishes_the_good_ones(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    for n in range(3):
        (tmp_path / f"good-{n}.txt").write_text(f"Good story {n}\n\nA body for the good story number {n}.\n")
        page = article_page(f"Good page {n} of the replay", "2026-03-01T10:00:00+00:00", seed=f"g{n}")
        (tmp_path / f"good-{n}.html").write_text(page)
    (tmp_path / "list.json").write_text(json.dumps([
        {"title": "Listed story", "text": "A body.", "url": "https://user:secret@example.com/listed"},
        {"title": "Bad port", "text": "A body.", "url": "https://example.com:70000/x"},
    ]))
    for name, (data, _) in BAD.items():
        (tmp_path / name).write_bytes(data)

    result = newsline(pipeline_settings, "replay", str(tmp_path), "--json")

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    report = json.loads(result.stdout)
    assert (report["files"], report["published"], report["rejected"]) == (14, 7, len(BAD) + 1)
    reasons = {Path(f["input"]).name: f["reason"] for f in report["failed"]}
    for name, (_, reason) in BAD.items():
        assert reasons[name].startswith(reason), (name, reasons[name])
    assert reasons["list.json[1]"] == "invalid article: url: invalid URL: Port out of range 0-65535"

    published = {a.title: a for a in raw_articles(pipeline_settings)}
    assert len(published) == 7
    assert published["Listed story"].url == "https://example.com/listed"  # the credentials never left the file
    assert "secret" not in json.dumps([a.model_dump(mode="json") for a in published.values()])
