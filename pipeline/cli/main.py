"""``newsline`` command line: services, setup, replay, workers, search, status.

Start-up stays fast (``newsline --help`` in well under a second): this module and the ``register``
modules it wires in import only the standard library and ``pipeline.cli.render`` at module level.
Settings (pydantic-settings), the Kafka/Elasticsearch clients, spaCy, trafilatura... are imported
inside the command handlers, or in :func:`main` once a command has been chosen.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.cli import airflow as airflow_cli
from pipeline.cli import dlq as dlq_cli
from pipeline.cli import index as index_cli
from pipeline.cli import kibana as kibana_cli
from pipeline.cli import render
from pipeline.cli import revisions as revisions_cli
from pipeline.cli import search as search_cli
from pipeline.cli import trending as trending_cli
from pipeline.cli import watch as watch_cli
from pipeline.exceptions import NewslineError

if TYPE_CHECKING:
    from pipeline.settings import Settings

log = logging.getLogger("pipeline.cli")


ES_CREDENTIALS = {
    "api_key": "elasticsearch.api_key / NEWSLINE_ELASTICSEARCH_API_KEY",
    "password": "elasticsearch.username / elasticsearch.password, "
    "NEWSLINE_ELASTICSEARCH_USERNAME / NEWSLINE_ELASTICSEARCH_PASSWORD",
}
ES_CA = "elasticsearch.ca_certs / NEWSLINE_ELASTICSEARCH_CA_CERTS"


def _es_security_error(exc: Exception, settings: Settings | None) -> str | None:
    """Auth and TLS failures, with the setting to fix; None for other errors."""
    from elastic_transport import TlsError
    from elasticsearch import AuthenticationException, AuthorizationException

    uses_key = settings is not None and settings.elasticsearch.api_key is not None
    credentials = ES_CREDENTIALS["api_key" if uses_key else "password"]
    if isinstance(exc, AuthenticationException):
        return f"Elasticsearch: authentication failed (setting {credentials})"
    if isinstance(exc, AuthorizationException):
        return f"Elasticsearch: permission denied: {exc.message} (setting {credentials})"
    if isinstance(exc, TlsError) or "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return f"Elasticsearch: TLS certificate verification failed (setting {ES_CA})"
    return None


def _service_error(exc: Exception, settings: Settings | None = None) -> str:
    """One line: the service, what failed and, for auth/TLS failures, the setting to fix."""
    from kafka.errors import KafkaError

    if isinstance(exc, KafkaError):
        from pipeline.kafka.diagnose import explain, probe

        text = explain(exc) or (probe(settings.kafka) if settings is not None else None)
        return text or f"Kafka: {type(exc).__name__}: {exc} (is it running? `newsline services status`)"
    text = _es_security_error(exc, settings)
    return text or f"Elasticsearch: {type(exc).__name__}: {exc} (is it running? `newsline services status`)"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _print(args: argparse.Namespace, data: Any, text: str | None = None) -> None:
    print(render.as_json(data) if getattr(args, "json", False) or text is None else text)


def cmd_services(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.cli.devtools import dev_module
    from pipeline.provision import run_setup

    services = dev_module("services", "`newsline services` (local Kafka and Elasticsearch)")

    update: dict[str, object] = {"secure": True} if args.secure else {}
    if args.kafka_brokers is not None:
        update["kafka_brokers"] = args.kafka_brokers
    if args.es_nodes is not None:
        update["es_nodes"] = args.es_nodes
    if update:
        services_settings = settings.services.model_validate(settings.services.model_dump() | update)
        settings = settings.model_copy(update={"services": services_settings})
    if args.action == "up":
        report = services.up(settings)
        report["setup"] = run_setup(services.client_settings(settings))
    elif args.action == "down":
        report = services.down(settings)
    else:
        report = services.status(settings)
    _print(args, report, render.mapping(report))
    return 0


def cmd_setup(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.provision import run_setup

    _print(args, run_setup(settings), None)
    return 0


def cmd_replay(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0 when every input was published (truncated ones included), 1 when any input was rejected (the
    others are still published), 2 on a configuration error, 3 when Kafka is unreachable."""
    from pipeline.sources.replay import replay_paths

    report = replay_paths([Path(p) for p in args.paths], settings, progress=sys.stderr.isatty())
    text = (f"files={report.files} published={report.published} rejected={report.rejected} "
            f"truncated={len(report.truncated)}")
    text += "".join(f"\n  rejected ({n}): {kind}" for kind, n in report.rejected_by_reason().items())
    text += "".join(f"\n  rejected {where}: {reason}" for where, reason in report.failed)
    text += "".join(f"\n  truncated {where}: {detail}" for where, detail in report.truncated)
    _print(args, report.to_dict(), text)
    return 1 if report.failed else 0


def cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.workers.exceptions import DrainTimeoutError, WorkerMisconfiguredExit
    from pipeline.workers.supervisor import (
        EXIT_DRAIN_TIMEOUT,
        EXIT_MISCONFIGURED,
        Supervisor,
        interrupted_exit,
        make_worker,
    )

    default = settings.enrich.process_count(settings.kafka.topics.partitions) if args.kind == "enrich" else 1
    processes = args.processes or default
    if args.processes is not None or processes > 1:
        report = Supervisor(settings, args.kind, processes, until_idle=args.until_idle).run()
        _print(args, report, None)
        if report["ok"]:
            return 0
        return interrupted_exit(report["stop_signal"]) if args.until_idle and report["stop_signal"] else 1
    worker = make_worker(settings, args.kind)
    worker.install_signal_handlers()
    try:
        stats = worker.run(until_idle=args.until_idle)
    except WorkerMisconfiguredExit as exc:
        print(f"newsline: error: {exc}", file=sys.stderr)
        return EXIT_MISCONFIGURED
    except DrainTimeoutError as exc:
        _print_drain_timeout(exc)
        return EXIT_DRAIN_TIMEOUT
    _print(args, stats.to_dict(), None)
    if args.until_idle and not worker.drained:
        print(f"newsline: error: worker {args.kind} stopped before its input topic was drained", file=sys.stderr)
        return interrupted_exit(worker.stop_signal)
    return 0


def _print_drain_timeout(exc: Exception) -> None:
    print(f"newsline: error: {exc}", file=sys.stderr)
    for lag in getattr(exc, "lags", []):
        parts = lag.get("partitions", {})
        print(f"  remaining lag topic={lag['topic']} group={lag['group']} lag={lag['lag']}", file=sys.stderr)
        for partition, info in parts.items():
            print(f"    {lag['topic']}[{partition}] end={info['end']} committed={info['committed']} lag={info['lag']}",
                  file=sys.stderr)


