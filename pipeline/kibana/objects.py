"""Reading NDJSON saved objects and checking them without Kibana: ids, references, embedded JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.kibana.exceptions import SavedObjectsError

# string attributes that hold JSON documents (Kibana parses them when it loads the object)
JSON_ATTRIBUTES = ("visState", "uiStateJSON", "panelsJSON", "optionsJSON", "searchSourceJSON", "fieldFormatMap",
                   "fieldAttrs", "runtimeFieldMap", "controlGroupInput")

# Kibana's dashboard attributes schema forbids unknown keys
DASHBOARD_ATTRIBUTES = frozenset({"title", "description", "kibanaSavedObjectMeta", "timeRestore", "timeFrom", "timeTo",
                                  "refreshInterval", "controlGroupInput", "panelsJSON", "optionsJSON", "hits", "version"})


# What Kibana 9.2 writes on export: core transforms stopped at 8.8.0; per type, the last migration (legacy
# "x.y.z" keys) or model version N as "10.N.0" (index-pattern: 8.0.0, visualization: 8.5.0, search: model
# version 9, dashboard: model version 3). A higher version than Kibana knows makes it refuse the import; a
# missing one makes it run every migration on the object.
CORE_MIGRATION_VERSION = "8.8.0"
TYPE_MIGRATION_VERSIONS = {"index-pattern": "8.0.0", "visualization": "8.5.0", "search": "10.9.0",
                           "dashboard": "10.3.0", "lens": "8.9.0"}


def load(folder: Path) -> list[dict[str, Any]]:
    """Every object of every ``*.ndjson`` file in ``folder`` (sorted by file name)."""
    objects: list[dict[str, Any]] = []
    files = sorted(folder.glob("*.ndjson"))
    if not files:
        raise SavedObjectsError(f"no .ndjson files in {folder}")
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                objects.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SavedObjectsError(f"{path.name}:{number}: not JSON: {exc}") from None
    return objects


def embedded(obj: dict[str, Any]) -> dict[str, Any]:
    """The parsed JSON strings of an object's attributes, keyed by attribute name."""
    attributes = obj.get("attributes", {})
    found = {key: attributes[key] for key in JSON_ATTRIBUTES if isinstance(attributes.get(key), str)}
    meta = attributes.get("kibanaSavedObjectMeta", {})
    if isinstance(meta.get("searchSourceJSON"), str):
        found["searchSourceJSON"] = meta["searchSourceJSON"]
    return {key: json.loads(value) for key, value in found.items()}


def _check_embedded(obj: dict[str, Any], label: str) -> list[str]:
    try:
        embedded(obj)
    except json.JSONDecodeError as exc:
        return [f"{label}: an embedded JSON attribute does not parse: {exc}"]
    return []


def _check_reference_names(obj: dict[str, Any], label: str) -> list[str]:
    """``indexRefName`` and ``panelRefName`` inside embedded JSON must name one of the object's references."""
    names = {ref.get("name") for ref in obj.get("references", [])}
    problems = []
    parsed = embedded(obj)
    ref_name = parsed.get("searchSourceJSON", {}).get("indexRefName")
    if ref_name and ref_name not in names:
        problems.append(f"{label}: indexRefName {ref_name!r} is not among its references")
    for panel in parsed.get("panelsJSON", []):
        ref = panel.get("panelRefName")
        if ref and ref not in names and f"{panel.get('panelIndex')}:{ref}" not in names:
            problems.append(f"{label}: panel {panel.get('panelIndex')} refers to missing reference {ref!r}")
    return problems


def _check_versions(obj: dict[str, Any], label: str) -> list[str]:
    expected = TYPE_MIGRATION_VERSIONS.get(obj["type"])
    found = []
    if obj.get("coreMigrationVersion") != CORE_MIGRATION_VERSION:
        found.append(f"{label}: coreMigrationVersion {obj.get('coreMigrationVersion')!r}, "
                     f"Kibana 9.2 writes {CORE_MIGRATION_VERSION!r}")
    if expected is None:
        found.append(f"{label}: no known typeMigrationVersion for type {obj['type']!r}")
    elif obj.get("typeMigrationVersion") != expected:
        found.append(f"{label}: typeMigrationVersion {obj.get('typeMigrationVersion')!r}, Kibana 9.2 writes {expected!r}")
    return found


def _check_time_restore(attributes: dict[str, Any], label: str) -> list[str]:
    if not attributes.get("timeRestore"):
        return []
    if not (isinstance(attributes.get("timeFrom"), str) and isinstance(attributes.get("timeTo"), str)):
        return [f"{label}: timeRestore needs timeFrom and timeTo"]
    return []


def _check_tabs(attributes: dict[str, Any], label: str) -> list[str]:
    """A Discover session (model version >= 7) keeps its state in ``tabs``; the top level mirrors the first tab."""
    tabs = attributes.get("tabs")
    if not isinstance(tabs, list) or not tabs:
        return [f"{label}: a saved search needs at least one tab"]
    first = tabs[0].get("attributes", {})
    top = {k: v for k, v in attributes.items() if k not in ("title", "description", "tabs")}
    if first != top:
        return [f"{label}: the first tab's attributes differ from the top-level ones ({sorted(set(first) ^ set(top))})"]
    return []


def problems(objects: list[dict[str, Any]]) -> list[str]:
    """Unique (type, id), required keys, every reference resolving, embedded JSON parsing."""
    found: list[str] = []
    keys = [(o.get("type"), o.get("id")) for o in objects]
    seen: set[tuple[Any, Any]] = set()
    for key in keys:
        if key in seen:
            found.append(f"duplicate saved object {key[0]}:{key[1]}")
        seen.add(key)
    ids = [str(o.get("id")) for o in objects]
    found += [f"id {i!r} is used by more than one object" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for obj in objects:
        label = f"{obj.get('type')}:{obj.get('id')}"
        if not obj.get("type") or not obj.get("id") or not isinstance(obj.get("attributes"), dict):
            found.append(f"{label}: needs type, id and attributes")
            continue
        for ref in obj.get("references", []):
            if (ref.get("type"), ref.get("id")) not in seen:
                found.append(f"{label}: reference {ref.get('name')!r} to missing {ref.get('type')}:{ref.get('id')}")
        found += _check_versions(obj, label)
        if obj["type"] == "dashboard":
            found += [f"{label}: unknown dashboard attribute {key!r}" for key in sorted(set(obj["attributes"]) -
                                                                                       DASHBOARD_ATTRIBUTES)]
            found += _check_time_restore(obj["attributes"], label)
        if obj["type"] == "search":
            found += _check_tabs(obj["attributes"], label)
        bad_json = _check_embedded(obj, label)
        found += bad_json or _check_reference_names(obj, label)
    return found
