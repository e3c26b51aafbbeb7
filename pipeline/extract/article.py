"""The one builder from an extracted page (+ where and when it was fetched) to an :class:`Article` record.

Ingest, re-checks and file replay all build their records here; each supplies only its provenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pipeline.extract.timing import Known, resolve
from pipeline.extract.trafilatura_adapter import EXTRACTOR, Extracted
from pipeline.models import Article
from pipeline.models.urls import hostname_of


@dataclass(frozen=True)
class Origin:
    """Provenance of one extracted page.

    ``canonical_url`` defaults to the canonical form of ``final_url``; ``article_id`` (re-checks) keeps an
    existing article's id and canonical URL as given; ``language`` is used when the page declares none.
    ``published_at`` is a publication time known before the page was read: with ``published_from="feed"`` the
    feed's ``pubDate`` or the sitemap's ``news:publication_date``, evidence weighed against the page's own
    stamps (:func:`pipeline.extract.timing.resolve`) and kept as ``feed_published_at``; with ``"record"`` (re-checks)
    the time recorded at first ingest, kept. ``served_at`` is when the page was served, known for a live fetch
    (its ``fetched_at``), not for a saved file: a stamp the page shows relative to it ("4 hours ago") counts only
    where it is known.
    """

    source: str
    fetched_at: datetime
    requested_url: str | None = None
    final_url: str | None = None
    canonical_url: str | None = None
    article_id: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    published_from: Known = "feed"
    served_at: datetime | None = None


def build_article(page: Extracted, origin: Origin) -> Article:
    timing = resolve(page.published, page.modified, origin.fetched_at, origin.published_at, origin.published_from,
                     page.published_ago, origin.served_at)
    fields: dict[str, Any] = {
        "url": origin.final_url, "requested_url": origin.requested_url, "source": origin.source,
        "authors": page.authors, "author_organizations": page.author_organizations,
        "published_at": timing.published_at, "published_precision": timing.precision,
        "published_zone": timing.zone, "modified_at": timing.modified_at,
        "feed_published_at": timing.feed_published_at, "page_title": page.page_title,
        "fetched_at": origin.fetched_at, "language": page.language or origin.language, "sitename": page.sitename,
        "description": page.description, "image": page.image, "categories": page.categories, "tags": page.tags,
        "extraction": EXTRACTOR,
    }
    if origin.article_id is None:
        if origin.canonical_url:
            fields["canonical_url"] = origin.canonical_url
        return Article.build(title=page.title, text=page.text, **fields)
    return Article(
        id=origin.article_id, canonical_url=origin.canonical_url, title=page.title, text=page.text,
        hostname=hostname_of(origin.canonical_url or origin.final_url), **fields,
    )
