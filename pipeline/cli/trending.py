"""``newsline trending``: what is breaking now, stories (or events) by burst score (pipeline.search.trending)."""

from __future__ import annotations

import argparse
import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from pipeline.cli import render
from pipeline.cli.registry import Add

if TYPE_CHECKING:
    from pipeline.settings import Settings

UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def duration(value: str) -> timedelta:
    match = re.fullmatch(r"([1-9][0-9]*)(m|h|d)", value.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"want a duration like 30m, 1h, 6h or 1d, got {value!r}")
    return timedelta(**{UNITS[match.group(2)]: int(match.group(1))})


def cmd_trending(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.index.client import make_client
    from pipeline.search.filters import parse_when
    from pipeline.search.trending import TrendParams, trending

    params = TrendParams(window=args.window, baseline_windows=args.baseline)
    now = None
    if args.at:
        from datetime import UTC, datetime

        moment = datetime.fromisoformat(parse_when(args.at, "at"))
        now = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    with make_client(settings.elasticsearch) as es:
        result = trending(es, settings.elasticsearch, params, args.limit, args.by, now)
    print(render.as_json(result) if args.json else table(result))
    return 0


def _when(value: str | None) -> str:
    return (value or "?")[:16].replace("T", " ")


def table(result: dict[str, Any]) -> str:
    head = f"trending {result['by']} · window {result['window']} to {_when(result['now'])} UTC"
    head += f" · baseline {result['baseline_windows']} windows · activity x{result['activity_ratio']}"
    lines = [head] + ([f"note: {result['note']}"] if result.get("note") else [])
    if not result["stories"]:
        return "\n".join(lines + [f"no stories with articles in the last {result['window']}"])
    lines.append(f"{'#':>2} {'score':>6} {'burst':5} {'art':>4} {'src':>4} {'first seen':16}  title")
    for n, s in enumerate(result["stories"], 1):
        flag = "yes" if s["bursting"] else ""
        lines.append(f"{n:>2} {s['score']:>6.1f} {flag:5} {s['articles']:>4} {s['sources']:>4} "
                     f"{_when(s.get('first_seen')):16}  {s.get('title') or '-'}")
        lines.append(f"{'':>26}{result['by']} {s['key']} · sources: {', '.join(s.get('source_names') or [])}")
    return "\n".join(lines)


def register(add: Add) -> None:
    p = add("trending", cmd_trending, "what is breaking now: stories by burst score against their own baseline")
    p.add_argument("--window", type=duration, default=timedelta(hours=1), help="window length (default 1h)")
    p.add_argument("--baseline", type=int, default=12, metavar="K", help="windows before it that make the "
                   "baseline (default 12)")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--by", choices=["story", "event"], default="story",
                   help="group by near-duplicate story or by cross-language event (story when no event_id)")
    p.add_argument("--at", help="as it stood at this ISO date-time (default now)")
