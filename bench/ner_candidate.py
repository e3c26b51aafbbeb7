"""Accuracy and CPU of a spaCy model package newsline does not use, run through newsline's entities step.

Usage: python -m bench.ner_candidate --lang cs --package cs_core_news_sm [--rounds N]

For judging a registry model before wiring it: the package must be installed by hand for the run (e.g.
``uv pip install --python .venv/bin/python cs_core_news_sm-0.2.1-py3-none-any.whl --no-deps``) and is
registered for ``--lang`` in this process only (``ner.MODELS``), loaded with NER's components only. The
articles are the labelled ``tests/enrich/ner_samples/<lang>.json`` (names written down before the model ran),
scored per kind with the scorer of ``tests/enrich/test_ner_languages.py``. "endings_ignored" also counts a name
as matched when it has the same words but for up to three final letters of each, an upper bound for a rule
that would put inflected names ("Andrejem Babišem") in the nominative. CPU as ``bench.ner_languages``: every
line through the model, one warm-up round, the mean of the others. Results go to
bench/results/ner_candidate_<lang>.json.
"""

from __future__ import annotations

import argparse
import json
import time
from importlib.metadata import version
from typing import Any

from pipeline.enrich.entities import ner
from pipeline.enrich.entities.mentions import prepare
from pipeline.enrich.entities.merge import merge
from pipeline.enrich.steps.entities import entities_of
from pipeline.settings import PROJECT_ROOT
from tests.enrich.ner_accuracy import KINDS, fold, load, same, scores

RESULTS = PROJECT_ROOT / "bench" / "results"
EXTRA_COMPONENTS = ["trainable_lemmatizer"]  # a component newer pipelines ship that NER does not need


def endings_ignored(a: str, b: str) -> bool:
    wa, wb = fold(a).split(), fold(b).split()
    if len(wa) != len(wb):
        return same(a, b)
    stems = [max(3, min(len(x), len(y)) - 3) for x, y in zip(wa, wb, strict=True)]
    return all(x[:n] == y[:n] for x, y, n in zip(wa, wb, stems, strict=True))


def loose_scores(expected: list[list[str]], found: list[list[str]]) -> tuple[float, float]:
    hits_p = sum(any(endings_ignored(f, e) for e in exp) for exp, fnd in zip(expected, found, strict=True) for f in fnd)
    hits_r = sum(any(endings_ignored(e, f) for f in fnd) for exp, fnd in zip(expected, found, strict=True) for e in exp)
    total_p, total_r = sum(map(len, found)), sum(map(len, expected))
    return (hits_p / total_p if total_p else 1.0), (hits_r / total_r if total_r else 1.0)


def accuracy(lang: str) -> dict[str, Any]:
    samples = load(lang)
    texts = [f"{s['title']}\n\n{s['text']}" for s in samples]
    ner.CACHE = ner.LineCache()
    results = entities_of(texts, lang)
    report: dict[str, Any] = {}
    for key, kind in KINDS.items():
        expected = [list(s[key]) for s in samples]
        found = [[e.name for e in entities if e.kind == kind] for entities in results]
        strict, loose = scores(expected, found), loose_scores(expected, found)
        report[kind] = {"precision": round(strict[0], 3), "recall": round(strict[1], 3),
                        "endings_ignored": {"precision": round(loose[0], 3), "recall": round(loose[1], 3)},
                        "found": sum(map(len, found)), "expected": sum(map(len, expected)),
                        "missed": [e for exp, fnd in zip(expected, found, strict=True) for e in exp
                                   if not any(same(e, f) for f in fnd)]}
    return report


def cpu_ms(lang: str, rounds: int) -> dict[str, float]:
    texts = [f"{s['title']}\n\n{s['text']}" for s in load(lang)]

    def one_round() -> float:
        started = time.process_time()
        for found, text in zip(ner.mentions(texts, lang, cache=ner.LineCache()), texts, strict=True):
            merge(prepare(found, text), text)
        return (time.process_time() - started) * 1000

    one_round()  # warm-up: model load
    per_article = sum(one_round() for _ in range(rounds)) / rounds / len(texts)
    chars = sum(map(len, texts)) / len(texts)
    return {"ms_per_article": round(per_article, 2), "ms_per_1000_chars": round(per_article * 1000 / chars, 2),
            "mean_chars": round(chars)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", required=True)
    parser.add_argument("--package", required=True, help="the model's import name, e.g. cs_core_news_sm")
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    distribution = args.package.replace("_", "-")
    ner.MODELS[args.lang] = (args.package, distribution, args.package)
    ner.NOT_NER.extend(c for c in EXTRA_COMPONENTS if c not in ner.NOT_NER)
    nlp = ner.load(args.lang)
    report = {"package": f"{distribution}=={version(distribution)}", "license": nlp.meta.get("license"),
              "author": nlp.meta.get("author"), "pipes": nlp.pipe_names,
              "accuracy": accuracy(args.lang), "cpu": cpu_ms(args.lang, args.rounds)}
    print(json.dumps(report, indent=2, ensure_ascii=False))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"ner_candidate_{args.lang}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
