"""Elasticsearch's disk: per node the disk used, the allocation watermarks, and indices it made read-only.

Past the flood-stage watermark Elasticsearch puts ``index.blocks.read_only_allow_delete`` on every index with a
shard on that node: writes are refused (429) until the disk drops below the high watermark again, when the
block is lifted by itself. The index worker rides such a block out as an outage; ``newsline status`` shows it
here, with how close each node is to each watermark.
"""

from __future__ import annotations

import re
from typing import Any

from elasticsearch import Elasticsearch

WATERMARKS = ("low", "high", "flood_stage")
BLOCK = "read_only_allow_delete"
_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4, "pb": 1024**5}
_BYTES = re.compile(r"^\s*([0-9.]+)\s*([kmgtp]?b)\s*$", re.IGNORECASE)


def parse_bytes(value: str | None) -> int | None:
    """``100GB`` -> bytes; None for anything else (absent, -1, a percentage)."""
    match = _BYTES.match(value or "")
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()]) if match else None


def used_threshold(setting: str, headroom: str | None, total: int) -> int | None:
    """Bytes used at which a watermark is reached on a disk of ``total`` bytes.

    A percentage or ratio (``95%``, ``0.95``) is of used space, its free remainder capped by ``max_headroom``;
    an absolute value (``500mb``) is the free space left.
    """
    value = setting.strip()
    try:
        ratio = float(value[:-1]) / 100 if value.endswith("%") else float(value)
    except ValueError:
        absolute = parse_bytes(value)
        return None if absolute is None else max(total - absolute, 0)
    free = total * (1 - ratio)
    cap = parse_bytes(headroom)
    return int(total - (min(free, float(cap)) if cap is not None else free))


def watermark_settings(client: Elasticsearch) -> dict[str, Any]:
    """The effective disk settings (persistent over transient over defaults)."""
    found = client.cluster.get_settings(include_defaults=True, flat_settings=True)
    merged: dict[str, Any] = {}
    for layer in ("defaults", "persistent", "transient"):
        merged.update(found.get(layer) or {})
    prefix = "cluster.routing.allocation.disk."
    disk = {k[len(prefix):]: v for k, v in merged.items() if k.startswith(prefix)}
    return {
        "threshold_enabled": str(disk.get("threshold_enabled", "true")).lower() == "true",
        **{name: {"value": disk.get(f"watermark.{name}"), "max_headroom": disk.get(f"watermark.{name}.max_headroom")}
           for name in WATERMARKS},
    }


def _node_level(used: int, total: int, marks: dict[str, Any]) -> tuple[str, dict[str, float | None]]:
    """The highest watermark reached and each watermark as a percentage of used space on this node."""
    level, at = "ok", {}
    for name in WATERMARKS:
        setting = marks[name]["value"]
        threshold = used_threshold(setting, marks[name]["max_headroom"], total) if setting and total else None
        at[name] = round(100 * threshold / total, 1) if threshold is not None else None
        if threshold is not None and used >= threshold:
            level = name
    return level, at


def node_disks(client: Elasticsearch, marks: dict[str, Any]) -> dict[str, dict[str, Any]]:
    rows: list[dict[str, Any]] = client.cat.allocation(format="json", bytes="b").body  # type: ignore[assignment]
    nodes: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row.get("disk.total") in (None, ""):  # UNASSIGNED shards' pseudo row
            continue
        used, total = int(row["disk.used"]), int(row["disk.total"])
        level, at = _node_level(used, total, marks)
        nodes[row["node"]] = {"used_percent": round(100 * used / total, 1) if total else None,
                              "used_bytes": used, "total_bytes": total, "available_bytes": int(row["disk.avail"]),
                              "watermark_percent": at, "reached": level}
    return nodes


def blocked_indices(client: Elasticsearch) -> list[str]:
    """Indices carrying ``index.blocks.read_only_allow_delete`` (set at the flood stage, or by hand)."""
    found = client.indices.get_settings(index="*", name=f"index.blocks.{BLOCK}", flat_settings=True,
                                        expand_wildcards="open", allow_no_indices=True)
    return sorted(name for name, doc in found.items()
                  if str((doc.get("settings") or {}).get(f"index.blocks.{BLOCK}", "false")).lower() == "true")


def disk_status(client: Elasticsearch) -> dict[str, Any]:
    marks = watermark_settings(client)
    return {"watermarks": marks, "nodes": node_disks(client, marks), f"{BLOCK}_indices": blocked_indices(client)}
