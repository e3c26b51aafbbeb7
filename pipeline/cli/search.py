"""``newsline search``: full-text search with filters, facets, sort and highlighted snippets."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from pipeline.cli import render
from pipeline.settings import Settings

Add = Callable[[str, Callable[[argparse.Namespace, Settings], int], str], argparse.ArgumentParser]


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.search import SearchFilters, search

    filters = SearchFilters(
        sources=tuple(args.source), languages=tuple(args.lang), countries=tuple(args.country),
        persons=tuple(args.person), organizations=tuple(args.org), places=tuple(args.place),
        stories=tuple(args.story), speakers=tuple(args.speaker), since=args.since, until=args.until, sort=args.sort,
    )
    result = search(settings, args.query, args.limit, filters, facet_size=args.facets)
    if args.json:
        print(render.as_json(result))
    else:
        print(render.hits(result, color=sys.stdout.isatty()))
        print(render.facets(result.get("facets", {})))
    return 0


def register(add: Add) -> None:
    p = add("search", cmd_search, "full-text search with filters and facets")
    p.add_argument("query", nargs="?", default="", help="words, \"phrases\", -exclude, a | b, pre*")
    p.add_argument("--limit", type=int, default=10)
    for flag, help_ in (
        ("--source", "source name (repeat for any of several)"), ("--lang", "language code, e.g. en"),
        ("--country", "ISO 3166 alpha-2 code, e.g. TR"), ("--person", "person named in the article"),
        ("--org", "organisation named in the article"), ("--place", "place named in the article"),
        ("--story", "story cluster id: all articles of that story"),
        ("--speaker", "person quoted in the article (their quotes are listed)"),
    ):
        p.add_argument(flag, action="append", default=[], metavar="VALUE", help=help_)
    p.add_argument("--since", help="published on/after (ISO date); undated articles use fetch time")
    p.add_argument("--until", help="published on/before (ISO date)")
    p.add_argument("--sort", choices=["relevance", "newest"], default="relevance")
    p.add_argument("--facets", type=_facet_size, default=5, metavar="N", help="top N values per facet (default 5)")


def _facet_size(value: str) -> int:
    number = int(value)
    if not 1 <= number <= 100:
        raise argparse.ArgumentTypeError("must be between 1 and 100")
    return number
