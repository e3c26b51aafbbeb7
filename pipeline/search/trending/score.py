"""The burst score: how surprising a story's (or event's) current window is against its own recent baseline.

Pure logic (no Elasticsearch), so it is tested and evaluated on generated streams window by window.

For each story, windows of length ``W`` ending now, and for each span of the last ``m`` windows
(``m = 1..spans``, default 1, 2 and 3, so a burst that starts slowly builds evidence over a few windows) against
the ``k`` windows before that span (its baseline):

- ``u``: distinct sources in the span, ``a``: articles in the span;
- ``u_1..u_k``, ``a_1..a_k``: distinct sources and articles of each baseline window;
- ``r``: the activity ratio of the whole index, ``(A_span + 1) / (m * mean(A_1..A_k) + 1)`` clamped to
  ``[1/4, 4]`` (``A``: all articles), so the day's rhythm (more news at noon than at night) does not read
  as every story bursting in the morning;
- the expected counts, smoothed so a story never seen before still has a small expectation:
  ``λ_u = m * r * (Σu_i + prior) / (k + prior_windows)`` and the same for ``λ_a``;
- ``n``: **new sources** in the span, outlets whose first article of the story (ever) is in it, and ``n_i``
  per baseline window; ``λ_n`` from them as ``λ_u`` but with the activity ratio capped at 1:
  ``λ_n = m * min(r, 1) * (Σn_i + prior) / (k + prior_windows)``. A story's regular outlets make no new
  sources, so a development that draws in outlets which never covered the story before stands out even when
  the story's steady flow hides it in the distinct-source count. The day's rhythm may lower that expectation
  (at night few outlets publish at all) but not raise it: a busier hour brings a running story more articles
  from the outlets that already cover it, while outlets new to it are what a development brings (without the
  cap, a development in the morning rise, ``r`` about 2, was expected twice the new outlets and missed);
- ``S(x, λ) = -log10 P(X ≥ x)`` for ``X ~ Poisson(λ)``: the surprise of seeing ``x`` or more
  (0 when ``x`` is 0).

``span score = s + article_weight * min(S(a, λ_a), s)`` with ``s = max(S(u, λ_u), S(n, λ_n))``; the story's
**burst score** is its highest span score. Distinct sources carry it: one outlet posting twenty updates of its
own story adds at most ``article_weight`` of what its sources justify. A story is **bursting** when a span
scores at least ``threshold`` with at least ``min_sources`` distinct sources in it.

With the defaults (``W`` 1 h, ``k`` 12, prior 0.5 over 1 window, weight 0.25, threshold 5, 4 sources), at a
steady level of activity: a story never seen before reaching 5 sources in an hour scores 11.5 and bursts; a
story with a steady 5 sources an hour scores 0.5, but 7.1 (bursting) when 4 of its 5 sources in the hour are
new to it (5.1 with 3); a brand-new story from 2 sources scores 3.9, from 3 sources 6.3 (high, but under 4
sources: not bursting); one outlet posting 20 articles of a new story 1.8.
The defaults and the cap were chosen on the generated streams of ``tests/search/trending`` with seeds 1-5 and
checked on seeds 6-10, held out (README, "Trending"). The source floor stays at 4: under it a new story is what
the many small stories look like. Most planted bursts missed in time are no stronger in any count than
background stories seen every two days or more often; the new stories among the rest stand apart only by the
generator's cap on small stories, 4 articles (``tests/search/trending/reach.py``). Letting 3 sources through at a
higher score, on a strong article surprise or on summed evidence flagged more false alarms than bursts.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from pipeline.search.exceptions import SearchError

MIN_RATIO, MAX_RATIO = 0.25, 4.0
MAX_NEW_SOURCES_RATIO = 1.0  # the day's rhythm never raises the expected new sources (module docstring)


@dataclass(frozen=True)
class TrendParams:
    window: timedelta = timedelta(hours=1)
    baseline_windows: int = 12  # k: the windows before the current one that make a story's baseline
    prior: float = 0.5  # pseudo-count of sources (and articles) spread over the baseline
    prior_windows: float = 1.0
    article_weight: float = 0.25
    threshold: float = 5.0  # bursting at or above this score ...
    min_sources: int = 4  # ... with at least this many distinct sources in the span
    spans: int = 3  # scored over the last 1, 2, ... spans windows (each against the k windows before it)

    def __post_init__(self) -> None:
        if self.window < timedelta(minutes=1):
            raise SearchError(f"the trending window must be at least a minute, got {self.window}")
        if not 1 <= self.spans <= 6:
            raise SearchError(f"spans must be between 1 and 6, got {self.spans}")
        if not 1 <= self.baseline_windows <= 100:
            raise SearchError(f"baseline windows must be between 1 and 100, got {self.baseline_windows}")


@dataclass(frozen=True)
class StoryCounts:
    """One story's articles and distinct sources per window, oldest first, the current window last (``k + spans``
    windows), and its distinct sources over the last ``m`` windows together for ``m = 1..spans``
    (``span_sources``: ``(sources[-1], distinct of the last two, ...)``); ``new_sources`` per window, empty when
    not counted (then only the distinct sources are tested)."""

    key: str
    articles: tuple[int, ...]
    sources: tuple[int, ...]
    span_sources: tuple[int, ...]
    new_sources: tuple[int, ...] = ()  # per window: sources whose first article of the story (ever) is in it

    @property
    def current_new_sources(self) -> int:
        return self.new_sources[-1] if self.new_sources else 0

    @property
    def current_articles(self) -> int:
        return self.articles[-1] if self.articles else 0

    @property
    def current_sources(self) -> int:
        return self.sources[-1] if self.sources else 0


@dataclass(frozen=True)
class Activity:
    """Articles of the whole index per window, oldest first, the current window last."""

    totals: tuple[int, ...]

    def ratio(self, span: int, k: int) -> float:
        """The last ``span`` windows' articles against the mean of the ``k`` windows before them."""
        now, before = self.totals[len(self.totals) - span:], self.totals[-span - k:-span]
        if not before:
            return 1.0
        mean = span * sum(before) / len(before)
        return min(MAX_RATIO, max(MIN_RATIO, (sum(now) + 1) / (mean + 1)))


