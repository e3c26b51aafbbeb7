"""English entities: what spaCy memory zones cost, and what the vocabulary budget gives back (same run, ratios).

Usage: python -m bench.ner_vocabulary [--articles 200] [--rounds 3]   (no services needed; part of make bench-ner)

spaCy keeps every token it has not seen in its vocabulary unless the text goes through the model inside a memory
zone; inside one it caches nothing (no tokenizer cache entry, a new lexeme for every word of every batch).
Four English models, each loaded afresh, read the same English articles of bench/corpus.py in worker-sized
batches (the distinct lines of a batch, as ``ner.mentions`` sends them):
- ``no_zone``: never a zone (newsline before its NER ran in zones): fastest, memory grows with every new token;
- ``zone_per_batch``: a zone around every batch: bounded, every batch starts cold;
- ``budget``: what newsline does (``ner._zone``): no zone until the model has added ``ner.VOCABULARY_BUDGET``
  strings, then a zone per batch;
- ``budget_spent``: the same after the budget is used up (a long-running worker's state): it first reads other
  articles outside a zone, then every batch runs in a zone with the words it learnt still cached.
Each round gives every model new articles (a worker never reads the same text twice), models in turn, so the
machine's load falls on all of them alike. Figures: CPU ms per article of this process (``process_time``) and the
ratio to ``no_zone`` measured in the same run; the string store's growth. Results:
bench/results/ner_vocabulary.json.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from typing import Any

import spacy

from bench.corpus import generate
from pipeline.enrich.entities import ner
from pipeline.settings import PROJECT_ROOT, get_settings

RESULTS = PROJECT_ROOT / "bench" / "results"
VARIANTS = ("no_zone", "zone_per_batch", "budget", "budget_spent")
Zone = Callable[[Any], AbstractContextManager[Any]]


def batches(count: int, seed: int) -> list[list[str]]:
    """The distinct lines of each worker-sized batch of ``count`` English articles (30% wire copies)."""
    size = get_settings().workers.batch_size
    texts = [f"{a.title}\n\n{a.text}" for a in generate(count, seed=seed, near_duplicate_share=0.3)]
    return [list(dict.fromkeys(line for text in texts[i : i + size] for _, line in ner.lines(text)))
            for i in range(0, len(texts), size)]


def run(nlp: Any, zone: Zone, work: list[list[str]]) -> float:
    """CPU seconds of this process to find the mentions of every batch, each batch in ``zone(nlp)``."""
    started = time.process_time()
    for lines in work:
        with zone(nlp):
            for doc in nlp.pipe(lines, batch_size=ner.BATCH_SIZE):
                [(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]
    return time.process_time() - started


def budgeted(limit: int) -> Zone:
    return lambda nlp: nullcontext() if len(nlp.vocab.strings) < limit else nlp.memory_zone()


def models(warm: list[list[str]]) -> dict[str, tuple[Any, Zone]]:
    """Each variant's own model and zone rule; ``budget_spent`` has read ``warm`` outside a zone first."""
    package = ner.MODELS["en"][0]
    loaded = {name: spacy.load(package, exclude=ner.NOT_NER) for name in VARIANTS}
    run(loaded["budget_spent"], lambda _: nullcontext(), warm)
    return {
        "no_zone": (loaded["no_zone"], lambda _: nullcontext()),
        "zone_per_batch": (loaded["zone_per_batch"], lambda nlp: nlp.memory_zone()),
        "budget": (loaded["budget"], budgeted(len(loaded["budget"].vocab.strings) + ner.VOCABULARY_BUDGET)),
        "budget_spent": (loaded["budget_spent"], budgeted(len(loaded["budget_spent"].vocab.strings))),
    }


def measure(articles: int, rounds: int, seed: int = 7) -> dict[str, Any]:
    chosen = models(batches(articles, seed + 100))
    start = {name: len(nlp.vocab.strings) for name, (nlp, _) in chosen.items()}
    seconds = dict.fromkeys(VARIANTS, 0.0)
    for number in range(rounds):
        work = batches(articles, seed + number)
        for name, (nlp, zone) in chosen.items():
            seconds[name] += run(nlp, zone, work)
    n = articles * rounds
    base = seconds["no_zone"]
    return {
        "articles": n, "rounds": rounds, "vocabulary_budget": ner.VOCABULARY_BUDGET,
        "variants": {name: {"ms_per_article": round(1000 * s / n, 2), "vs_no_zone": round(s / base, 3),
                            "strings_added": len(chosen[name][0].vocab.strings) - start[name]}
                     for name, s in seconds.items()},
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="English articles per round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    report = measure(args.articles, args.rounds)
    print(json.dumps(report, indent=2))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "ner_vocabulary.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
