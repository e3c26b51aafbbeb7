"""How results are shaped: collapsing by story, which member stands for a story, paging, hybrid decay."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.search.exceptions import SearchError
from pipeline.settings import SearchSettings

MAX_WINDOW = 10_000  # Elasticsearch's index.max_result_window


@dataclass(frozen=True)
class SearchOptions:
    collapse: bool = True  # one hit per story (off: --all-copies)
    first_seen: bool = False  # a story is shown by its earliest member instead of its best match
    offset: int = 0  # hits to skip: stories when collapsed, articles otherwise
    half_life: str = "7d"
    hybrid_floor: float = 0.2
    copies_sources: int = 20

    def __post_init__(self) -> None:
        if not 0 <= self.offset <= MAX_WINDOW:
            raise SearchError(f"offset must be between 0 and {MAX_WINDOW}, got {self.offset}")
        if not re.fullmatch(r"[1-9][0-9]*(m|h|d)", self.half_life):
            raise SearchError(f"half-life must look like 30m, 12h or 7d, got {self.half_life!r}")

    @classmethod
    def from_settings(cls, search: SearchSettings, **overrides: object) -> SearchOptions:
        base = {"half_life": search.half_life, "hybrid_floor": search.hybrid_floor,
                "copies_sources": search.copies_sources}
        return cls(**{**base, **overrides})  # type: ignore[arg-type]
