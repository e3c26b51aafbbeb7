"""The revisions index: every revision's full text, one document ``<article id>:<revision>``.

It is a concrete index ``<prefix>-revisions-v1`` behind the alias ``<prefix>-revisions`` (written with
``require_alias``: a missing alias stops the index worker as misconfigured, it never creates an index with a
guessed mapping). Each revision document is written with ``version`` = the revision's first fetch (µs) and
``version_type=external_gte``: a redelivered or re-enriched copy rewrites the same content, a copy of an
article marked removed or moved rewrites it unchanged, and nothing older overwrites anything newer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from elasticsearch import Elasticsearch
from kafka.consumer.fetcher import ConsumerRecord

from pipeline.index.bulk import Backoff, BulkLimits, ItemOutcome, bulk_index
from pipeline.index.replicas import ensure_replicas
from pipeline.models import EnrichedArticle
from pipeline.models.article import current_revision
from pipeline.models.record import EPOCH
from pipeline.revisions.exceptions import RevisionsError
from pipeline.settings import PROJECT_ROOT, Settings

INDEX_FILE = PROJECT_ROOT / "config" / "elasticsearch" / "revisions-index.json"


def revisions_alias(settings: Settings) -> str:
    return f"{settings.elasticsearch.index_prefix}-{settings.revisions.index_suffix}"


def revisions_index(settings: Settings) -> str:
    return f"{revisions_alias(settings)}-v1"


def index_body(settings: Settings) -> dict[str, Any]:
    try:
        body: dict[str, Any] = json.loads(INDEX_FILE.read_text("utf-8").replace("${ANALYZER}",
                                                                                settings.elasticsearch.analyzer))
    except (OSError, json.JSONDecodeError) as exc:
        raise RevisionsError(f"cannot read {INDEX_FILE}: {exc}") from None
    body.pop("_comment", None)
    return body


def ensure_revisions_index(client: Elasticsearch, settings: Settings) -> str:
    """Create the revisions index behind its alias unless the alias exists; the index name behind it."""
    alias = revisions_alias(settings)
    if client.indices.exists_alias(name=alias):
        ensure_replicas(client, alias)  # created by a version that kept no replica
        return str(next(iter(client.indices.get_alias(name=alias))))
    name = revisions_index(settings)
    client.options(ignore_status=400).indices.create(
        index=name, aliases={alias: {"is_write_index": True}}, **index_body(settings))
    return name


def micros(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(microseconds=1)


def revision_document(enriched: EnrichedArticle, indexed_at: datetime) -> tuple[str, dict[str, Any], int]:
    """``(doc id, body, external version)`` of the revision an enriched article carries."""
    article = enriched.article
    info = current_revision(article)
    body = {
        "article_id": article.id, "revision": info.revision, "fetched_at": info.fetched_at.isoformat(),
        "content_sha256": info.content_sha256, "title": article.title, "text": article.text,
        "url": info.url or article.url, "canonical_url": article.canonical_url, "source": article.source,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "indexed_at": indexed_at.isoformat(),
    }
    return f"{article.id}:{info.revision}", body, micros(info.fetched_at)


@dataclass
class RevisionBatch:
    """The revision documents of one index batch: per revision id the copy with the highest version.

    Collected from every decoded record, also the older copies of an article the batch supersedes: two
    revisions of one article in one batch both reach the revisions index.
    """

    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)
    origin: dict[str, ConsumerRecord] = field(default_factory=dict)

    def add(self, enriched: EnrichedArticle, record: ConsumerRecord, indexed_at: datetime) -> None:
        doc_id, body, version = revision_document(enriched, indexed_at)
        if self.versions.get(doc_id, -1) <= version:
            self.docs[doc_id], self.versions[doc_id], self.origin[doc_id] = body, version, record

    def write(self, client: Elasticsearch, alias: str, backoff: Backoff, limits: BulkLimits) -> Mapping[str, ItemOutcome]:
        """Bulk-write them (the article bulk's retry, outage and misconfiguration rules apply)."""
        if not self.docs:
            return {}
        return bulk_index(client, alias, self.docs, backoff, versions=self.versions, limits=limits)
