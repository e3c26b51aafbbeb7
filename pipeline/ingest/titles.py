"""Each host's recent page titles, kept in the ingest state, and the headline without the site or section name
they give away (:mod:`pipeline.extract.site_titles`)."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from pipeline.extract import Extracted
from pipeline.extract.site_titles import repeated_parts, without_parts
from pipeline.ingest.store import IngestStore


class HostTitles:
    """Learns from every extracted page of a run (and of earlier runs, through the store)."""

    def __init__(self, store: IngestStore) -> None:
        self.store = store

    def headline_of(self, page: Extracted, url: str) -> Extracted:
        """``page`` with the host's repeated title parts cut off its headline; its ``<title>`` remembered."""
        host = (urlsplit(url).hostname or "").lower()
        if not host or not page.page_title:
            return page
        self.store.add_page_title(host, page.page_title)
        parts = repeated_parts(self.store.page_titles(host))
        headline = without_parts(page.title, parts)
        return page if headline == page.title else replace(page, title=headline)
