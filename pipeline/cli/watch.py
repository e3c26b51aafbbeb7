"""``newsline watch add|list|remove`` (watchlists) and ``newsline alerts [list|deliver]``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from pipeline.cli import render
from pipeline.cli.registry import Add

if TYPE_CHECKING:
    from pipeline.settings import Settings

FILTER_FLAGS = (("--person", "persons"), ("--org", "organizations"), ("--place", "places"),
                ("--country", "countries"), ("--source", "sources"), ("--lang", "languages"))


def cmd_watch(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.index.client import make_client
    from pipeline.watch import store
    from pipeline.watch.exceptions import WatchlistInvalid
    from pipeline.watch.model import parse

    with make_client(settings.elasticsearch) as es:
        if args.action == "add":
            if not args.name or args.query is None:
                raise WatchlistInvalid("newsline watch add: give NAME and QUERY (QUERY may be \"\" with filters)")
            entry: dict[str, Any] = {"name": args.name, "query": args.query, "webhook": args.webhook,
                                     "min_sources": args.min_sources}
            entry.update({field: tuple(getattr(args, field)) for _, field in FILTER_FLAGS})
            saved = store.add_watchlist(es, settings, parse(entry, "index", "newsline watch add"))
            print(render.as_json(saved) if args.json else f"watchlist {args.name} saved")
        elif args.action == "remove":
            removed = store.remove_watchlist(es, settings, args.name or "")
            print(f"watchlist {args.name} {'removed' if removed else 'not found (file watchlists are edited there)'}")
            return 0 if removed else 1
        else:
            found = [w.model_dump(mode="json", exclude_defaults=True) for w in store.all_watchlists(es, settings)]
            print(render.as_json(found) if args.json else _watchlists(found))
    return 0


def _watchlists(found: list[dict[str, Any]]) -> str:
    if not found:
        return "no watchlists"
    lines = []
    for w in found:
        filters = " ".join(f"{k}={','.join(v)}" for k, v in w.items() if isinstance(v, list))
        hook = " · webhook" if w.get("webhook") else ""
        hook += f" · from {w['min_sources']} sources" if w.get("min_sources") else ""
        lines.append(f"{w['name']} ({w.get('origin', 'index')}): {w.get('query', '')!r} {filters}{hook}".rstrip())
    return "\n".join(lines)


def cmd_alerts(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "deliver":
        from pipeline.watch.delivery import deliver_pending

        counts = deliver_pending(settings)
        print(render.as_json(counts) if args.json else f"delivered={counts['delivered']} failed={counts['failed']} "
              f"claimed_elsewhere={counts['claimed_elsewhere']}")
        return 0
    from pipeline.index.client import make_client
    from pipeline.watch.store import list_alerts

    with make_client(settings.elasticsearch) as es:
        alerts = list_alerts(es, settings, args.watch, args.since, args.limit)
    print(render.as_json(alerts) if args.json else _alerts(alerts))
    return 0


def _alerts(alerts: list[dict[str, Any]]) -> str:
    if not alerts:
        return "no alerts"
    lines = []
    for a in alerts:
        delivery = a.get("delivery") or {}
        sent = f" · webhook {delivery.get('status')}" if delivery.get("status") not in (None, "none") else ""
        lines.append(f"{a['alerted_at'][:19]} [{a['watchlist']}] {a.get('title')}\n"
                     f"   {a.get('source')} · article {a['article_id']} · story {a.get('story_id') or '-'}"
                     f" · terms: {', '.join(a.get('matched_terms') or [])}{sent}"
                     + (f" · {a['distinct_sources']} sources" if a.get("distinct_sources") else ""))
    return "\n".join(lines)


def register(add: Add) -> None:
    w = add("watch", cmd_watch, "watchlists: saved searches that raise alerts at indexing")
    w.add_argument("action", choices=["add", "list", "remove"])
    w.add_argument("name", nargs="?")
    w.add_argument("query", nargs="?")
    for flag, field in FILTER_FLAGS:
        w.add_argument(flag, dest=field, action="append", default=[], metavar="VALUE")
    w.add_argument("--webhook", help="POST each alert here (signed; NEWSLINE_WATCH_WEBHOOK_SECRET)")
    w.add_argument("--min-sources", type=int, metavar="N",
                   help="alert on a matching story only once it has N distinct sources")
    a = add("alerts", cmd_alerts, "list alerts (newest first) or deliver pending webhooks")
    a.add_argument("action", nargs="?", choices=["list", "deliver"], default="list")
    a.add_argument("--watch", help="only this watchlist")
    a.add_argument("--since", help="alerted on/after (ISO date or date-time)")
    a.add_argument("--limit", type=int, default=50)
