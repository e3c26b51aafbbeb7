"""Which versioned indices sit behind the read and write aliases, and atomic alias changes."""

from __future__ import annotations

import logging
import re
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.index.exceptions import IndexLayoutError
from pipeline.settings import ElasticsearchSettings

log = logging.getLogger(__name__)


def version_of(es: ElasticsearchSettings, index: str) -> int | None:
    match = re.fullmatch(re.escape(es.index_prefix) + r"-v(\d+)", index)
    return int(match.group(1)) if match else None


def behind(client: Elasticsearch, alias: str) -> list[str]:
    """The indices an alias points at (empty if the alias does not exist)."""
    if not client.indices.exists_alias(name=alias):
        return []
    return sorted(client.indices.get_alias(name=alias))


def write_index(client: Elasticsearch, es: ElasticsearchSettings) -> str:
    """The index that receives writes through the write alias."""
    if not client.indices.exists_alias(name=es.write_alias):
        raise IndexLayoutError(f"write alias {es.write_alias} does not exist; run `newsline setup`")
    aliases = client.indices.get_alias(name=es.write_alias)
    flagged = [name for name, data in aliases.items() if data["aliases"][es.write_alias].get("is_write_index")]
    if len(aliases) > 1 and len(flagged) != 1:
        raise IndexLayoutError(f"write alias {es.write_alias} spans {sorted(aliases)} without one write index")
    return str(flagged[0] if flagged else next(iter(aliases)))


def next_version(client: Elasticsearch, es: ElasticsearchSettings) -> int:
    """One past the highest ``<prefix>-v<N>`` that exists (open, closed or behind no alias)."""
    existing = client.indices.get(index=f"{es.index_prefix}-v*", expand_wildcards="all", allow_no_indices=True)
    versions = [v for v in (version_of(es, name) for name in existing) if v is not None]
    return max(versions, default=0) + 1


def swap(client: Elasticsearch, actions: list[dict[str, Any]]) -> None:
    """Apply all alias actions in one ``POST _aliases`` request: readers see either before or after."""
    client.indices.update_aliases(actions=actions)
    log.info("aliases updated actions=%d", len(actions))


def move_alias(alias: str, old: list[str], new: str, *, write: bool = False) -> list[dict[str, Any]]:
    """Actions that make ``alias`` point at ``new`` only."""
    actions: list[dict[str, Any]] = [{"remove": {"index": name, "alias": alias}} for name in old if name != new]
    add: dict[str, Any] = {"index": new, "alias": alias}
    if write:
        add["is_write_index"] = True
    return [*actions, {"add": add}]