@dataclass(frozen=True)
class Burst:
    key: str
    score: float
    bursting: bool
    articles: int
    sources: int
    expected_articles: float
    expected_sources: float
    new_sources: int = 0
    expected_new_sources: float = 0.0


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


def expected(baseline: Sequence[int], span: int, params: TrendParams, ratio: float) -> float:
    return span * ratio * (sum(baseline) + params.prior) / (len(baseline) + params.prior_windows)


def span_score(articles: int, sources: int, baseline_articles: Sequence[int], baseline_sources: Sequence[int],
               span: int, ratio: float, params: TrendParams,
               new: tuple[int, Sequence[int]] | None = None) -> tuple[float, float, float, float]:
    """(score, expected articles, expected sources, expected new sources) of ``span`` windows against the baseline
    before them; ``new``: the span's new sources and those of each baseline window, when counted."""
    lam_u = expected(baseline_sources, span, params, ratio)
    lam_a = expected(baseline_articles, span, params, ratio)
    by_sources, lam_n = surprise(sources, lam_u), 0.0
    if new is not None:
        lam_n = expected(new[1], span, params, min(ratio, MAX_NEW_SOURCES_RATIO))
        by_sources = max(by_sources, surprise(new[0], lam_n))
    return by_sources + params.article_weight * min(surprise(articles, lam_a), by_sources), lam_a, lam_u, lam_n


def burst(story: StoryCounts, activity: Activity, params: TrendParams) -> Burst:
    """The story's score: the largest of the last ``m`` windows' (``m = 1..spans``), each against the ``k``
    windows before them; bursting when one span reaching the threshold has ``min_sources`` distinct sources."""
    k, arts, srcs, new = params.baseline_windows, story.articles, story.sources, story.new_sources
    best, bursting = (0.0, 0.0, 0.0, 0.0), False
    for m, sources in enumerate(story.span_sources[:params.spans], 1):
        end = len(arts) - m
        scored = span_score(sum(arts[end:]), sources, arts[end - k:end], srcs[end - k:end], m,
                            activity.ratio(m, k), params, (sum(new[end:]), new[end - k:end]) if new else None)
        bursting = bursting or (scored[0] >= params.threshold and sources >= params.min_sources)
        best = max(best, scored)
    value, lam_a, lam_u, lam_n = best
    return Burst(story.key, round(value, 3), bursting, arts[-1], srcs[-1], round(lam_a, 3), round(lam_u, 3),
                 story.current_new_sources, round(lam_n, 3))


def new_per_window(firsts: Iterable[datetime], edges: Sequence[datetime]) -> tuple[int, ...]:
    """Sources first seen in each window ``[edges[i], edges[i+1])`` from their first-article times (earlier and
    later ones count nowhere)."""
    counts = [0] * (len(edges) - 1)
    for moment in firsts:
        i = bisect_right(edges, moment) - 1
        if 0 <= i < len(counts):
            counts[i] += 1
    return tuple(counts)


def rank(stories: Sequence[StoryCounts], activity: Activity, params: TrendParams) -> list[Burst]:
    """Stories with articles in the current window, highest score first (then more sources, more articles)."""
    scored = [burst(s, activity, params) for s in stories if s.current_articles > 0]
    return sorted(scored, key=lambda b: (-b.score, -b.sources, -b.articles, b.key))


def window_edges(now: datetime, params: TrendParams) -> list[datetime]:
    """``k + spans + 1`` edges, oldest first: window ``i`` is ``[edges[i], edges[i+1])``, the current window the last,
    ending at ``now``."""
    if now.tzinfo is None:
        raise SearchError("trending needs a time-zone-aware 'now'")
    count = params.baseline_windows + params.spans
    return [now - params.window * (count - i) for i in range(count + 1)]
