"""``newsline index status|rollover|migrate``: the versioned article indices behind the aliases."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.cli import render
from pipeline.cli.registry import Add

if TYPE_CHECKING:
    from pipeline.settings import Settings



def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.index.client import make_client
    from pipeline.index.latency import latency
    from pipeline.index.migrate import migrate
    from pipeline.index.rollover import conditions, rollover
    from pipeline.index.status import index_status
    from pipeline.index.template import TEMPLATE_FILE

    es = settings.elasticsearch
    with make_client(es) as client:
        if args.action == "rollover":
            when = conditions(args.max_docs, args.max_age, args.max_size)
            report = rollover(client, es, when, dry_run=args.dry_run)
        elif args.action == "migrate":
            report = migrate(client, es, template=args.template or TEMPLATE_FILE, batch=args.batch,
                             delete_old=args.delete_old)
        elif args.action == "latency":
            report = latency(client, es, sample=args.sample)
        else:
            report = index_status(client, es)
    print(render.as_json(report) if args.json else render.mapping(report))
    return 0


def register(add: Add) -> None:
    p = add("index", cmd_index, "article indices: status, rollover, migrate, publish->searchable latency")
    p.add_argument("action", choices=["status", "rollover", "migrate", "latency"])
    p.add_argument("--max-docs", type=int, help="rollover: only if the write index has this many documents")
    p.add_argument("--max-age", help="rollover: only if the write index is older, e.g. 30d")
    p.add_argument("--max-size", help="rollover: only if the primary shard is larger, e.g. 50gb")
    p.add_argument("--dry-run", action="store_true", help="rollover: check the conditions only")
    p.add_argument("--template", type=Path, help="migrate: template file (default config/elasticsearch/)")
    p.add_argument("--batch", type=int, default=500, help="migrate: documents per copy batch")
    p.add_argument("--delete-old", action="store_true", help="migrate: delete the old indices afterwards")
    p.add_argument("--sample", type=int, default=1000, help="latency: most recently indexed documents to use")
