"""Human-readable output for the CLI (``--json`` prints the raw objects instead)."""

from __future__ import annotations

import json
import re
from typing import Any

BOLD, RESET = "\033[1m", "\033[0m"


def as_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


def _snippet(text: str, color: bool) -> str:
    flat = re.sub(r"\s+", " ", text)
    return flat.replace("<<", BOLD if color else "[").replace(">>", RESET if color else "]")


def hits(result: dict[str, Any], color: bool = False) -> str:
    lines = [f"{result['total']} result(s)"]
    for rank, hit in enumerate(result["hits"], 1):
        date = (hit.get("published_at") or "undated")[:10]
        lines.append(f"\n{rank}. {hit['title']}")
        lines.append(f"   {hit.get('source')} · {date} · {hit.get('language') or '?'} · score {hit['score']:.2f}")
        lines.append(f"   id {hit['id']}" + (f" · {hit['url']}" if hit.get("url") else ""))
        if hit.get("snippet"):
            lines.append(f"   {_snippet(hit['snippet'], color)}")
    return "\n".join(lines)


def mapping(data: dict[str, Any], indent: int = 0) -> str:
    lines = []
    for key, value in data.items():
        if isinstance(value, dict) and value:
            lines.append(" " * indent + f"{key}:")
            lines.append(mapping(value, indent + 2))
        else:
            lines.append(" " * indent + f"{key}: {value}")
    return "\n".join(lines)
