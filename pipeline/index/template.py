"""Setting up the article index: the template, version 1 behind the read/write aliases, migration when outdated.

The template body, index names and mapping versions live in :mod:`pipeline.index.mapping` (re-exported here).
"""

from __future__ import annotations

import logging
from pathlib import Path

from elasticsearch import Elasticsearch

from pipeline.index.aliases import write_index
from pipeline.index.mapping import (
    TEMPLATE_FILE,
    index_mapping_version,
    index_name,
    load_template,
    mapping_version,
    put_template,
)
from pipeline.index.migrate import migrate
from pipeline.settings import ElasticsearchSettings

__all__ = [
    "TEMPLATE_FILE", "ensure_index", "index_mapping_version", "index_name", "load_template", "mapping_version",
    "put_template",
]

log = logging.getLogger(__name__)


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
