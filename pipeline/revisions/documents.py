"""The revisions index: every revision's full text, one document ``<article id>:<revision>``.

It is a concrete index ``<prefix>-revisions-v1`` behind the alias ``<prefix>-revisions`` (written with
``require_alias``: a missing alias stops the index worker as misconfigured, it never creates an index with a
guessed mapping). The documents are built and written by the index sink (:mod:`pipeline.index.document`,
:mod:`pipeline.index.sink`). Each revision document is written with ``version`` = the revision's first fetch (µs) and
``version_type=external_gte``: a redelivered or re-enriched copy rewrites the same content, a copy of an
article marked removed or moved rewrites it unchanged, and nothing older overwrites anything newer.
"""

from __future__ import annotations

from typing import Any

from elasticsearch import Elasticsearch

from pipeline.index.definitions import definition_file, load_definition
from pipeline.index.document import revisions_alias
from pipeline.index.exceptions import IndexLayoutError
from pipeline.index.replicas import ensure_replicas
from pipeline.revisions.exceptions import RevisionsError
from pipeline.settings import Settings

__all__ = ["ensure_revisions_index", "index_body", "revisions_alias", "revisions_index"]

INDEX_FILE = definition_file("revisions-index")


def revisions_index(settings: Settings) -> str:
    return f"{revisions_alias(settings)}-v1"


def index_body(settings: Settings) -> dict[str, Any]:
    try:
        return load_definition(INDEX_FILE, {"ANALYZER": settings.elasticsearch.analyzer})
    except IndexLayoutError as exc:
        raise RevisionsError(str(exc)) from None


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
