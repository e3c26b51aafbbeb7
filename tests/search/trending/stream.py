"""A generated article stream with planted bursts, and the window-by-window evaluation of the burst detector.

Seeded, pure Python, no Elasticsearch. The stream (times in hours from its start):

- ``SOURCES`` outlets;
- ``STEADY`` persistent stories, each at its own Poisson rate (log-uniform 0.03..2 articles/hour) from its
  own set of 1..8 outlets, all through the stream;
- small stories born all the time (``SMALL_PER_HOUR`` at the average hour), each 1..4 articles over a few
  hours from 1..3 outlets: the new clusters most articles make;
- every rate follows the day: ``1 + 0.7 sin(2π (h - 9) / 24)`` (0.3x at 3:00, 1.7x at 15:00);
- ``BURSTS_PER_DAY`` planted bursts, each starting at a known time after the warm-up: a new story or a
  development of a steady one, 2..8 articles/hour for 2..4 hours from a pool of 5..15 outlets.

The evaluation runs :func:`pipeline.search.trending.score.rank` at the end of every window (from the
``k + spans - 1``-th on, when the first full baseline exists) exactly as ``newsline trending`` would then, and reports:

- detection delay: windows from the one a burst starts in to the first it is flagged bursting in;
- false alarms: (story, window) pairs flagged bursting that are not a planted burst since its start,
  per day of evaluated traffic.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pipeline.search.trending.score import Activity, StoryCounts, TrendParams, rank

SOURCES = 60
STEADY = 250
SMALL_PER_HOUR = 8.0
BURSTS_PER_DAY = 12


@dataclass(frozen=True)
class Planted:
    story: str
    start: float  # hours
    kind: str  # "new" or "growth"


@dataclass
class Stream:
    hours: float
    events: list[tuple[float, str, str]] = field(default_factory=list)  # (hour, story, source)
    planted: list[Planted] = field(default_factory=list)


def diurnal(hour: float) -> float:
    return 1.0 + 0.7 * math.sin(2 * math.pi * (hour - 9) / 24)


def _poisson_times(rng: random.Random, rate: float, start: float, end: float, daily: bool = True) -> list[float]:
    """Event times of a Poisson process at ``rate``/hour (times the day's rhythm) on [start, end) by thinning."""
    peak = rate * (1.7 if daily else 1.0)
    times, t = [], start
    while peak > 0:
        t += rng.expovariate(peak)
        if t >= end:
            return times
        if not daily or rng.random() < diurnal(t) / 1.7:
            times.append(t)
    return times


def _outlets(rng: random.Random, n: int) -> list[str]:
    return [f"outlet{i:02d}" for i in rng.sample(range(SOURCES), n)]


def generate(seed: int, days: float = 3.0, warmup_hours: float = 14.0) -> Stream:
    rng = random.Random(seed)
    stream = Stream(hours=24 * days)
    steady: dict[str, list[str]] = {}
    for n in range(STEADY):
        story, outlets = f"steady-{n}", _outlets(rng, rng.randint(1, 8))
        steady[story] = outlets
        rate = math.exp(rng.uniform(math.log(0.03), math.log(2.0)))
        stream.events += [(t, story, rng.choice(outlets)) for t in _poisson_times(rng, rate, 0, stream.hours)]
    for n, born in enumerate(_poisson_times(rng, SMALL_PER_HOUR, 0, stream.hours)):
        outlets, span = _outlets(rng, rng.randint(1, 3)), rng.expovariate(1 / 3)
        times = sorted(born + rng.uniform(0, span) for _ in range(rng.randint(1, 4)))
        stream.events += [(t, f"small-{n}", rng.choice(outlets)) for t in times if t < stream.hours]
    count = round(BURSTS_PER_DAY * days)
    for n in range(count):
        start = rng.uniform(warmup_hours, stream.hours - 4)
        kind = "growth" if n % 3 == 2 else "new"
        story = rng.choice(sorted(steady)) if kind == "growth" else f"burst-{n}"
        outlets = _outlets(rng, rng.randint(5, 15))
        rate, length = rng.uniform(2.0, 8.0), rng.uniform(2.0, 4.0)
        times = _poisson_times(rng, rate, start, min(start + length, stream.hours), daily=False)
        stream.events += [(t, story, rng.choice(outlets)) for t in times]
        stream.planted.append(Planted(story, start, kind))
    stream.events.sort()
    return stream


def _bins(stream: Stream, window_hours: float) -> tuple[dict[str, dict[int, list[str]]], list[int]]:
    per_story: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    totals = [0] * math.ceil(stream.hours / window_hours)
    for hour, story, source in stream.events:
        w = int(hour // window_hours)
        per_story[story][w].append(source)
        totals[w] += 1
    return per_story, totals


def _firsts(windows: dict[int, list[str]]) -> dict[int, int]:
    """Window -> sources whose first article of the story is in it."""
    first: dict[str, int] = {}
    for w in sorted(windows):
        for source in windows[w]:
            first.setdefault(source, w)
    out: dict[int, int] = defaultdict(int)
    for w in first.values():
        out[w] += 1
    return out


def _counts(story: str, windows: dict[int, list[str]], w: int, params: TrendParams,
            firsts: dict[int, int] | None = None) -> StoryCounts:
    indices = range(w - params.baseline_windows - params.spans + 1, w + 1)
    seen = [windows.get(i, []) for i in indices]
    spans = tuple(len(set().union(*seen[-m:])) for m in range(1, params.spans + 1))
    firsts = _firsts(windows) if firsts is None else firsts
    return StoryCounts(story, tuple(len(s) for s in seen), tuple(len(set(s)) for s in seen), spans,
                       tuple(firsts.get(i, 0) for i in indices))


def evaluate(stream: Stream, params: TrendParams) -> dict[str, Any]:
    """Detection delays (windows) of the planted bursts and false alarms per day, window by window."""
    window_hours = params.window.total_seconds() / 3600
    k = params.baseline_windows
    per_story, totals = _bins(stream, window_hours)
    firsts = {story: _firsts(windows) for story, windows in per_story.items()}
    first_planted: dict[str, int] = {}
    for p in stream.planted:
        w = int(p.start // window_hours)
        first_planted[p.story] = min(first_planted.get(p.story, w), w)
    flagged: dict[str, list[int]] = defaultdict(list)
    false_alarms = 0
    first = k + params.spans - 1
    evaluated = range(first, len(totals))
    for w in evaluated:
        active = [_counts(s, windows, w, params, firsts[s]) for s, windows in per_story.items() if w in windows]
        activity = Activity(tuple(totals[w - first:w + 1]))
        for b in rank(active, activity, params):
            if not b.bursting:
                continue
            flagged[b.key].append(w)
            if b.key not in first_planted or w < first_planted[b.key]:
                false_alarms += 1
    delays = []
    for p in stream.planted:
        start = int(p.start // window_hours)
        hits = [w for w in flagged.get(p.story, []) if w >= start]
        delays.append(hits[0] - start if hits else None)
    days = len(evaluated) * window_hours / 24
    return {"bursts": len(stream.planted), "delays": delays, "kinds": [p.kind for p in stream.planted],
            "false_alarms": false_alarms, "days": days, "false_alarms_per_day": false_alarms / days}
