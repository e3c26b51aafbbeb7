"""Hand-edited configuration files: settings (newsline.yaml), sources.yaml and watchlists.yaml. Whatever is in
them, loading raises only the documented error, on one line, naming the file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from pipeline.exceptions import ConfigError
from pipeline.settings import load_settings
from pipeline.sources.exceptions import SourceError
from pipeline.sources.registry import load_sources
from pipeline.watch.exceptions import WatchlistInvalid
from pipeline.watch.model import load_file
from tests.support.strategies import ANY_URL, YAML, mapping_with

pytestmark = pytest.mark.fuzz

HOSTILE_BYTES = st.one_of(
    st.binary(max_size=200),
    st.sampled_from([b"\xff\xfe\x00\x00", b"\xef\xbb\xbf", b"[" * 200, b"- - - -", b"!!python/object:os.system x",
                     b"a: &a [*a]", b"{a: 1, a: 2}", b"\t- x", b"key: \"unterminated", b"? [a, b]\n: c",
                     b"0: x\n1: y\n", b"!!binary 8J+YgA==", b"sources: !!set {a}"]),
)


@contextmanager
def config_file(content: bytes, name: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(content)
        yield path


def dump(value: Any) -> bytes:
    try:
        return yaml.safe_dump(value, allow_unicode=True).encode("utf-8", "surrogatepass")
    except yaml.YAMLError:
        return repr(value).encode("utf-8", "surrogatepass")


def one_line_naming(exc: Exception, path: Path) -> None:
    message = str(exc)
    assert "\n" not in message, message
    assert str(path) in message, message


# -- settings -----------------------------------------------------------------------------------------------

SECTIONS = {name: st.one_of(YAML, st.dictionaries(st.sampled_from(keys), YAML, max_size=3)) for name, keys in {
    "kafka": ["bootstrap_servers", "topics", "max_message_bytes", "security_protocol", "version"],
    "elasticsearch": ["url", "index_prefix", "shards"],
    "workers": ["batch_size", "poll_timeout_ms", "backoff_initial_s"],
    "fetch": ["retries", "user_agent", "allow_private_addresses", "politeness_delay_s"],
    "limits": ["max_text_bytes", "dead_letter_max_payload_bytes"],
    "paths": ["state", "cache", "seeds"],
    "watch": ["file", "webhook_retries"],
    "search": ["half_life", "hybrid_floor"],
}.items()}


def load_with(path: Path) -> None:
    previous = os.environ.get("NEWSLINE_CONFIG")
    os.environ["NEWSLINE_CONFIG"] = str(path)
    try:
        load_settings()
    except ConfigError as exc:
        one_line_naming(exc, path)
    finally:
        if previous is None:
            del os.environ["NEWSLINE_CONFIG"]
        else:
            os.environ["NEWSLINE_CONFIG"] = previous


@given(mapping_with({**SECTIONS, "log_level": st.sampled_from(["info", "LOUD", "", "DEBUG"])}))
@example({"kafka": {"max_message_bytes": 10}})
@example({1: "x"})
@example({"kafka": ["a"]})
def test_settings_from_any_yaml_mapping(mapping: dict[Any, Any]) -> None:
    with config_file(dump(mapping), "newsline.yaml") as path:
        load_with(path)


@given(HOSTILE_BYTES)
@example(b"\xff\xfe")  # not UTF-8
@example(b"- a\n- b\n")  # not a mapping
@example(b"kafka: [")  # not YAML
def test_settings_from_any_bytes(content: bytes) -> None:
    with config_file(content, "newsline.yaml") as path:
        load_with(path)


# -- sources.yaml -------------------------------------------------------------------------------------------

SOURCE = mapping_with({
    "name": st.one_of(st.sampled_from(["bbc", "Bad Name", "", "a" * 70]), st.text(max_size=10)),
    "kind": st.sampled_from(["rss", "atom", "sitemap", "news-sitemap", "urls", "auto", "page", "gopher"]),
    "urls": st.lists(ANY_URL, max_size=3),
    "language": st.sampled_from(["en", "EN", "en-GB", "english"]),
    "max_items": st.integers(-5, 20_000),
    "include": st.lists(st.sampled_from(["/news/", "(", "[a-", "*", "(?P<x>a)(?P<x>b)"]), max_size=2),
    "allowed_domains": st.lists(st.text(max_size=10), max_size=2),
})


def load_sources_from(content: bytes) -> None:
    with config_file(content, "sources.yaml") as path:
        try:
            load_sources(path)
        except SourceError as exc:
            one_line_naming(exc, path)


@given(st.one_of(st.lists(SOURCE, max_size=3).map(lambda s: {"sources": s}), YAML))
@example({"sources": [{"name": "a", "kind": "rss", "urls": ["http://[x"]}]})
@example({"sources": [{"name": "a", "kind": "rss", "urls": ["http://example.com:99999/"]}]})
@example({"sources": [{1: "x"}]})
def test_sources_from_any_yaml(value: Any) -> None:
    load_sources_from(dump(value))


@given(HOSTILE_BYTES)
@example(b"\xff\xfe")
def test_sources_from_any_bytes(content: bytes) -> None:
    load_sources_from(content)


# -- watchlists.yaml ----------------------------------------------------------------------------------------

WATCHLIST = mapping_with({
    "name": st.one_of(st.sampled_from(["idlib", "Bad", ""]), st.text(max_size=8)),
    "query": st.one_of(st.text(max_size=20), st.sampled_from(["ceasefire", "***", "a" * 600, "\"", "-x"])),
    "countries": st.lists(st.text(max_size=3), max_size=2),
    "webhook": ANY_URL,
})


def load_watchlists_from(content: bytes) -> None:
    with config_file(content, "watchlists.yaml") as path:
        try:
            load_file(path)
        except WatchlistInvalid as exc:
            one_line_naming(exc, path)


@given(st.one_of(st.lists(WATCHLIST, max_size=3).map(lambda w: {"watchlists": w}), YAML))
@example({"watchlists": [{1: "x", "name": "a", "query": "b"}]})  # a non-string key
@example({"watchlists": [{"name": "a", "query": "b", "webhook": "http://[x"}]})
@example({"watchlists": [{"name": "a", "query": "b\nc", "countries": "SY"}]})
@example({"watchlists": [{"\n": None}]})  # a field name with a line break: still one line
@example({"watchlists": [{"\n": {None: None}}]})
def test_watchlists_from_any_yaml(value: Any) -> None:
    load_watchlists_from(dump(value))


@given(HOSTILE_BYTES)
@example(b"\xff\xfe")  # not UTF-8
def test_watchlists_from_any_bytes(content: bytes) -> None:
    load_watchlists_from(content)
