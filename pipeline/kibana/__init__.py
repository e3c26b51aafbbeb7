"""Kibana saved objects in ``config/kibana/``: offline validation, checks against the live mapping, import."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from pipeline.index.client import make_client
from pipeline.kibana.exceptions import KibanaError, KibanaImportError, SavedObjectsError
from pipeline.kibana.fields import geo_field_problems, mapping_fields, missing_fields, time_field_problems, used_fields
from pipeline.kibana.importer import check, import_url, post
from pipeline.kibana.objects import load, problems
from pipeline.settings import PROJECT_ROOT, ElasticsearchSettings, Settings

log = logging.getLogger(__name__)

SAVED_OBJECTS_DIR = PROJECT_ROOT / "config" / "kibana"
DATA_VIEW_TITLE = "newsline-articles"  # the read alias in the NDJSON; replaced by the configured one on import


def validate(objects: list[dict[str, Any]], mapping: dict[str, Any] | None = None) -> None:
    """Raise :class:`SavedObjectsError` listing every problem (and every field missing from ``mapping``)."""
    found = problems(objects)
    if mapping is not None and not found:
        found += missing_fields(objects, mapping_fields(mapping)) + time_field_problems(objects, mapping)
        found += geo_field_problems(objects, mapping)
    if found:
        raise SavedObjectsError("invalid Kibana saved objects:\n  " + "\n  ".join(found))


def validate_against_live_mapping(settings: Settings, folder: Path = SAVED_OBJECTS_DIR) -> dict[str, Any]:
    """Check the objects against the mapping Elasticsearch has for the read alias."""
    objects = load(folder)
    es = settings.elasticsearch
    with make_client(es) as client:
        mappings = client.indices.get_mapping(index=es.read_alias)
    for index, mapping in sorted(mappings.items()):
        validate(objects, mapping)
        log.info("kibana objects valid index=%s objects=%d", index, len(objects))
    fields = sorted(set().union(*map(used_fields, objects)))
    return {"objects": len(objects), "indices": sorted(mappings), "fields_used": fields}


def for_alias(objects: list[dict[str, Any]], read_alias: str) -> list[dict[str, Any]]:
    """The objects with the data view pointed at ``read_alias``."""
    out = []
    for obj in objects:
        if obj.get("type") == "index-pattern" and obj["attributes"].get("title") == DATA_VIEW_TITLE:
            obj = {**obj, "attributes": {**obj["attributes"], "title": read_alias}}
        out.append(obj)
    return out


def import_saved_objects(
    url: str, folder: Path = SAVED_OBJECTS_DIR, *, settings: Settings | None = None,
    space: str | None = None, timeout: float = 60.0,
) -> dict[str, Any]:
    objects = load(folder)
    validate(objects)
    es: ElasticsearchSettings | None = settings.elasticsearch if settings else None
    if es is not None:
        objects = for_alias(objects, es.read_alias)
    ndjson = "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in objects).encode()
    target = import_url(url, space)
    report = check(post(target, ndjson, es, timeout), len(objects))
    log.info("kibana import done url=%s space=%s imported=%d", url, space or "default", report["imported"])
    return {**report, "space": space or "default"}


__all__ = [
    "SAVED_OBJECTS_DIR", "KibanaError", "KibanaImportError", "SavedObjectsError", "import_saved_objects",
    "load", "validate", "validate_against_live_mapping",
]
