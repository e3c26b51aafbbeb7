"""Reading articles from files: ``.txt`` (title line + body), ``.html`` (trafilatura), ``.json``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pipeline.extract import Extracted, ExtractionError, extract_html
from pipeline.extract.article import Origin, build_article
from pipeline.models import Article, Provenance
from pipeline.models.urls import incoming_url
from pipeline.sources.exceptions import SourceError

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json")
TEXT_READER = Provenance(producer="newsline.text-file", version="1")


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(str(path), f"cannot read file: {exc.strerror or exc}") from None
    if not data.strip():
        raise SourceError(str(path), "file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(str(path), f"not UTF-8 text (byte {exc.start})") from None
    if not text.strip():  # a byte-order mark or non-breaking spaces only
        raise SourceError(str(path), "file is empty (whitespace only)")
    if "\x00" in text:
        raise SourceError(str(path), "not text (contains NUL bytes)")
    return text


def _fetched_at(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)


def read_txt(path: Path, source: str) -> Article:
    lines = _read_text(path).splitlines()
    title_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if title_index is None:
        raise SourceError(str(path), "file is empty (whitespace only)")
    title = lines[title_index].strip()
    body = "\n".join(lines[title_index + 1 :]).strip()
    if not body:
        raise SourceError(str(path), "no body after the title line")
    return Article.build(
        title=title, text=body, source=source, fetched_at=_fetched_at(path), extraction=TEXT_READER
    )


def read_html(path: Path, source: str) -> Article:
    try:
        page = extract_html(_read_text(path))
    except ExtractionError as exc:
        raise SourceError(str(path), exc.reason) from None
    return html_article(path, page, source)


def html_article(path: Path, page: Extracted, source: str) -> Article:
    """A page extracted from a saved file: its own URL stands for requested and final URL."""
    origin = Origin(source=source, fetched_at=_fetched_at(path), requested_url=page.url, final_url=page.url)
    return build_article(page, origin)


URL_FIELDS = ("url", "canonical_url", "requested_url")


def _clean_urls(fields: dict[str, Any], where: str) -> None:
    """Every URL field usable, credentials removed (they never reach documents or logs)."""
    for name in URL_FIELDS:
        value = fields.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise SourceError(where, f"invalid article: {name} is not a string")
        try:
            fields[name] = incoming_url(value)
        except ValueError as exc:
            raise SourceError(where, f"invalid article: {name}: {exc}") from None


def _from_mapping(data: dict[str, Any], where: str, source: str) -> Article:
    fields = dict(data)
    _clean_urls(fields, where)
    if "id" in fields:
        try:
            return Article.model_validate({"source": source, **fields})
        except ValidationError as exc:
            raise SourceError(where, f"invalid article: {exc.errors()[0]['msg']}") from None
        except ValueError as exc:
            raise SourceError(where, f"invalid article: {exc}") from None
    fields.setdefault("source", source)
    fields.setdefault("extraction", {"producer": "newsline.json-file", "version": "1"})
    try:
        return Article.build(**fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise SourceError(where, f"invalid article: {field}: {first['msg']}" if field else first["msg"]) from None
    except (TypeError, ValueError) as exc:
        raise SourceError(where, f"invalid article: {exc}") from None


def read_json(path: Path, source: str) -> Iterator[Article | SourceError]:
    try:
        data = json.loads(_read_text(path))
    except RecursionError:
        raise SourceError(str(path), "invalid JSON: nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, or a number too long to convert
        raise SourceError(str(path), f"invalid JSON: {exc}") from None
    items = data if isinstance(data, list) else [data]
    for position, item in enumerate(items):
        where = f"{path}[{position}]" if isinstance(data, list) else str(path)
        if not isinstance(item, dict):
            yield SourceError(where, "expected a JSON object per article")
            continue
        try:
            yield _from_mapping(item, where, source)
        except SourceError as exc:
            yield exc


def read_file(path: Path, source: str | None = None) -> Iterator[Article | SourceError]:
    """Yield each article in one file, or a :class:`SourceError` naming the file (and item)."""
    label = source or path.parent.name or "files"
    suffix = path.suffix.lower()
    try:
        if suffix == ".txt":
            yield read_txt(path, label)
        elif suffix in (".html", ".htm"):
            yield read_html(path, label)
        elif suffix == ".json":
            yield from read_json(path, label)
        else:
            yield SourceError(str(path), f"unsupported file type {suffix or '(none)'}")
    except SourceError as exc:
        yield exc


def read_items(path: Path, source: str | None = None) -> list[Article | SourceError]:
    """:func:`read_file` as a list: what a parse process hands back for one file."""
    return list(read_file(path, source))
