"""The article index template, versioned physical indices, and the read/write aliases."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.index.aliases import write_index
from pipeline.index.exceptions import IndexLayoutError
from pipeline.settings import PROJECT_ROOT, ElasticsearchSettings

log = logging.getLogger(__name__)

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


def ensure_index(
    client: Elasticsearch, es: ElasticsearchSettings, path: Path = TEMPLATE_FILE, *, migrate_outdated: bool = True
) -> str:
    """Install the template; create version 1 behind the aliases unless the write alias exists.

    If the write index has an older ``_meta.mapping_version`` than the template, migrate to a new version
    (no search downtime, see :mod:`pipeline.index.migrate`), so new fields are never rejected by an old mapping.
    """
    wanted = put_template(client, es, path)
    if client.indices.exists_alias(name=es.write_alias):
        current = write_index(client, es)
        have = index_mapping_version(client, current)
        if have < wanted and migrate_outdated:
            from pipeline.index.migrate import migrate  # migrate builds on this module

            log.warning("index mapping outdated index=%s mapping_version=%d template_version=%d action=migrate",
                        current, have, wanted)
            return str(migrate(client, es, template=path)["to"])
        if have != wanted:
            log.warning("index mapping differs index=%s mapping_version=%d template_version=%d",
                        current, have, wanted)
        log.info("index exists alias=%s index=%s", es.write_alias, current)
        return current
    name = index_name(es, 1)
    client.indices.create(
        index=name,
        aliases={es.read_alias: {}, es.write_alias: {"is_write_index": True}},
    )
    log.info("index created index=%s read_alias=%s write_alias=%s", name, es.read_alias, es.write_alias)
    return name
