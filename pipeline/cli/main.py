"""``newsline`` command line: services, setup, replay, workers, search, status."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from elasticsearch import ApiError, TransportError
from kafka.errors import KafkaError

from pipeline import logs
from pipeline.cli import index as index_cli
from pipeline.cli import kibana as kibana_cli
from pipeline.cli import render
from pipeline.cli import search as search_cli
from pipeline.exceptions import NewslineError
from pipeline.settings import Settings, load_settings

log = logging.getLogger("pipeline.cli")


def _service_error(exc: Exception) -> str:
    if isinstance(exc, KafkaError):
        return f"Kafka: {type(exc).__name__}: {exc} (is it running? `newsline services status`)"
    return f"Elasticsearch: {type(exc).__name__}: {exc} (is it running? `newsline services status`)"


def _print(args: argparse.Namespace, data: Any, text: str | None = None) -> None:
    print(render.as_json(data) if getattr(args, "json", False) or text is None else text)


def cmd_services(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline import services
    from pipeline.setup import run_setup

    if args.action == "up":
        report = services.up(settings)
        report["setup"] = run_setup(settings)
    elif args.action == "down":
        report = services.down(settings)
    else:
        report = services.status(settings)
    _print(args, report, render.mapping(report))
    return 0


def cmd_setup(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.setup import run_setup

    _print(args, run_setup(settings), None)
    return 0


def cmd_replay(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.sources.replay import replay_paths

    report = replay_paths([Path(p) for p in args.paths], settings, progress=sys.stderr.isatty())
    text = f"files={report.files} published={report.published} failed={len(report.failed)}"
    text += "".join(f"\n  failed {where}: {reason}" for where, reason in report.failed)
    _print(args, report.to_dict(), text)
    return 0 if report.published or not report.failed else 1


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.workers.enrich import EnrichWorker, run_processes
    from pipeline.workers.index import IndexWorker

    processes = args.processes or settings.enrich.process_count
    if args.kind == "enrich" and processes > 1:
        codes = run_processes(settings, processes, until_idle=args.until_idle)
        _print(args, {"processes": processes, "exit_codes": codes}, None)
        return max(codes)
    worker = EnrichWorker(settings) if args.kind == "enrich" else IndexWorker(settings)
    worker.install_signal_handlers()
    stats = worker.run(until_idle=args.until_idle)
    _print(args, stats.to_dict(), None)
    return 0


def cmd_reenrich(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.cli.reenrich import reenrich

    _print(args, reenrich(settings, args.only, args.query, args.stale), None)
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.runner import run_until_idle

    if not args.until_idle:
        raise NewslineError("run currently needs --until-idle; use `newsline worker enrich|index` for long-running workers")
    _print(args, run_until_idle(settings), None)
    return 0


def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.search import show_document

    doc = show_document(settings, args.id_or_url)
    _print(args, doc, render.mapping(doc))
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.status import collect

    report = collect(settings)
    _print(args, report, render.mapping(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, handler: Callable[[argparse.Namespace, Settings], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        p.set_defaults(handler=handler)
        p.add_argument("--json", action="store_true", help="print JSON")
        return p

    add("services", cmd_services, "start/stop/inspect local Kafka and Elasticsearch").add_argument(
        "action", choices=["up", "down", "status"]
    )
    add("setup", cmd_setup, "create topics, index template, index and aliases")
    add("replay", cmd_replay, "publish .txt/.html/.json files to the raw topic").add_argument("paths", nargs="+")
    worker = add("worker", cmd_worker, "run a worker (enrich: raw->enriched, index: enriched->Elasticsearch)")
    worker.add_argument("kind", choices=["enrich", "index"])
    worker.add_argument("--until-idle", action="store_true", help="exit once the input topic is drained")
    worker.add_argument("--processes", type=int, default=None, help="enrich processes (default: one per core)")
    reenrich = add("reenrich", cmd_reenrich, "re-run enrichment steps on stored documents (to the enriched topic)")
    reenrich.add_argument("--only", action="append", help="step to re-run (repeatable; dependents follow)")
    reenrich.add_argument("--query", help="Elasticsearch query string selecting the documents")
    reenrich.add_argument("--stale", action="store_true", help="only documents a chosen step's version differs on")
    add("run", cmd_run, "run both workers").add_argument("--until-idle", action="store_true")
    search_cli.register(add)
    index_cli.register(add)
    kibana_cli.register(add)
    add("show", cmd_show, "print one stored document").add_argument("id_or_url")
    add("status", cmd_status, "services, offsets, lag, documents, dead letters")
    from pipeline.cli.ingest import add_arguments, cmd_ingest

    add_arguments(add("ingest", cmd_ingest, "fetch feeds, sitemaps, URL lists or pages and publish to the raw topic"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
        logs.configure(settings.log_level)
        return int(args.handler(args, settings))
    except NewslineError as exc:
        print(f"newsline: error: {exc}", file=sys.stderr)
        return 2
    except (KafkaError, TransportError, ApiError) as exc:
        print(f"newsline: error: {_service_error(exc)}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