def cmd_reenrich(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.cli.reenrich import reenrich

    _print(args, reenrich(settings, args.only, args.query, args.stale), None)
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Exit 0: every group committed to the end offsets. 4: drain timeout (lag printed). 1: a worker died."""
    from elasticsearch import ApiError, TransportError
    from kafka.errors import KafkaError

    from pipeline.runner import run_until_idle
    from pipeline.workers.exceptions import DrainTimeoutError, WorkerDiedError, WorkerMisconfiguredExit
    from pipeline.workers.supervisor import EXIT_DRAIN_TIMEOUT, EXIT_MISCONFIGURED

    if not args.until_idle:
        raise NewslineError("run currently needs --until-idle; use `newsline worker enrich|index` for long-running workers")
    try:
        counts = run_until_idle(settings)
    except DrainTimeoutError as exc:
        _print_drain_timeout(exc)
        return EXIT_DRAIN_TIMEOUT
    except WorkerMisconfiguredExit as exc:
        print(f"newsline: error: {exc}", file=sys.stderr)
        return EXIT_MISCONFIGURED
    except WorkerDiedError as exc:  # e.g. an enrich process was killed
        print(f"newsline: error: {exc}", file=sys.stderr)
        return 1
    except (NewslineError, KafkaError, TransportError, ApiError):
        raise
    except Exception as exc:  # noqa: BLE001 - a worker died: report it, never exit 0
        log.exception("worker died")
        print(f"newsline: error: a worker died: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    _print(args, counts, None)
    return 0


def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.search import show_document, why_event

    doc = show_document(settings, args.id_or_url, with_event=True)
    if args.why_event:
        why = why_event(doc)
        _print(args, why, render.mapping(why))
        return 0
    _print(args, doc, render.document(doc))
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.status import collect

    report = collect(settings)
    local = _local_services(settings)
    if local is not None:
        report = {"services": local, **report}
    _print(args, report, render.mapping(report))
    return 0


def _local_services(settings: Settings) -> dict[str, Any] | None:
    """The local services' status (``newsline services status``) when the development tooling is installed."""
    from pipeline.cli.devtools import DevToolingMissing, dev_module

    try:
        services = dev_module("services", "local services")
    except DevToolingMissing:
        return None  # a production install: the "cluster" and "pipeline" sections report the services
    return dict(services.status(settings))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsline", description=(__doc__ or "").split("\n\n", 1)[0])
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, handler: Callable[[argparse.Namespace, Settings], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        p.set_defaults(handler=handler)
        p.add_argument("--json", action="store_true", help="print JSON")
        return p

    service = add("services", cmd_services, "start/stop/inspect local Kafka and Elasticsearch")
    service.add_argument("action", choices=["up", "down", "status"])
    service.add_argument(
        "--secure", action="store_true", help="TLS + SCRAM/API-key services (as services.secure=true; see README)"
    )
    for flag, setting in (("--kafka-brokers", "kafka_brokers"), ("--es-nodes", "es_nodes")):
        service.add_argument(flag, type=int, choices=range(1, 10), metavar="N",
                             help=f"nodes to run (as services.{setting}; node i on the base port + i)")
    add("setup", cmd_setup, "create topics, index template, index and aliases")
    add("replay", cmd_replay, "publish .txt/.html/.json files to the raw topic").add_argument("paths", nargs="+")
    worker = add("worker", cmd_worker, "run a worker (enrich: raw->enriched, index: enriched->Elasticsearch)")
    worker.add_argument("kind", choices=["enrich", "index"])
    worker.add_argument("--until-idle", action="store_true", help="exit once the input topic is drained (exit "
                        "128 + the signal number, e.g. 130 or 143, when stopped by a signal before that)")
    worker.add_argument(
        "--processes", type=int, default=None,
        help="supervised child processes, restarted when they die (default: enrich.processes for enrich; "
        "without the flag and with 1 process the worker runs in this process)",
    )
    reenrich = add("reenrich", cmd_reenrich, "re-run enrichment steps on stored documents (to the enriched topic)")
    reenrich.add_argument("--only", action="append", help="step to re-run (repeatable; dependents follow)")
    reenrich.add_argument("--query", help="Elasticsearch query string selecting the documents")
    reenrich.add_argument("--stale", action="store_true", help="only documents a chosen step's version differs on")
    add("run", cmd_run, "run both workers").add_argument("--until-idle", action="store_true")
    search_cli.register(add)
    trending_cli.register(add)
    watch_cli.register(add)
    index_cli.register(add)
    kibana_cli.register(add)
    dlq_cli.register(add)
    airflow_cli.register(add)
    revisions_cli.register(add)
    show = add("show", cmd_show, "print one stored document and the stories of its event by language")
    show.add_argument("id_or_url")
    show.add_argument("--why-event", action="store_true", help="why the article is in its event (or founded it)")
    add("status", cmd_status, "services, offsets, lag, documents, dead letters")
    from pipeline.cli.ingest import add_arguments, cmd_ingest

    add_arguments(add("ingest", cmd_ingest, "fetch feeds, sitemaps, URL lists or pages and publish to the raw topic"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # a command was chosen: now the heavy imports are worth their time
    from elasticsearch import ApiError, TransportError
    from kafka.errors import KafkaError

    from pipeline import logs
    from pipeline.settings import load_settings

    settings: Settings | None = None
    try:
        settings = load_settings()
        logs.configure(settings.log_level)
        return int(args.handler(args, settings))
    except NewslineError as exc:
        print(f"newsline: error: {exc}", file=sys.stderr)
        return 2
    except (KafkaError, TransportError, ApiError) as exc:
        print(f"newsline: error: {_one_line(_service_error(exc, settings))}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        return 130
