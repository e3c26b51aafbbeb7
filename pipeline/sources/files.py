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
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(str(path), f"not UTF-8 text (byte {exc.start})") from None


def _fetched_at(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)


def read_txt(path: Path, source: str) -> Article:
    lines = _read_text(path).splitlines()
    title_index = next(i for i, line in enumerate(lines) if line.strip())
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


def _from_mapping(data: dict[str, Any], where: str, source: str) -> Article:
    fields = dict(data)
    if "id" in fields:
        try:
            return Article.model_validate({"source": source, **fields})
        except ValidationError as exc:
            raise SourceError(where, f"invalid article: {exc.errors()[0]['msg']}") from None
    fields.setdefault("source", source)
    fields.setdefault("extraction", {"producer": "newsline.json-file", "version": "1"})
    try:
        return Article.build(**fields)
    except (TypeError, ValidationError) as exc:
        raise SourceError(where, f"invalid article: {exc}") from None


def read_json(path: Path, source: str) -> Iterator[Article | SourceError]:
    try:
        data = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
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
