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


def _count_line(result: dict[str, Any]) -> str:
    if result.get("collapsed"):
        return f"{result.get('total_stories', 0)} stories ({result['total']} articles)"
    return f"{result['total']} result(s)"


def _copies(hit: dict[str, Any]) -> str:
    if not hit.get("copies"):
        return ""
    sources = ", ".join(hit.get("sources") or [])
    return f"   + {hit['copies']} other cop{'y' if hit['copies'] == 1 else 'ies'} · sources: {sources}"


def hits(result: dict[str, Any], color: bool = False) -> str:
    lines = [_count_line(result)]
    for rank, hit in enumerate(result["hits"], result.get("offset", 0) + 1):
        date = (hit.get("published_at") or "undated")[:10]
        lines.append(f"\n{rank}. {hit['title']}")
        extra = "".join(f" · {part}" for part in (",".join(hit.get("countries") or []),
                                                   f"story {hit['story_id']}" if hit.get("story_id") else "") if part)
        score = f"score {hit['score']:.2f}" if hit.get("score") is not None else "by date"
        lines.append(f"   {hit.get('source')} · {date} · {hit.get('language') or '?'}{extra} · {score}")
        lines.append(f"   id {hit['id']}" + (f" · {hit['url']}" if hit.get("url") else ""))
        if hit.get("snippet"):
            lines.append(f"   {_snippet(hit['snippet'], color)}")
        if _copies(hit):
            lines.append(_copies(hit))
        lines += [f"   {line}" for line in quotes(hit.get("quotes") or [])]
    return "\n".join(lines)


def similar(result: dict[str, Any]) -> str:
    """Related stories of one article, each with what it shares with it."""
    lines = [f"related to: {result.get('title')} (story {result.get('story_key')})"]
    for rank, hit in enumerate(result["hits"], 1):
        date = (hit.get("published_at") or "undated")[:10]
        lines.append(f"\n{rank}. {hit['title']}\n   {hit.get('source')} · {date} · id {hit['id']}")
        shared = "; ".join(f"{k}: {', '.join(v)}" for k, v in (hit.get("shared") or {}).items())
        if shared:
            lines.append(f"   shares {shared}")
        if _copies(hit):
            lines.append(_copies(hit))
    if not result["hits"]:
        lines.append("no related coverage from other stories")
    return "\n".join(lines)


def quotes(items: list[dict[str, Any]]) -> list[str]:
    """``“text” — speaker (verb)`` per quote."""
    return [f"“{q['text']}” — {q.get('speaker') or 'unattributed'}" + (f" ({q['verb']})" if q.get("verb") else "")
            for q in items]


def document(doc: dict[str, Any]) -> str:
    """A stored document for ``newsline show``: its fields, its quotes one per line, its event's stories."""
    listed = quotes(doc.get("quotes") or [])
    body = mapping({k: v for k, v in doc.items() if k not in ("quotes", "event")})
    body += "\nquotes:\n" + "\n".join(f"  {line}" for line in listed) if listed else "\nquotes: none"
    return body + ("\n" + event(doc["event"]) if doc.get("event") else "")


def event(data: dict[str, Any]) -> str:
    """``event ID: N articles, S stories`` then, per language, one line per story (earliest article)."""
    lines = [f"event {data['id']}: {data['articles']} articles, {data['stories']} stories"]
    for lang, stories in data["languages"].items():
        lines.append(f"  {lang}:")
        lines += [f"    {s['published_at'] or '-'}  {s['source']}  {s['title']}  [{s['id'][:12]}]" for s in stories]
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


FACET_TITLES = {"sources": "sources", "persons": "people", "organizations": "organisations", "places": "places",
                "countries": "countries", "languages": "languages", "events": "events"}


def _bucket(b: dict[str, Any]) -> str:
    stories = b.get("stories")
    return f"{b['value']} ({b['count']})" if not stories or stories == b["count"] else \
        f"{b['value']} ({b['count']} articles, {stories} stories)"


def facets(data: dict[str, list[dict[str, Any]]]) -> str:
    """One line per non-empty facet: ``people: Hakan Fidan (3), Ali Mamlouk (2)``."""
    lines = []
    for name, title in FACET_TITLES.items():
        buckets = data.get(name) or []
        if buckets:
            lines.append(f"  {title}: " + ", ".join(_bucket(b) for b in buckets))
    return "\nfacets\n" + "\n".join(lines) if lines else ""
