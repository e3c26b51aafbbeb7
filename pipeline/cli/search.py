"""``newsline search`` (one hit per story, filters, facets, sort, snippets) and ``newsline similar``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from pipeline.cli import render
from pipeline.cli.registry import Add

if TYPE_CHECKING:
    from pipeline.search.filters import Near
    from pipeline.settings import Settings

DEFAULT_WITHIN = "50km"


def near_filter(place: str | None, within: str | None) -> tuple[Near | None, dict[str, object] | None]:
    """``--near PLACE --within D``: the filter and the location PLACE resolved to (the enrichment's resolver)."""
    from pipeline.enrich.places.geonames import default
    from pipeline.enrich.places.resolve import place_named
    from pipeline.search.exceptions import SearchError
    from pipeline.search.filters import Near

    if place is None:
        if within is not None:
            raise SearchError("--within needs --near PLACE")
        return None, None
    found = place_named(place, default())
    if found is None:
        raise SearchError(f"--near: no place called {place!r} in the gazetteer (GeoNames cities over 15,000 "
                          "people, countries, US states); try its English or local name")
    near = Near(found.lat, found.lon, within or DEFAULT_WITHIN)
    return near, {**found.as_location(), "within": near.distance}


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.search import SearchFilters, SearchOptions, search

    near, place = near_filter(args.near, args.within)
    filters = SearchFilters(
        sources=tuple(args.source), languages=tuple(args.lang), countries=tuple(args.country),
        persons=tuple(args.person), organizations=tuple(args.org), places=tuple(args.place),
        stories=tuple(args.story), events=tuple(args.event), speakers=tuple(args.speaker), since=args.since,
        until=args.until, sort=args.sort, edited=args.edited, near=near,
    )
    overrides: dict[str, object] = {"collapse": not args.all_copies, "first_seen": args.first_seen,
                                    "offset": (args.page - 1) * args.limit}
    if args.half_life:
        overrides["half_life"] = args.half_life
    options = SearchOptions.from_settings(settings.search, **overrides)
    result = search(settings, args.query, args.limit, filters, facet_size=args.facets, options=options)
    if place is not None:
        result = {**result, "near": place}
    if args.json:
        print(render.as_json(result))
    else:
        if place is not None:
            print(f"near {place['name']} ({place['country']}, GeoNames {place['geonames_id']}) within {place['within']}")
        print(render.hits(result, color=sys.stdout.isatty()))
        print(render.facets(result.get("facets", {})))
    return 0


def cmd_similar(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.search import similar_to

    result = similar_to(settings, args.id_or_url, args.limit)
    print(render.as_json(result) if args.json else render.similar(result))
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
        ("--event", "event id: the articles about that event, in every language"),
        ("--speaker", "person quoted in the article (their quotes are listed)"),
    ):
        p.add_argument(flag, action="append", default=[], metavar="VALUE", help=help_)
    p.add_argument("--since", help="published on/after (ISO date); undated articles use fetch time")
    p.add_argument("--until", help="published on/before (ISO date)")
    p.add_argument("--edited", action="store_true", help="only articles with more than one revision")
    p.add_argument("--near", metavar="PLACE", help="articles with a location near PLACE (\"Paris\", \"Paris, Texas\")")
    p.add_argument("--within", metavar="DISTANCE", help=f"with --near: e.g. 50km, 800m, 30mi (default {DEFAULT_WITHIN})")
    p.add_argument("--sort", choices=["relevance", "newest", "hybrid"], default="relevance",
                   help="hybrid: relevance decayed with age (search.half_life)")
    p.add_argument("--half-life", help="for --sort hybrid, e.g. 12h or 7d (default search.half_life)")
    p.add_argument("--facets", type=_facet_size, default=5, metavar="N", help="top N values per facet (default 5)")
    p.add_argument("--page", type=_positive, default=1, help="page of --limit hits (stories unless --all-copies)")
    p.add_argument("--all-copies", action="store_true", help="every matching article, not one per story")
    p.add_argument("--first-seen", action="store_true", help="show each story by its earliest article")
    s = add("similar", cmd_similar, "related coverage from other stories (shared terms and entities)")
    s.add_argument("id_or_url")
    s.add_argument("--limit", type=int, default=10)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _facet_size(value: str) -> int:
    number = int(value)
    if not 1 <= number <= 100:
        raise argparse.ArgumentTypeError("must be between 1 and 100")
    return number
