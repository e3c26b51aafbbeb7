"""Which index fields the saved objects use, and which fields an Elasticsearch mapping has."""

from __future__ import annotations

from typing import Any

from pipeline.kibana.objects import embedded

LENS_RECORDS = "___records___"  # Lens' "count of records" pseudo-field
GEO_AGGREGATIONS = frozenset({"geohash_grid", "geotile_grid", "geo_centroid", "geo_bounds"})
GEO_TYPES = frozenset({"geo_point", "geo_shape"})


def mapping_fields(mapping: dict[str, Any]) -> set[str]:
    """Dotted paths of every field (objects, leaves and multi-field sub-fields) in a mapping."""
    fields: set[str] = set()

    def walk(properties: dict[str, Any], prefix: str) -> None:
        for name, spec in properties.items():
            path = prefix + name
            fields.add(path)
            walk(spec.get("properties", {}), path + ".")
            fields.update(f"{path}.{sub}" for sub in spec.get("fields", {}))

    walk(mapping.get("mappings", mapping).get("properties", {}), "")
    return fields


def _vis_fields(parsed: dict[str, Any]) -> set[str]:
    aggs = parsed.get("visState", {}).get("aggs", [])
    return {agg["params"]["field"] for agg in aggs if isinstance(agg.get("params", {}).get("field"), str)}


def _lens_fields(attributes: dict[str, Any]) -> set[str]:
    layers = attributes.get("state", {}).get("datasourceStates", {}).get("formBased", {}).get("layers", {})
    columns = [col for layer in layers.values() for col in layer.get("columns", {}).values()]
    return {col["sourceField"] for col in columns if col.get("sourceField") not in (None, LENS_RECORDS)}


def used_fields(obj: dict[str, Any]) -> set[str]:
    """Index fields an object reads: time field, columns, sort, aggregation and Lens source fields."""
    attributes = obj.get("attributes", {})
    kind = obj.get("type")
    if kind == "index-pattern":
        return {attributes["timeFieldName"]} if attributes.get("timeFieldName") else set()
    if kind == "search":
        return set(attributes.get("columns", [])) | {pair[0] for pair in attributes.get("sort", [])}
    if kind == "visualization":
        return _vis_fields(embedded(obj))
    if kind == "lens":
        return _lens_fields(attributes)
    return set()


def missing_fields(objects: list[dict[str, Any]], available: set[str]) -> list[str]:
    problems = []
    for obj in objects:
        for field in sorted(used_fields(obj) - available):
            problems.append(f"{obj.get('type')}:{obj.get('id')} uses field {field!r}, which the index mapping lacks")
    return problems


def field_type(mapping: dict[str, Any], path: str) -> str | None:
    """The mapped ``type`` of a dotted field path (an object without ``type`` is "object"); None when absent."""
    spec: dict[str, Any] = {"properties": mapping.get("mappings", mapping).get("properties", {})}
    for name in path.split("."):
        spec = spec.get("properties", {}).get(name) or spec.get("fields", {}).get(name)
        if spec is None:
            return None
    return str(spec.get("type", "object"))


def geo_fields(obj: dict[str, Any]) -> set[str]:
    """Fields a visualization puts on a map (geohash/geotile grid, centroid, bounds aggregations)."""
    if obj.get("type") != "visualization":
        return set()
    aggs = embedded(obj).get("visState", {}).get("aggs", [])
    return {agg["params"]["field"] for agg in aggs
            if agg.get("type") in GEO_AGGREGATIONS and isinstance(agg.get("params", {}).get("field"), str)}


def geo_field_problems(objects: list[dict[str, Any]], mapping: dict[str, Any]) -> list[str]:
    """A field a map aggregates on must be a ``geo_point`` (or ``geo_shape``) of the mapping."""
    found = []
    for obj in objects:
        for name in sorted(geo_fields(obj)):
            kind = field_type(mapping, name)
            if kind is not None and kind not in GEO_TYPES:
                found.append(f"{obj.get('type')}:{obj.get('id')} maps field {name!r}, which is a {kind}, not a geo_point")
    return found


def time_field_problems(objects: list[dict[str, Any]], mapping: dict[str, Any]) -> list[str]:
    """A data view's time field must be a ``date`` (or ``date_nanos``) field of the mapping."""
    properties = mapping.get("mappings", mapping).get("properties", {})
    found = []
    for obj in objects:
        name = obj.get("attributes", {}).get("timeFieldName") if obj.get("type") == "index-pattern" else None
        kind = properties.get(name, {}).get("type") if name else None
        if name and kind not in (None, "date", "date_nanos"):
            found.append(f"{obj.get('type')}:{obj.get('id')} time field {name!r} is a {kind}, not a date")
    return found
