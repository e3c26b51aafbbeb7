"""``newsline recheck`` (fetch articles again, publish new revisions) and ``newsline history`` (what changed)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from pipeline.cli import render
from pipeline.cli.registry import Add

if TYPE_CHECKING:
    from pipeline.settings import Settings



def cmd_recheck(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0 when every chosen article was checked (changed or not), 1 when any failed or was not ingested."""
    from pipeline.dlq import parse_since
    from pipeline.revisions.run import recheck

    since = parse_since(args.since) if args.since else None
    summary = recheck(settings, urls=args.urls, since=since, sources=args.source or (), due=args.due)
    print(render.as_json(summary.to_dict()) if args.json else summary.text())
    return 1 if summary.failed or summary.not_found else 0


def cmd_history(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.revisions.history import history
    from pipeline.revisions.history import render as render_history

    report = history(settings, args.id_or_url)
    print(render.as_json(report) if args.json else render_history(report))
    return 0


def register(add: Add) -> None:
    p = add("recheck", cmd_recheck, "fetch ingested articles again; a changed title or text becomes a new revision")
    p.add_argument("urls", nargs="*", help="article URLs (or earlier/later URLs of one)")
    p.add_argument("--since", help="every article first fetched within this age (48h, 7d) or since an ISO date")
    p.add_argument("--source", action="append", help="with --since: only this source (repeatable)")
    p.add_argument("--due", action="store_true", help="the articles whose scheduled re-check is due")
    add("history", cmd_history, "every revision of an article with the title and text changes").add_argument(
        "id_or_url")
