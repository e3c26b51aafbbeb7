"""The parse pool: a task that kills its process fails alone with the signal; every other task completes."""

from __future__ import annotations

import pytest

from pipeline.extract import ExtractionError, ParseCrashedError, extract_html
from pipeline.extract.pool import CRASH_MARKER_ENV, ParsePool
from pipeline.sources.exceptions import SourceError
from pipeline.sources.xmlsafe import parse

MARKER = "newsline-test-crash-4f1c"


class Unpicklable(Exception):
    def __init__(self) -> None:
        super().__init__("held a lock")
        self.handle = lambda: None  # lambdas do not pickle


def raise_unpicklable(_: str) -> None:
    raise Unpicklable


def test_a_crashing_task_fails_with_its_signal_and_every_other_task_completes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(CRASH_MARKER_ENV, MARKER)
    texts = [f"page {n}" for n in range(12)]
    with ParsePool(workers=2) as pool:
        futures = [pool.submit(len, t) for t in texts[:6]]
        crashed = pool.submit(len, f"<p>{MARKER}</p>")
        futures += [pool.submit(len, t) for t in texts[6:]]
        assert [f.result(timeout=120) for f in futures] == [len(t) for t in texts]
        with pytest.raises(ParseCrashedError, match="^extraction process killed by SIGSEGV$"):
            crashed.result(timeout=120)
        assert pool.replaced >= 1
        assert pool.run(len, "after the crash") == len("after the crash")  # the replaced pool works


def test_errors_come_back_as_raised_and_the_marker_is_inert_without_the_test_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(CRASH_MARKER_ENV, raising=False)
    with ParsePool(workers=1) as pool:
        with pytest.raises(ExtractionError) as extraction:
            pool.run(extract_html, "<html><body><p>short</p></body></html>", "http://example.com/a")
        assert extraction.value.url == "http://example.com/a" and "too short" in extraction.value.reason
        with pytest.raises(SourceError) as source:
            pool.run(parse, b"no xml", "http://example.com/feed.xml")
        assert source.value.where == "http://example.com/feed.xml"
        assert source.value.reason == "not XML (does not start with '<')"
        with pytest.raises(RuntimeError, match="Unpicklable: held a lock"):
            pool.run(raise_unpicklable, "x")
        assert pool.run(len, MARKER) == len(MARKER) and pool.replaced == 0
