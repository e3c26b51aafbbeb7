"""The article index template, versioned physical indices, and the read/write aliases."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.settings import PROJECT_ROOT, ElasticsearchSettings

log = logging.getLogger(__name__)

TEMPLATE_FILE = PROJECT_ROOT / "config" / "elasticsearch" / "article-template.json"


def load_template(es: ElasticsearchSettings, path: Path = TEMPLATE_FILE) -> dict[str, Any]:
    """The template body with the configured analyzer and index pattern filled in."""
    raw = path.read_text(encoding="utf-8").replace("${ANALYZER}", es.analyzer)
    body: dict[str, Any] = json.loads(raw)
    body.pop("_comment", None)
    body["index_patterns"] = [f"{es.index_prefix}-v*"]
    return body


def index_name(es: ElasticsearchSettings, version: int) -> str:
    return f"{es.index_prefix}-v{version}"


def ensure_index(client: Elasticsearch, es: ElasticsearchSettings) -> str:
    """Install the template; create version 1 behind the aliases unless the write alias exists."""
    client.indices.put_index_template(name=es.index_prefix, **load_template(es))
    if client.indices.exists_alias(name=es.write_alias):
        current = next(iter(client.indices.get_alias(name=es.write_alias)))
        log.info("index exists alias=%s index=%s", es.write_alias, current)
        return str(current)
    name = index_name(es, 1)
    client.indices.create(
        index=name,
        aliases={es.read_alias: {}, es.write_alias: {"is_write_index": True}},
    )
    log.info("index created index=%s read_alias=%s write_alias=%s", name, es.read_alias, es.write_alias)
    return name
