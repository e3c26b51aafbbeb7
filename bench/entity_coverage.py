"""Entities on real publisher pages, per language: ``python -m bench.entity_coverage [--every N]``.

The pages are those of :mod:`bench.search_real` (go-readability's article pages and htmldate's 1,000 news,
magazine and blog pages, pinned Go modules, see ``tests/extract/realworld``), each through the pipeline's own
extraction path; an article is kept when its body has at least ``MIN_WORDS`` words and is not the same story as
an earlier page. Each kept article goes through the worker's language, metrics, fingerprint and entities steps
(spaCy for English and French, Natasha for Russian, the CoreNLP server for German, Spanish, Italian and Hungarian:
``newsline services up``).
Per detected language:
articles, articles with at least one entity, their share, entities per article, and CPU per article of this
process (the CoreNLP JVM's CPU is in ``bench.ner_languages``).

The share is of all kept articles, not only of those a reader would say name someone: a body of 150 words of
news nearly always names a person, organisation or place, so the figure is a floor on "documents with entities
of those with any in the text". Writes ``bench/results/entity_coverage.json`` (whole set only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.search_real import originals, pages
from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.exceptions import StepError
from pipeline.enrich.steps import ENTITIES, FINGERPRINT, LANGUAGE, METRICS
from pipeline.models import Article

OUT = Path(__file__).parent / "results" / "entity_coverage.json"
BATCH = 16


def _enriched(articles: list[Article]) -> tuple[list[tuple[str, int, str]], float]:
    """(language, entity count, skipped reason) per article, and this process's CPU seconds."""
    rows: list[tuple[str, int, str]] = []
    start = time.process_time()
    for i in range(0, len(articles), BATCH):
        for result in enrich_batch(articles[i : i + BATCH], (LANGUAGE, METRICS, FINGERPRINT, ENTITIES)):
            if isinstance(result, StepError):
                raise SystemExit(f"enrichment failed: {result}")
            enrichment = result.enrichment
            rows.append((enrichment.language.code or "und", len(enrichment.entities),
                         enrichment.skipped.get("entities", "")))
    return rows, time.process_time() - start


def coverage(every: int = 1) -> dict[str, Any]:
    kept, left = originals(pages(every))
    articles = [article for article, _language, _extra in kept]
    rows, cpu_s = _enriched(articles)
    by_language: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for language, count, skipped in rows:
        by_language[language].append((count, skipped))
    table = {}
    for language, found in sorted(by_language.items(), key=lambda item: -len(item[1])):
        with_any = sum(1 for count, _ in found if count)
        table[language] = {
            "articles": len(found), "with_entities": with_any, "share": round(with_any / len(found), 3),
            "entities_per_article": round(sum(count for count, _ in found) / len(found), 1),
            "skipped": sum(1 for _, skipped in found if skipped),
        }
    return {"pages_every": every, "articles": len(articles), "left_out": left,
            "cpu_ms_per_article_this_process": round(1000 * cpu_s / max(1, len(articles)), 1),
            "languages": table}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.entity_coverage", description=__doc__.split("\n")[0])
    parser.add_argument("--every", type=int, default=1, help="htmldate pages: every n-th only (default all)")
    args = parser.parse_args(argv)
    report = coverage(args.every)
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()
    if args.every == 1:
        OUT.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
