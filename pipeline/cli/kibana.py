"""``newsline kibana import|validate``: the saved objects in ``config/kibana/``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.cli import render
from pipeline.cli.registry import Add

if TYPE_CHECKING:
    from pipeline.settings import Settings



def cmd_kibana(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.kibana import SAVED_OBJECTS_DIR, KibanaImportError, import_saved_objects, validate_against_live_mapping

    folder = args.dir or SAVED_OBJECTS_DIR
    if args.action == "validate":
        report = validate_against_live_mapping(settings, folder)
    else:
        if not args.url:
            raise KibanaImportError("kibana import needs --url, e.g. --url http://127.0.0.1:5601")
        report = import_saved_objects(args.url, folder, settings=settings, space=args.space, timeout=args.timeout)
    print(render.as_json(report) if args.json else render.mapping(report))
    return 0


def register(add: Add) -> None:
    p = add("kibana", cmd_kibana, "import or validate the Kibana saved objects (data view, search, dashboard)")
    p.add_argument("action", choices=["import", "validate"])
    p.add_argument("--url", help="Kibana base URL, e.g. http://kibana:5601")
    p.add_argument("--space", help="Kibana space id (default: the default space)")
    p.add_argument("--dir", type=Path, help="folder of .ndjson files (default config/kibana/)")
    p.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for Kibana's answer")
