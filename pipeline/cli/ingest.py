"""``newsline ingest``: discover, fetch, extract and publish from feeds, sitemaps, URL lists or pages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pipeline.cli import render
from pipeline.sources.exceptions import SourceError

if TYPE_CHECKING:
    from pipeline.settings import Settings
    from pipeline.sources.registry import SourceSpec

KINDS = {"auto": "auto", "rss": "rss", "atom": "atom", "sitemap": "sitemap", "page": "page"}


def adhoc_spec(urls: list[str], kind: str, name: str, settings: Settings) -> SourceSpec:
    from pipeline.sources.registry import SourceSpec

    hosts = tuple(dict.fromkeys((urlsplit(u).hostname or "").lower() for u in urls))
    return SourceSpec(
        name=name,
        kind=KINDS[kind],
        urls=tuple(urls),
        allowed_domains=hosts,
        max_items=settings.fetch.max_items_per_run,
    )


def specs_for(args: argparse.Namespace, settings: Settings) -> tuple[list[SourceSpec], list[str]]:
    """The sources to run and one line per bad registry entry (file, entry, field).

    A bad entry does not stop the good ones; when no usable source is left, :class:`SourceError` (exit 2)."""
    from pipeline.sources.registry import read_registry

    if args.urls:
        try:
            return [adhoc_spec(args.urls, args.kind, args.name, settings)], []
        except ValueError as exc:
            raise SourceError("command line", str(exc).splitlines()[-1] if str(exc) else "bad URL") from None
    registry = read_registry(Path(args.sources) if args.sources else settings.fetch.sources_file)
    if registry.problems and not registry.specs:
        raise SourceError(registry.where, registry.problems[0])
    specs = [s for s in registry.specs if s.enabled]
    if args.source:
        specs = [s for s in specs if s.name in args.source]
        missing = sorted(set(args.source) - {s.name for s in specs})
        if missing:
            bad = [p for p in registry.problems if p.startswith(f"source {missing[0]!r}:")]
            raise SourceError(registry.where, bad[0] if bad else f"no enabled source named {missing[0]!r}")
    return specs, registry.report()


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 1 when a registry entry is bad (the good sources ran) or an item was rejected."""
    from pipeline.ingest.run import ingest_all
    from pipeline.revisions.track import track_published

    specs, bad_entries = specs_for(args, settings)
    for problem in bad_entries:
        print(f"newsline: error: bad source entry, not run: {problem}", file=sys.stderr)
    summaries = ingest_all(specs, settings, progress=sys.stderr.isatty(), after_publish=track_published(settings))
    lines = []
    for s in summaries:
        lines.append(
            " ".join(
                f"{k}={s[k]}"
                for k in ("source", "discovered", "new", "known", "deferred", "fetched", "extracted", "published")
            ) + f" rejected={len(s['rejected'])}"
        )
        if s["in_flight"]:
            lines.append(f"  in flight in another run ({s['in_flight']}): fetched again once that run's claim lapses")
        lines += [f"  skipped ({n}): {r}" for r, n in s["skipped"].items()]
        lines += [f"  failed ({n}): {r}" for r, n in s["failed"].items()]
        lines += [f"  discovery failed: {e['url']}: {e['reason']}" for e in s["discovery_errors"]]
        lines += [f"  rejected {r['item']}: {r['reason']}" for r in s["rejected"]]
    print(render.as_json(summaries) if args.json else "\n".join(lines))
    if bad_entries or any(s["rejected"] for s in summaries):
        return 1  # the good items were published; the unusable ones are named above
    broken = any(s["discovery_errors"] or s["failed"] for s in summaries)
    return 1 if broken and not any(s["published"] for s in summaries) else 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="*", help="feed/sitemap/page URLs (default: every source in --sources)")
    parser.add_argument("--kind", choices=sorted(KINDS), default="auto", help="what the URLs are (default: detect)")
    parser.add_argument("--sources", help="source registry YAML (default: fetch.sources_file)")
    parser.add_argument("--source", action="append", help="only this source of the registry (repeatable)")
    parser.add_argument("--name", default="cli", help="source name recorded for URLs given on the command line")
