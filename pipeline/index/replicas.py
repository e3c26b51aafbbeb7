"""Replicas of the pipeline's own indices: one copy more whenever a second node exists.

``auto_expand_replicas: 0-1`` keeps a single node green and gives every shard a copy on a second node, so an
Elasticsearch node that dies takes no index with it: the article template, the story-cluster index, the
revisions index and the watchlists/alerts indices all carry it in their definitions (``config/elasticsearch/``).
An index created before it had replicas is brought to it by :func:`ensure_replicas` (a dynamic setting; no reindex).
"""

from __future__ import annotations

import logging

from elasticsearch import Elasticsearch

log = logging.getLogger(__name__)

AUTO_EXPAND = "0-1"


def ensure_replicas(client: Elasticsearch, index: str) -> bool:
    """Set ``auto_expand_replicas`` on the existing ``index`` (alias or name) if it differs; True if changed."""
    current = client.indices.get_settings(index=index, name="index.auto_expand_replicas", flat_settings=True)
    stale = [name for name, body in current.items()
             if body.get("settings", {}).get("index.auto_expand_replicas") != AUTO_EXPAND]
    for name in stale:
        client.indices.put_settings(index=name, settings={"index.auto_expand_replicas": AUTO_EXPAND})
        log.info("replicas set index=%s auto_expand_replicas=%s", name, AUTO_EXPAND)
    return bool(stale)
