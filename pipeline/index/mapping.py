"""The article index template body, its mapping version, and the names of the versioned indices.

Shared by :mod:`pipeline.index.template` (setup), :mod:`pipeline.index.migrate` and
:mod:`pipeline.index.rollover`; it imports none of them, so they can import each other freely.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.index.exceptions import IndexLayoutError
from pipeline.settings import PROJECT_ROOT, ElasticsearchSettings

TEMPLATE_FILE = PROJECT_ROOT / "config" / "elasticsearch" / "article-template.json"


def load_template(es: ElasticsearchSettings, path: Path = TEMPLATE_FILE) -> dict[str, Any]:
    """The template body with the configured analyzer and index pattern filled in."""
    try:
        raw = path.read_text(encoding="utf-8").replace("${ANALYZER}", es.analyzer)
        body: dict[str, Any] = json.loads(raw)
    except (OSError, json.JSONDecodeError) as exc:
        raise IndexLayoutError(f"cannot read index template {path}: {exc}") from None
    body.pop("_comment", None)
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
