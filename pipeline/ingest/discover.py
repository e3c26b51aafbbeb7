"""Discovery: fetch a source's feeds/sitemaps (conditional GET, sitemap indexes followed) into URLs."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from pipeline.extract import ParseCrashedError
from pipeline.extract.pool import ParsePool
from pipeline.fetch import Fetcher, FetchError, FetchResult
from pipeline.fetch.client import Validators
from pipeline.ingest.store import IngestStore
from pipeline.sources.discovered import Discovered
from pipeline.sources.documents import Document, read_document
from pipeline.sources.exceptions import SourceError
from pipeline.sources.registry import SourceSpec

log = logging.getLogger(__name__)

MAX_SITEMAP_DEPTH = 3
MAX_DOCUMENTS = 100
PAGE_KINDS = ("urls", "page")


@dataclass
class Discovery:
    items: list[Discovered] = field(default_factory=list)
    documents: int = 0
    not_modified: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (document and item, reason): unusable links
    validators: dict[str, Validators] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": [item.to_dict() for item in self.items], "documents": self.documents,
            "not_modified": self.not_modified, "errors": [list(e) for e in self.errors],
            "rejected": [list(r) for r in self.rejected],
            "validators": {url: [v.etag, v.last_modified] for url, v in self.validators.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Discovery:
        return cls(
            items=[Discovered.from_dict(item) for item in data["items"]], documents=data["documents"],
            not_modified=data["not_modified"], errors=[(u, r) for u, r in data["errors"]],
            rejected=[(w, r) for w, r in data.get("rejected", [])],
            validators={url: Validators(*pair) for url, pair in data["validators"].items()},
        )


def _looks_like_html(result: FetchResult) -> bool:
    head = result.body[:512].lstrip().lower()
    return result.content_type in ("text/html", "application/xhtml+xml") and not head.startswith(
        (b"<?xml", b"<rss", b"<feed")
    )


class Discoverer:
    """``pool``: where feeds and sitemaps are parsed (None: in this process, for tests)."""

    def __init__(self, spec: SourceSpec, fetcher: Fetcher, store: IngestStore, max_bytes: int,
                 pool: ParsePool | None = None) -> None:
        self.spec = spec
        self.pool = pool
        self.fetcher = fetcher
        self.store = store
        self.max_bytes = max_bytes
        self.found = Discovery()

    def run(self) -> Discovery:
        for url in self.spec.urls:
            if self.spec.kind in PAGE_KINDS:
                self.found.items.append(Discovered(url, self.spec.name, "list", language=self.spec.language))
            else:
                self._document(url, 0)
        unique = {item.url: item for item in reversed(self.found.items)}
        self.found.items = [item for item in self.found.items if unique.get(item.url) is item]
        return self.found

    def _document(self, url: str, depth: int) -> None:
        if depth > MAX_SITEMAP_DEPTH or self.found.documents >= MAX_DOCUMENTS:
            self.found.errors.append((url, f"not followed (depth {depth} or more than {MAX_DOCUMENTS} documents)"))
            return
        self.found.documents += 1
        etag, modified = self.store.validators(url)
        try:
            result = self.fetcher.fetch(url, "document", Validators(etag, modified))
            if result.not_modified:
                self.found.not_modified += 1
                log.info("document not modified url=%s source=%s", url, self.spec.name)
                return
            self._parse(result, depth)
        except (FetchError, SourceError, ParseCrashedError) as exc:
            log.warning("document failed url=%s source=%s reason=%r", url, self.spec.name, exc.reason)
            self.found.errors.append((url, exc.reason))
            return
        self.found.validators[url] = result.validators

    def _parse(self, result: FetchResult, depth: int) -> None:
        if self.spec.kind == "auto" and _looks_like_html(result):
            self.found.items.append(Discovered(result.final_url, self.spec.name, "page", language=self.spec.language))
            return
        args = (result.body, result.final_url, self.spec.name, self.spec.language, self.max_bytes)
        document: Document = self.pool.run(read_document, *args) if self.pool else read_document(*args)
        self.found.items += document.items
        for where, reason in document.rejected:
            log.warning("item rejected source=%s item=%s reason=%r", self.spec.name, where, reason)
        self.found.rejected += document.rejected
        for child in document.children:
            self._document(child, depth + 1)
