"""``newsline index status``: the versioned indices, their aliases, document counts and mapping versions."""

from __future__ import annotations

from typing import Any

from elasticsearch import Elasticsearch

from pipeline.index.mapping import index_mapping_version, load_template, mapping_version
from pipeline.settings import ElasticsearchSettings


def index_status(client: Elasticsearch, es: ElasticsearchSettings) -> dict[str, Any]:
    found = client.indices.get_alias(index=f"{es.index_prefix}-v*", allow_no_indices=True)
    indices = {}
    for name in sorted(found):
        aliases = found[name]["aliases"]
        indices[name] = {
            "documents": int(client.count(index=name)["count"]),
            "mapping_version": index_mapping_version(client, name),
            "read": es.read_alias in aliases,
            "write": bool(aliases.get(es.write_alias, {}).get("is_write_index", es.write_alias in aliases)),
        }
    return {
        "read_alias": es.read_alias, "write_alias": es.write_alias,
        "template_mapping_version": mapping_version(load_template(es)), "indices": indices,
    }
