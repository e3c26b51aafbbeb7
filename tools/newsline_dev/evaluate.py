"""Score the entity and quote steps against hand labels: precision/recall per kind, label errors, speakers.

``python -m newsline_dev.evaluate [DIR] [--json]`` (default ``tests/fixtures/entities``).

Entities: a predicted entity is correct when its canonical name or one of its surface forms equals
(case/accent-insensitively) one accepted name of a gold entity of the same kind; each gold entity is matched
at most once. A prediction matching a gold ``ignore`` entry (events, venues, products: neither right nor
wrong) is not counted. A *label error* is a prediction that is wrong for its kind but names a gold entity of
another kind (present, under the wrong label).

Quotes: a predicted quote matches the gold quote whose opening words it starts with. Quote precision and
recall count matched quotes; speaker precision is correct speakers over predicted quotes that name one,
speaker recall is correct speakers over gold quotes.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.enrich.entities.countries import fold
from pipeline.enrich.quotes import Quote, find_quotes
from pipeline.enrich.steps.entities import entities_of
from pipeline.models import Entity
from pipeline.settings import PROJECT_ROOT

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "entities"
KINDS = ("person", "organization", "place", "group")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 3), "recall": round(self.recall, 3), "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "missed": self.misses, "spurious": self.spurious}


@dataclass(frozen=True)
class Fixture:
    name: str
    text: str
    gold: dict[str, list[str]]
    quotes: list[dict[str, str]] | None  # None: the article's quotes were not labelled


def load_fixture(path: Path) -> Fixture:
    data = json.loads(path.read_text(encoding="utf-8"))
    if "seed" in data:
        title, _, body = (PROJECT_ROOT / "seeds" / data["seed"]).read_text(encoding="utf-8").partition("\n")
        text = f"{title.strip()}\n\n{body.strip()}"
    else:
        text = f"{data['title']}\n\n{data['text']}"
    return Fixture(path.stem, text, data["gold"], data.get("quotes"))


def _alternatives(entries: Sequence[str]) -> list[set[str]]:
    return [{fold(alt) for alt in entry.split("|")} for entry in entries]


def _names(entity: Entity) -> set[str]:
    return {fold(entity.name), *(fold(f) for f in entity.surface_forms)}


def score_kind(predicted: Sequence[Entity], gold: Sequence[str], score: Score,
               ignore: Sequence[str] = ()) -> list[Entity]:
    """Count one kind of one article; return the wrong predictions."""
    remaining, ignored = _alternatives(gold), _alternatives(ignore)
    wrong = []
    for entity in predicted:
        names = _names(entity)
        hit = next((g for g in remaining if g & names), None)
        if hit is not None:
            score.tp += 1
            remaining.remove(hit)
        elif not any(g & names for g in ignored):
            score.fp += 1
            score.spurious.append(entity.name)
            wrong.append(entity)
    score.fn += len(remaining)
    score.misses += [sorted(g)[0] for g in remaining]
    return wrong


def label_errors(wrong: Sequence[Entity], gold: dict[str, list[str]]) -> list[str]:
    """Wrong predictions that name a gold entity of another kind: ``'Name: predicted->gold'``."""
    out = []
    for entity in wrong:
        names = _names(entity)
        for kind in KINDS:
            if kind != entity.kind and any(g & names for g in _alternatives(gold.get(kind, []))):
                out.append(f"{entity.name}: {entity.kind}->{kind}")
                break
    return out


@dataclass
class QuoteScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attributed: int = 0  # predicted quotes naming a speaker
    correct: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 3) if b else 1.0

        return {"quote_precision": ratio(self.matched, self.predicted), "quote_recall": ratio(self.matched, self.gold),
                "speaker_precision": ratio(self.correct, self.attributed), "speaker_recall": ratio(self.correct, self.gold),
                "gold": self.gold, "predicted": self.predicted, "matched": self.matched, "correct": self.correct,
                "errors": self.errors}


def score_quotes(name: str, predicted: Sequence[Quote], gold: Sequence[dict[str, str]], score: QuoteScore) -> None:
    remaining = list(gold)
    score.gold += len(gold)
    score.predicted += len(predicted)
    for quote in predicted:
        score.attributed += quote.speaker is not None
        text = fold(quote.text)
        hit = next((g for g in remaining if text.startswith(fold(g["starts"]))), None)
        if hit is None:
            score.errors.append(f"{name}: not a quote {quote.text[:40]!r}")
            continue
        remaining.remove(hit)
        score.matched += 1
        if quote.speaker is not None and fold(quote.speaker) in {fold(s) for s in hit["speaker"].split("|")}:
            score.correct += 1
        else:
            score.errors.append(f"{name}: {hit['starts']!r} -> {quote.speaker} (gold {hit['speaker']})")
    score.errors += [f"{name}: missed {g['starts']!r}" for g in remaining]


def evaluate(directory: Path = FIXTURES) -> dict[str, Any]:
    fixtures = [load_fixture(p) for p in sorted(directory.glob("*.json"))]
    scores = {kind: Score() for kind in KINDS}
    errors: list[str] = []
    quotes = QuoteScore()
    for fixture, entities in zip(fixtures, entities_of([f.text for f in fixtures]), strict=True):
        for kind in KINDS:
            wrong = score_kind([e for e in entities if e.kind == kind], fixture.gold.get(kind, []), scores[kind],
                               fixture.gold.get("ignore", []))
            errors += [f"{fixture.name}: {e}" for e in label_errors(wrong, fixture.gold)]
        if fixture.quotes is not None:
            score_quotes(fixture.name, find_quotes(fixture.text, entities), fixture.quotes, quotes)
    return {"articles": len(fixtures), "entities": {kind: s.to_dict() for kind, s in scores.items()},
            "label_errors": {"count": len(errors), "items": errors}, "quotes": quotes.to_dict()}


def _print(result: dict[str, Any]) -> None:
    for kind, s in result["entities"].items():
        print(f"{kind:<13} P={s['precision']:.3f} R={s['recall']:.3f} tp={s['tp']} fp={s['fp']} fn={s['fn']}"
              f" missed={s['missed']} spurious={s['spurious']}")
    errors = result["label_errors"]
    print(f"label-errors  {errors['count']} {errors['items']}")
    q = result["quotes"]
    print(f"quotes        P={q['quote_precision']:.3f} R={q['quote_recall']:.3f} gold={q['gold']}"
          f" predicted={q['predicted']} matched={q['matched']}")
    print(f"speakers      P={q['speaker_precision']:.3f} R={q['speaker_recall']:.3f} correct={q['correct']}"
          f" errors={q['errors']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsline_dev.evaluate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", nargs="?", type=Path, default=FIXTURES)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = evaluate(args.directory)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
