"""The burst score: how surprising a story's (or event's) current window is against its own recent baseline.

Pure logic (no Elasticsearch), so it is tested and evaluated on generated streams window by window.

For each story, over the current window (length ``W``) and the ``k`` windows before it (its baseline):

- ``u``: distinct sources in the current window, ``a``: articles in the current window;
- ``u_1..u_k``, ``a_1..a_k``: the same per baseline window;
- ``r``: the activity ratio of the whole index, ``(A_0 + 1) / (mean(A_1..A_k) + 1)`` clamped to
  ``[1/4, 4]`` (``A_i``: all articles in window ``i``), so the day's rhythm (more news at noon than at
  night) does not read as every story bursting in the morning;
- the expected counts, smoothed so a story never seen before still has a small expectation:
  ``λ_u = r * (Σu_i + prior) / (k + prior_windows)`` and the same for ``λ_a``;
- ``S(x, λ) = -log10 P(X ≥ x)`` for ``X ~ Poisson(λ)``: the surprise of seeing ``x`` or more
  (0 when ``x`` is 0).

``score = S(u, λ_u) + article_weight * min(S(a, λ_a), S(u, λ_u))``

Distinct sources carry the score: one outlet posting twenty updates of its own story adds at most
``article_weight`` of what its sources justify. A story is **bursting** when ``score >= threshold`` and it
has at least ``min_sources`` distinct sources in the window. With the defaults, a story never seen before
reaching 5 sources in an hour scores about 9 and bursts; a story with a steady 5 sources an hour scores
below 1; a brand-new story from 2 sources scores about 3.6 and does not burst.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from pipeline.search.exceptions import SearchError

MIN_RATIO, MAX_RATIO = 0.25, 4.0


@dataclass(frozen=True)
class TrendParams:
    window: timedelta = timedelta(hours=1)
    baseline_windows: int = 12  # k: the windows before the current one that make a story's baseline
    prior: float = 0.5  # pseudo-count of sources (and articles) spread over the baseline
    prior_windows: float = 1.0
    article_weight: float = 0.25
    threshold: float = 6.0  # bursting at or above this score ...
    min_sources: int = 3  # ... with at least this many distinct sources in the window

    def __post_init__(self) -> None:
        if self.window < timedelta(minutes=1):
            raise SearchError(f"the trending window must be at least a minute, got {self.window}")
        if not 1 <= self.baseline_windows <= 100:
            raise SearchError(f"baseline windows must be between 1 and 100, got {self.baseline_windows}")


@dataclass(frozen=True)
class StoryCounts:
    """One story's counts: the current window and each baseline window (oldest first)."""

    key: str
    articles: int
    sources: int
    baseline_articles: tuple[int, ...] = ()
    baseline_sources: tuple[int, ...] = ()


@dataclass(frozen=True)
class Activity:
    """Articles of the whole index in the current window and in each baseline window."""

    current: int
    baseline: tuple[int, ...] = ()

    @property
    def ratio(self) -> float:
        if not self.baseline:
            return 1.0
        mean = sum(self.baseline) / len(self.baseline)
        return min(MAX_RATIO, max(MIN_RATIO, (self.current + 1) / (mean + 1)))


@dataclass(frozen=True)
class Burst:
    key: str
    score: float
    bursting: bool
    articles: int
    sources: int
    expected_articles: float
    expected_sources: float


def surprise(observed: int, expected: float) -> float:
    """``-log10 P(X >= observed)`` for ``X ~ Poisson(expected)``; 0 when nothing was observed."""
    if observed <= 0:
        return 0.0
    lam = max(expected, 1e-9)
    log_term = [-lam + i * math.log(lam) - math.lgamma(i + 1) for i in range(observed)]
    if observed <= lam:  # the tail is large: 1 - the head is exact enough
        head = sum(math.exp(t) for t in log_term)
        return -math.log10(max(1.0 - head, 1e-300))
    logs, i = [], observed
    while True:  # terms fall from here on: sum them in log space until they stop counting
        term = -lam + i * math.log(lam) - math.lgamma(i + 1)
        logs.append(term)
        if term < logs[0] - 40 or i > observed + 10_000:
            break
        i += 1
    top = max(logs)
    return max(0.0, -(top + math.log(sum(math.exp(t - top) for t in logs))) / math.log(10))


def expected(baseline: Sequence[int], params: TrendParams, ratio: float) -> float:
    return ratio * (sum(baseline) + params.prior) / (len(baseline) + params.prior_windows)


def burst(story: StoryCounts, activity: Activity, params: TrendParams) -> Burst:
    ratio = activity.ratio
    lam_u = expected(story.baseline_sources, params, ratio)
    lam_a = expected(story.baseline_articles, params, ratio)
    by_sources = surprise(story.sources, lam_u)
    value = by_sources + params.article_weight * min(surprise(story.articles, lam_a), by_sources)
    bursting = value >= params.threshold and story.sources >= params.min_sources
    return Burst(story.key, round(value, 3), bursting, story.articles, story.sources, round(lam_a, 3),
                 round(lam_u, 3))


def rank(stories: Sequence[StoryCounts], activity: Activity, params: TrendParams) -> list[Burst]:
    """Stories with articles in the current window, highest score first (then more sources, more articles)."""
    scored = [burst(s, activity, params) for s in stories if s.articles > 0]
    return sorted(scored, key=lambda b: (-b.score, -b.sources, -b.articles, b.key))


def window_edges(now: datetime, params: TrendParams) -> list[datetime]:
    """``k + 2`` edges, oldest first: baseline window ``i`` is ``[edges[i], edges[i+1])``, the current window
    the last span, ending at ``now``."""
    if now.tzinfo is None:
        raise SearchError("trending needs a time-zone-aware 'now'")
    return [now - params.window * (params.baseline_windows + 1 - i) for i in range(params.baseline_windows + 2)]
