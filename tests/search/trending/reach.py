"""What a planted burst shows a detector in time, and how many background stories show as much.

Pure Python (and numpy) on the streams of :mod:`.stream`, which it leaves as they are; used by
``test_evaluation.py`` (the source floor's reach) and ``bench/trending.py`` (both, a few seconds a stream). A
burst is flagged in time when it is flagged in the window it starts in (``w0``) or one of the two after.

- **Within reach of the source floor**: at one of ``w0 .. w0+2`` the story has articles in the window and a span
  of the last ``1..spans`` windows has ``min_sources`` distinct sources. A burst out of reach cannot be flagged in
  time by the rule "score ≥ threshold with ≥ min_sources sources", whatever its score.
- **Background as strong** as a missed burst: the fewest background (story, window) pairs of the streams the
  detector runs on (all of a seed group: one detector for all), over the burst's windows ``w0 .. w0+2``,
  at least as strong in every count the detector reads: as many or more articles, distinct sources and new
  sources in each of the last ``spans`` windows and distinct sources over the last ``1..spans`` windows, and no
  more in each baseline window before them. Background: every (story, window) the evaluation would count as a
  false alarm if flagged (stories not planted, planted ones before their start). A detector that never finds a
  story less bursting for more recent counts or a smaller baseline flags all of those pairs wherever it flags
  the burst, so catching any set of missed bursts costs at least the largest of their counts in false alarms.
  The activity ratio is left aside (with it, such a detector could flag a one-article story in the quietest
  hours: README, "Trending").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.search.trending.score import StoryCounts, TrendParams
from tests.search.trending.stream import Planted, Stream, _bins, _counts, _firsts

IN_TIME = 3  # the window a burst starts in and the two after it


@dataclass(frozen=True)
class Windows:
    """A stream binned into the detector's windows: each story's sources per window and its sources' first."""

    per_story: dict[str, dict[int, list[str]]]
    firsts: dict[str, dict[int, int]]
    count: int
    params: TrendParams

    def counts(self, story: str, w: int) -> StoryCounts:
        return _counts(story, self.per_story[story], w, self.params, self.firsts[story])

    def first_window(self, at: float) -> int:
        return int(at // (self.params.window.total_seconds() / 3600))

    def in_time(self, burst: Planted) -> Iterator[int]:
        """The windows of ``w0 .. w0+2`` the detector scores the burst's story in (it has articles in them)."""
        w0, bins = self.first_window(burst.start), self.per_story.get(burst.story, {})
        return (w for w in range(w0, min(w0 + IN_TIME, self.count)) if w in bins)


def windows(stream: Stream, params: TrendParams) -> Windows:
    per_story, totals = _bins(stream, params.window.total_seconds() / 3600)
    return Windows(per_story, {s: _firsts(w) for s, w in per_story.items()}, len(totals), params)


def sources_in_time(stream: Stream, params: TrendParams) -> list[int]:
    """Per planted burst: the most distinct sources of a span in time (within reach: ``min_sources`` or more)."""
    binned = windows(stream, params)
    return [max((max(binned.counts(p.story, w).span_sources) for w in binned.in_time(p)), default=0)
            for p in stream.planted]


def evidence(counts: StoryCounts, spans: int) -> np.ndarray:
    """The counts the detector reads, signed so that larger is stronger in every place: the last ``spans``
    windows' articles, sources, new sources and the span sources as they are, the baseline windows' negated."""
    recent = counts.articles[-spans:] + counts.sources[-spans:] + counts.new_sources[-spans:] + counts.span_sources
    before = counts.articles[:-spans] + counts.sources[:-spans] + counts.new_sources[:-spans]
    return np.array(recent + tuple(-x for x in before), dtype=np.int32)


def _false_alarms_until(stream: Stream, binned: Windows) -> dict[str, int]:
    """Each story's first window that is not a false alarm: its first planted burst's, else past the end."""
    until = dict.fromkeys(binned.per_story, binned.count)
    for p in stream.planted:
        until[p.story] = min(until.get(p.story, binned.count), binned.first_window(p.start))
    return until


def background(streams: Iterable[Stream], params: TrendParams) -> np.ndarray:
    """Evidence of every (story, window) of the streams that would be a false alarm if flagged, one row each."""
    first = params.baseline_windows + params.spans - 1
    rows = []
    for stream in streams:
        binned = windows(stream, params)
        until = _false_alarms_until(stream, binned)
        rows += [evidence(binned.counts(story, w), params.spans) for story, bins in binned.per_story.items()
                 for w in range(first, until[story]) if w in bins]
    return np.stack(rows)


@dataclass(frozen=True)
class Missed:
    """A burst not flagged in time, at the window of ``w0 .. w0+2`` with the fewest background pairs as strong."""

    story: str
    kind: str
    offset: int | None  # windows after w0; None when its story has no article in time
    articles: int  # the story's articles over the last ``spans`` windows there
    sources: int  # and its distinct sources
    as_strong: frozenset[int] | None  # rows of :func:`background`; None: no article in time, never scored

    @property
    def pairs(self) -> float:
        """How many background pairs are as strong (inf: it cannot be flagged in time at all)."""
        return math.inf if self.as_strong is None else len(self.as_strong)


def missed(stream: Stream, delays: list[int | None], params: TrendParams, rows: np.ndarray) -> list[Missed]:
    """The bursts of ``stream`` not flagged in time and the background pairs (``rows``: :func:`background` of the
    streams the detector runs on) as strong as each."""
    binned, out = windows(stream, params), []
    for burst, delay in zip(stream.planted, delays, strict=True):
        if delay is not None and delay < IN_TIME:
            continue
        options = []
        for w in binned.in_time(burst):
            counts = binned.counts(burst.story, w)
            strong = frozenset(np.flatnonzero((rows >= evidence(counts, params.spans)).all(axis=1)).tolist())
            options.append((len(strong), w, counts, strong))
        if not options:
            out.append(Missed(burst.story, burst.kind, None, 0, 0, None))
            continue
        _, w, counts, strong = min(options, key=lambda o: o[:2])
        out.append(Missed(burst.story, burst.kind, w - binned.first_window(burst.start),
                          sum(counts.articles[-params.spans:]), counts.span_sources[-1], strong))
    return out


def cost(found: Sequence[Missed], more: int) -> tuple[float, float]:
    """Background pairs flagged along with ``more`` of the missed bursts ``found``: at least the pairs as strong as
    the ``more``-th cheapest (whichever ``more`` are flagged, one costs that much), and those as strong as the
    ``more`` cheapest together (flagging just those); 0 when ``more`` is not positive, inf when too few can be."""
    if more <= 0:
        return 0.0, 0.0
    ranked = sorted(found, key=lambda m: m.pairs)
    if more > len(ranked) or ranked[more - 1].as_strong is None:
        return math.inf, math.inf
    union = set().union(*(m.as_strong or () for m in ranked[:more]))
    return ranked[more - 1].pairs, float(len(union))
