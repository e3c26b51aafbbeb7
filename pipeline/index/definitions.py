"""Every index newsline creates is defined in one JSON file under ``config/elasticsearch/`` (one form, for
operators and Kibana alike: the files are what Elasticsearch receives, readable without Python).

- ``article-template.json``: the composable template of the versioned article indices (:mod:`pipeline.index.mapping`);
- ``revisions-index.json``: the revisions index (:mod:`pipeline.revisions.documents`);
- ``clusters-index.json``: the story-cluster store (:mod:`pipeline.enrich.clusters.es_store`);
- ``events-index.json``: the cross-language event store (:mod:`pipeline.enrich.events.es_store`);
- ``watchlists-index.json`` and ``alerts-index.json``: watchlists and alerts (:mod:`pipeline.watch.store`).

:func:`load_definition` reads one, fills ``${NAME}`` placeholders (e.g. ``${ANALYZER}``) and drops ``_comment``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pipeline.index.exceptions import IndexLayoutError
from pipeline.settings import PROJECT_ROOT

DEFINITIONS_DIR = PROJECT_ROOT / "config" / "elasticsearch"


def definition_file(name: str) -> Path:
    return DEFINITIONS_DIR / f"{name}.json"


def load_definition(source: str | Path, values: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The body of definition ``source`` (a name under ``config/elasticsearch/`` or a path), placeholders filled.

    Raises :class:`IndexLayoutError` naming the file when it cannot be read or is not a JSON object.
    """
    path = definition_file(source) if isinstance(source, str) else source
    try:
        raw = path.read_text(encoding="utf-8")
        for name, value in (values or {}).items():
            raw = raw.replace("${" + name + "}", value)
        body = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IndexLayoutError(f"cannot read index definition {path}: {exc}") from None
    if not isinstance(body, dict):
        raise IndexLayoutError(f"index definition {path} is not a JSON object")
    body.pop("_comment", None)
    return body
