"""``newsline index rollover``: start a new index version for writes; reads keep spanning all versions.

Rollover copies nothing. Versions guard writes within one index only; the index worker keeps one copy per
article across the versions (:mod:`pipeline.index.earlier`). ``newsline index migrate`` merges copies left by
other writers, keeping per id the copy newest by (external version, ``indexed_at``).
"""

from __future__ import annotations

import logging
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.index.aliases import next_version
from pipeline.index.mapping import index_name, put_template
from pipeline.settings import ElasticsearchSettings

log = logging.getLogger(__name__)


def conditions(max_docs: int | None, max_age: str | None, max_size: str | None) -> dict[str, Any]:
    given = {"max_docs": max_docs, "max_age": max_age, "max_primary_shard_size": max_size}
    return {key: value for key, value in given.items() if value is not None}


def rollover(
    client: Elasticsearch, es: ElasticsearchSettings, when: dict[str, Any] | None = None, *, dry_run: bool = False
) -> dict[str, Any]:
    """Roll the write alias over to ``<prefix>-v<N+1>`` (unconditionally, or when a condition is met)."""
    put_template(client, es)
    new = index_name(es, next_version(client, es))
    response = client.indices.rollover(
        alias=es.write_alias, new_index=new, conditions=when or None,
        aliases={es.read_alias: {}}, dry_run=dry_run,
    )
    report = {
        "rolled_over": bool(response["rolled_over"]), "dry_run": dry_run,
        "old_index": response["old_index"], "new_index": response["new_index"],
        "conditions": response.get("conditions", {}),
    }
    log.info("rollover old_index=%s new_index=%s rolled_over=%s dry_run=%s", report["old_index"],
             report["new_index"], report["rolled_over"], dry_run)
    return report
