"""Ranking: which fields weigh most, and the ``hybrid`` order (relevance decayed with age).

Title and lead (the first paragraphs, ``pipeline.index.document``) outweigh the rest of the body, named
entities count like the description. ``hybrid`` multiplies the text score by
``floor + (1 - floor) * 0.5 ** (age / half_life)`` with age from ``published_or_fetched_at``: a
``function_score`` with an ``exp`` decay and a constant weight, both core Elasticsearch (no scripts), so it
runs on the minimal build. An article without a date is treated as new (decay functions score a missing
field 1).
"""

from __future__ import annotations

from typing import Any

SEARCH_FIELDS = ["title^3", "lead^2", "description^2", "text", "persons^2", "organizations^2", "places^2",
                 "keywords"]
TIME_FIELD = "published_or_fetched_at"


def hybrid(query: dict[str, Any], half_life: str, floor: float) -> dict[str, Any]:
    """``query`` with its score decayed by age (``half_life`` like ``7d``, ``floor`` the share kept forever)."""
    if floor >= 1.0:
        return query
    decay = {"exp": {TIME_FIELD: {"origin": "now", "scale": half_life, "decay": 0.5}}, "weight": 1.0 - floor}
    functions: list[dict[str, Any]] = [decay]
    if floor > 0:
        functions.append({"weight": floor})
    return {"function_score": {"query": query, "functions": functions, "score_mode": "sum",
                               "boost_mode": "multiply"}}
