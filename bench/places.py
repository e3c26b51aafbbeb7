"""Cost and accuracy of the place resolver (the ``locations`` step).

Usage: python -m bench.places [--articles N]

- load: CPU seconds to build the GeoNames gazetteer once per process, the memory it keeps (tracemalloc) and
  how many names it knows;
- ms/article of the ``locations`` step alone, in CPU time of this process, best of 3 rounds, on the synthetic
  corpus (bench/corpus.py; entities extracted beforehand, untimed) and on a dense case: articles of 40 place
  mentions drawn from the labelled set;
- accuracy on the labelled set (tests/enrich/places/labelled.yaml), the resolver given the labelled mentions;
- with ``--ner``, end to end on the same texts: the entities step (spaCy; the CoreNLP server for German and
  Spanish) then the resolver; per language, the share of labelled places found among the article's locations.
Results go to bench/results/places.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import time
import tracemalloc
from collections.abc import Sequence
from typing import Any

from bench.corpus import generate
from pipeline.enrich.entities import ner
from pipeline.enrich.places import geonames
from pipeline.enrich.steps import ENTITIES, LANGUAGE
from pipeline.enrich.steps.locations import locations
from pipeline.models import Article, Provenance
from pipeline.settings import PROJECT_ROOT
from tests.enrich.places.accuracy import load, misses

RESULTS = PROJECT_ROOT / "bench" / "results"
ROUNDS = 3
DENSE_MENTIONS = 40


def load_cost() -> dict[str, float]:
    gc.collect()
    tracemalloc.start()
    gazetteer = geonames.build()
    gc.collect()
    kept = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del gazetteer
    start = time.process_time()
    gazetteer = geonames.build()
    seconds = time.process_time() - start
    return {"load_cpu_s": round(seconds, 2), "kept_mb": round(kept / 2**20, 1), "names": len(gazetteer.names)}


def ms_per_article(entity_lists: Sequence[list[dict[str, Any]]]) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time()
        for entities in entity_lists:
            locations(entities)
        best = min(best, time.process_time() - start)
    return 1000 * best / len(entity_lists)


def corpus_entities(count: int) -> list[list[dict[str, Any]]]:
    articles = generate(count, seed=7, near_duplicate_share=0.3)
    fields = [LANGUAGE.apply([a], [{}])[0] for a in articles]
    return [ENTITIES.apply([a], [f])[0]["entities"] for a, f in zip(articles, fields, strict=True)]


def dense_entities(count: int) -> list[list[dict[str, Any]]]:
    names = sorted({p["mention"] for case in load() for p in case["places"]})
    rng = random.Random(7)
    return [[{"name": n, "kind": "place", "count": 1, "surface_forms": [n]} for n in rng.sample(names, DENSE_MENTIONS)]
            for _ in range(count)]


def end_to_end() -> dict[str, dict[str, float]]:
    """Per language the NER serves: labelled places (with an id) and the share found among the locations."""
    found: dict[str, list[int]] = {}
    for case in load():
        if case["lang"] not in ner.languages():
            continue
        article = Article.build(title="Report", text=case["text"], url="https://bench.example.com/p", source="bench",
                                extraction=Provenance(producer="bench", version="1"))
        entities = ENTITIES.apply([article], [{"language": {"code": case["lang"]}}])[0]["entities"]
        ids = {loc["geonames_id"] for loc in locations(entities)}
        for place in case["places"]:
            if place["geonames_id"] is not None:
                found.setdefault(case["lang"], []).append(str(place["geonames_id"]) in ids)
    return {lang: {"places": len(hits), "found": round(sum(hits) / len(hits), 3)} for lang, hits in sorted(found.items())}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--ner", action="store_true", help="also end to end with the NER (needs the CoreNLP server)")
    args = parser.parse_args(argv)
    result: dict[str, Any] = load_cost()
    geonames.default()  # the step's own copy, loaded before timing
    corpus = corpus_entities(args.articles)
    places = sum(1 for entities in corpus for e in entities if e["kind"] == "place")
    total, wrong = misses(load())
    result.update({
        "corpus_articles": len(corpus), "corpus_place_entities_per_article": round(places / len(corpus), 1),
        "corpus_ms_per_article": round(ms_per_article(corpus), 3),
        "dense_mentions_per_article": DENSE_MENTIONS,
        "dense_ms_per_article": round(ms_per_article(dense_entities(200)), 3),
        "labelled_mentions": total, "labelled_correct": total - len(wrong), "accuracy": round(1 - len(wrong) / total, 3),
        "misses": wrong,
    })
    if args.ner:
        result["end_to_end"] = end_to_end()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "places.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "misses"}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
