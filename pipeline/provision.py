"""Creates what the pipeline needs on running services: topics, index template, index and aliases."""

from __future__ import annotations

from pipeline.index.client import make_client
from pipeline.index.template import ensure_index
from pipeline.kafka.admin import ensure_topics
from pipeline.revisions.documents import ensure_revisions_index
from pipeline.settings import Settings
from pipeline.watch.store import ensure_indices


def run_setup(settings: Settings) -> dict[str, object]:
    created = ensure_topics(settings.kafka)
    with make_client(settings.elasticsearch) as client:
        index = ensure_index(client, settings.elasticsearch)
        watch = ensure_indices(client, settings)  # watchlists and alerts
        revisions = ensure_revisions_index(client, settings)
    return {"topics_created": created, "write_index": index, "watch_indices_created": watch,
            "revisions_index": revisions}
