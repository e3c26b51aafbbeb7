"""Fetching one stored document by id or URL."""

from __future__ import annotations

from typing import Any

from elasticsearch import Elasticsearch

from pipeline.models.urls import article_id_for_url
from pipeline.search.exceptions import NotFoundError
from pipeline.settings import ElasticsearchSettings


def document_id(id_or_url: str) -> str:
    candidate = id_or_url.strip()
    if "://" in candidate:
        return article_id_for_url(candidate)
    return candidate.lower()


def show(client: Elasticsearch, es: ElasticsearchSettings, id_or_url: str) -> dict[str, Any]:
    doc_id = document_id(id_or_url)
    response = client.search(index=es.read_alias, query={"ids": {"values": [doc_id]}}, size=1)
    hits = response["hits"]["hits"]
    if not hits:
        raise NotFoundError(f"no document with id {doc_id} (from {id_or_url!r})")
    return dict(hits[0]["_source"])


def count(client: Elasticsearch, es: ElasticsearchSettings) -> int:
    return int(client.count(index=es.read_alias)["count"])
