"""The article index template body, its mapping version, and the names of the versioned indices.

Shared by :mod:`pipeline.index.template` (setup), :mod:`pipeline.index.migrate` and
:mod:`pipeline.index.rollover`; it imports none of them, so they can import each other freely.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.index.definitions import definition_file, load_definition
from pipeline.settings import ElasticsearchSettings

TEMPLATE_FILE = definition_file("article-template")


def load_template(es: ElasticsearchSettings, path: Path = TEMPLATE_FILE) -> dict[str, Any]:
    """The template body with the configured analyzer and index pattern filled in."""
    body = load_definition(path, {"ANALYZER": es.analyzer})
    body["index_patterns"] = [f"{es.index_prefix}-v*"]
    return body


def mapping_version(body: dict[str, Any]) -> int:
    """``_meta.mapping_version`` of a template body or of a mapping returned by Elasticsearch."""
    mappings = body.get("template", body).get("mappings", {})
    return int(mappings.get("_meta", {}).get("mapping_version", 0))


def index_name(es: ElasticsearchSettings, version: int) -> str:
    return f"{es.index_prefix}-v{version}"


def put_template(client: Elasticsearch, es: ElasticsearchSettings, path: Path = TEMPLATE_FILE) -> int:
    """Install (or replace) the composable template; returns its mapping version."""
    body = load_template(es, path)
    client.indices.put_index_template(name=es.index_prefix, **body)
    return mapping_version(body)


def index_mapping_version(client: Elasticsearch, index: str) -> int:
    return mapping_version(client.indices.get_mapping(index=index)[index])
