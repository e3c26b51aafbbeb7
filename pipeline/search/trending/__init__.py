"""``newsline trending``: stories (or events) ranked by a burst score against their own recent baseline.

- :mod:`.score`: the burst score, pure logic (documented there and in the README, section "Trending");
- :mod:`.query`: the Elasticsearch aggregations that count articles, distinct and new sources per window (three
  searches: candidates, their counts, the shown stories' details).

:func:`trending` groups by ``story_key`` (``by="story"``) or by ``event_id`` (``by="event"``, cross-language
events); when the read alias has no ``event_id`` field yet it ranks stories and says so in ``note``.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from elasticsearch import ApiError, Elasticsearch

from pipeline.search.exceptions import SearchError
from pipeline.search.trending import query
from pipeline.search.trending.score import Activity, Burst, StoryCounts, TrendParams, rank, window_edges
from pipeline.settings import ElasticsearchSettings

GROUPS = {"story": "story_key", "event": "event_id"}
CANDIDATES = 1000  # stories scored per call: those with the most distinct sources in the current window

__all__ = ["GROUPS", "Activity", "Burst", "StoryCounts", "TrendParams", "group_field", "rank", "trending"]


def group_field(client: Elasticsearch, es: ElasticsearchSettings, by: str) -> tuple[str, str, str | None]:
    """(by, field, note): ``event`` falls back to ``story`` when no index behind the read alias maps the field."""
    if by not in GROUPS:
        raise SearchError(f"--by must be one of {', '.join(GROUPS)}, got {by!r}")
    field = GROUPS[by]
    if by == "story":
        return by, field, None
    mapped = client.options(ignore_status=404).indices.get_field_mapping(index=es.read_alias, fields=field)
    if any(index.get("mappings") for index in dict(mapped.body or {}).values()):
        return by, field, None
    return "story", GROUPS["story"], f"no {field} in the mapping of {es.read_alias}: ranked by story instead"


def label(span: timedelta) -> str:
    """``1h``, ``30m``, ``2d``, ``90m``: the largest unit that divides the span."""
    minutes = int(span.total_seconds() // 60)
    for size, unit in ((1440, "d"), (60, "h")):
        if minutes % size == 0:
            return f"{minutes // size}{unit}"
    return f"{minutes}m"


def _search(client: Elasticsearch, es: ElasticsearchSettings, body: dict[str, Any]) -> dict[str, Any]:
    try:
        return dict(client.search(index=es.read_alias, **body))
    except ApiError as exc:
        if exc.meta.status in (401, 403):
            raise  # credentials: the CLI names the setting to fix
        if exc.meta.status == 404:
            raise SearchError(f"no index behind the read alias {es.read_alias}; run `newsline setup`") from None
        raise SearchError(f"trending failed: {exc.message} (status {exc.meta.status})") from None


def trending(
    client: Elasticsearch, es: ElasticsearchSettings, params: TrendParams | None = None, limit: int = 10,
    by: str = "story", now: datetime | None = None, candidates: int = CANDIDATES,
) -> dict[str, Any]:
    """The ``limit`` highest burst scores at ``now`` with their first-seen time and sources."""
    if not 1 <= limit <= 100:
        raise SearchError(f"limit must be between 1 and 100, got {limit}")
    params = params or TrendParams()
    now = now or datetime.now(UTC)
    edges = window_edges(now, params)
    by, field, note = group_field(client, es, by)
    windows = len(edges) - 1
    keys, activity = query.parse_candidates(_search(client, es, query.candidates_body(field, edges, candidates)),
                                            windows)
    stories: list[StoryCounts] = []
    if keys:
        counted = _search(client, es, query.counts_body(field, keys, edges, params))
        stories = query.parse_counts(counted, edges, params.spans)
    top = rank(stories, activity, params)[:limit]
    details = {}
    if top:
        body = query.details_body(field, [b.key for b in top], edges[-1 - params.spans], edges[-1])
        details = query.parse_details(_search(client, es, body))
    return {
        "by": by, "field": field, "note": note, "now": now.isoformat(), "window": label(params.window),
        "window_start": edges[-2].isoformat(), "baseline_windows": params.baseline_windows,
        "activity_ratio": round(activity.ratio(1, params.baseline_windows), 3),
        "scored": len(stories), "bursting": sum(b.bursting for b in top),
        "stories": [{**asdict(b), **details.get(b.key, {})} for b in top],
    }
