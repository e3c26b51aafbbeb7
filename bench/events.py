"""Cost and quality of cross-language event linking (the ``event`` enrichment step).

Usage: python -m bench.events [--rounds N] [--share S] [--no-services]

On the labelled set (tests/enrich/events/labelled.jsonl: 64 short articles in five languages, 73 cross-language
pairs and 16 distractors), each article is first taken through the other steps (language, entities, countries:
untimed). Then, in CPU time of this process (best of ``--rounds``): the event step as the worker runs it on the
in-memory store (embedding + candidates + decision), the embedding alone at several ``max_words`` (the CPU grows
with the tokens) and the precision and recall each of them gives, and with services the step on the
Elasticsearch store (approximate kNN, ``wait_for`` writes; Elasticsearch's own CPU is not counted). Precision and
recall of linking come from the same run.
Results go to bench/results/events.json.
"""

from __future__ import annotations

import argparse
import json
import time
import uuid
from typing import Any

from bench import events_reuse
from bench.enrich import RESULTS
from pipeline.enrich.events import embed
from pipeline.enrich.events.es_store import ElasticsearchEventStore
from pipeline.enrich.events.store import MemoryEventStore
from pipeline.index.client import make_client
from pipeline.settings import EventSettings, load_settings
from tests.enrich.events.linking import link, load, prepared, score

WORDS = (16, 32, 48, 96)


def embedding_ms(texts: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        embed.embed(texts, cache=None)
        best = min(best, time.process_time() - start)
    return round(1000 * best / len(texts), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--share", type=float, default=0.3, help="near-duplicate share of the reuse stream")
    parser.add_argument("--no-services", action="store_true", help="skip the Elasticsearch store")
    args = parser.parse_args()
    settings = load_settings()
    events: EventSettings = settings.enrich.events
    rows = load()
    enriched = prepared(rows)
    embed.embed(["warm up"])
    report: dict[str, Any] = {"articles": len(rows), "settings": events.model_dump(), "model": embed.MODEL}
    runs = [link(rows, enriched, events, MemoryEventStore()) for _ in range(args.rounds)]
    quality = score(rows, runs[0][0], min(ms for _, ms in runs))
    report["quality"] = {**quality.as_dict(), "precision": round(quality.precision, 3),
                         "recall": round(quality.recall, 3)}
    report["event_step_ms_per_article_memory_store"] = quality.cpu_ms_per_article
    report["embedding_ms_per_article_by_max_words"] = {
        str(words): embedding_ms([embed.passage(e.article, words) for e in enriched], args.rounds) for words in WORDS}
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
    if not args.no_services:
        with make_client(settings.elasticsearch) as es:
            store = ElasticsearchEventStore(es, f"bench-events-{uuid.uuid4().hex[:8]}")
            store.ensure()
            try:
                events_es, ms = link(rows, enriched, events, store)
                report["event_step_ms_per_article_elasticsearch_store"] = round(ms, 2)
                on_es = score(rows, events_es, ms)
                report["quality_elasticsearch_store"] = {"precision": round(on_es.precision, 3),
                                                         "recall": round(on_es.recall, 3)}
            finally:
                es.indices.delete(index=store.index, ignore_unavailable=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "events.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
