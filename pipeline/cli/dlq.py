"""``newsline dlq list|show|redrive``: dead letters people can act on.

Exit codes: ``list`` and ``show`` 0 (``show`` 2 when there is no letter at the position); ``redrive`` 0 when
every selected letter was redriven or had been already, 1 when some could not be (not redrivable: payload by
reference no longer retained, no source topic, unreadable letter; or not acknowledged by Kafka). ``--dry-run``
exits 0 and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pipeline.cli import render
from pipeline.cli.registry import Add

if TYPE_CHECKING:
    from pipeline.settings import Settings

PREVIEW_CHARS = 2000


def _summary(entry: Any) -> dict[str, Any]:
    letter = entry.letter
    if letter is None:
        return {"position": entry.position, "unreadable": entry.error}
    return {
        "position": entry.position, "failed_at": letter.failed_at.isoformat(), "stage": letter.stage,
        "reason": letter.reason, "error_type": letter.error_type, "source": letter.position,
        "key": letter.key, "article_id": letter.article_id,
        "payload": {"stored": letter.payload_stored, "bytes": letter.payload_size, "sha256": letter.payload_sha256},
    }


def _line(item: dict[str, Any]) -> str:
    if "unreadable" in item:
        return f"{item['position']:>10}  (unreadable letter) {item['unreadable']}"
    reason = " ".join(item["reason"].split())
    reason = reason if len(reason) <= 100 else reason[:99] + "…"
    payload = item["payload"]
    return (f"{item['position']:>10}  {item['failed_at'][:19]}  {item['stage']:<16} "
            f"{payload['bytes']:>9}B {payload['stored']:<9}  from {item['source'] or '?'}\n{'':>12}{reason}")


def cmd_list(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.dlq import parse_since, read_letters

    since = parse_since(args.since) if args.since else None
    entries, matched = read_letters(settings.kafka, args.stage, since, args.limit)
    items = [_summary(e) for e in entries]
    if args.json:
        print(render.as_json({"topic": settings.kafka.topics.dead_letter, "matched": matched, "letters": items}))
        return 0
    shown = f" (newest {len(items)} shown; --limit)" if matched > len(items) else ""
    print(f"{matched} dead letter(s) on {settings.kafka.topics.dead_letter}{shown}")
    print("\n".join(_line(item) for item in items))
    return 0


def _payload_text(letter: Any) -> str:
    if letter.payload_stored == "reference":
        return f"stored by reference: {letter.position} (`--payload` re-reads it while the topic retains it)"
    if letter.payload_stored == "base64":
        return f"not UTF-8; base64 in the letter (`--payload` writes the bytes): {letter.payload_b64[:120]}…"
    text = letter.payload_text
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + f"… ({len(text)} characters; --payload)"


def _original_bytes(settings: Settings, letter: Any) -> bytes:
    from pipeline.dlq.exceptions import DlqError
    from pipeline.dlq.reader import TopicReader
    from pipeline.dlq.redrive import original_payload

    with TopicReader(settings.kafka) as reader:
        payload = original_payload(reader, letter)
    if isinstance(payload, str):
        raise DlqError(payload)
    return payload


def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.dlq import read_letter

    entry = read_letter(settings.kafka, args.position)
    if args.payload and entry.letter is not None:
        sys.stdout.buffer.write(_original_bytes(settings, entry.letter))
        return 0
    if args.json:
        letter = entry.letter
        print(render.as_json(letter.model_dump(mode="json") if letter else _summary(entry)))
        return 0
    item = _summary(entry)
    if entry.letter is None:
        print(_line(item))
        return 0
    payload = item.pop("payload")
    print(render.mapping({**item, "payload_stored": payload["stored"], "payload_bytes": payload["bytes"],
                          "payload_sha256": payload["sha256"]}))
    print(f"payload:\n{_payload_text(entry.letter)}")
    return 0


def cmd_redrive(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.dlq import redrive

    report: dict[str, Any] = redrive(settings, args.stage, args.dry_run).to_dict()
    if args.json:
        print(render.as_json(report))
    else:
        verb = "would redrive" if args.dry_run else "redriven"
        print(f"selected={report['selected']} {verb}={report.get('would_redrive', report.get('redriven'))} "
              f"already_redriven={report['already_redriven']} not_redrivable={len(report['not_redrivable'])} "
              f"failed={len(report['failed'])}")
        for letter in report["letters"]:
            print(f"  {verb} {letter['position']} {letter['stage']} -> {letter['to']} ({letter['bytes']} bytes)")
        for item in report["not_redrivable"] + report["failed"]:
            print(f"  not redriven {item['position']}: {item['reason']}")
    return 1 if not args.dry_run and (report["not_redrivable"] or report["failed"]) else 0


def register(add: Add) -> None:
    parser = add("dlq", lambda args, settings: 0, "dead letters: list, show, redrive")
    sub = parser.add_subparsers(dest="dlq_command", required=True)

    def command(name: str, handler: Callable[[argparse.Namespace, Settings], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        p.set_defaults(handler=handler)
        p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
        return p

    listing = command("list", cmd_list, "dead letters, oldest first (the newest --limit)")
    listing.add_argument("--stage", help="a stage (decode, enrich:<step>, index:rejected) or its prefix (index)")
    listing.add_argument("--since", help="failed at/after: ISO date/time, or an age like 30m, 6h, 7d")
    listing.add_argument("--limit", type=int, default=100, help="newest N letters shown (default 100)")
    show = command("show", cmd_show, "one dead letter: where it came from, why, and its payload")
    show.add_argument("position", help="partition@offset, as `newsline dlq list` prints")
    show.add_argument("--payload", action="store_true", help="write the original payload bytes to stdout")
    redrive = command("redrive", cmd_redrive, "re-publish letters' original payloads to their original topics")
    redrive.add_argument("--stage", help="only letters of this stage (or prefix)")
    redrive.add_argument("--dry-run", action="store_true", help="report what would be redriven; change nothing")
