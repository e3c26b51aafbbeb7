"""Score the entity step against hand labels: precision and recall per kind.

``python -m pipeline.enrich.evaluate [DIR] [--json]`` (default ``tests/fixtures/entities``). A predicted
entity is correct when its canonical name or one of its surface forms equals (case/accent-insensitively)
one accepted name of a gold entity of the same kind; each gold entity is matched at most once.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.enrich.entities.countries import fold
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

    def to_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return {"precision": round(p, 3), "recall": round(r, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "missed": self.misses, "spurious": self.spurious}


def load_fixture(path: Path) -> tuple[str, dict[str, list[str]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if "seed" in data:
        title, _, body = (PROJECT_ROOT / "seeds" / data["seed"]).read_text(encoding="utf-8").partition("\n")
        return f"{title.strip()}\n\n{body.strip()}", data["gold"]
    return f"{data['title']}\n\n{data['text']}", data["gold"]


def score_kind(predicted: Sequence[Entity], gold: Sequence[str], score: Score) -> None:
    remaining = [{fold(alt) for alt in entry.split("|")} for entry in gold]
    for entity in predicted:
        names = {fold(entity.name), *(fold(f) for f in entity.surface_forms)}
        hit = next((g for g in remaining if g & names), None)
        if hit is None:
            score.fp += 1
            score.spurious.append(entity.name)
        else:
            score.tp += 1
            remaining.remove(hit)
    score.fn += len(remaining)
    score.misses += [sorted(g)[0] for g in remaining]


def evaluate(directory: Path = FIXTURES) -> dict[str, dict[str, Any]]:
    fixtures = [load_fixture(p) for p in sorted(directory.glob("*.json"))]
    scores = {kind: Score() for kind in KINDS}
    for (_text, gold), entities in zip(fixtures, entities_of([t for t, _ in fixtures]), strict=True):
        for kind in KINDS:
            score_kind([e for e in entities if e.kind == kind], gold.get(kind, []), scores[kind])
    return {kind: s.to_dict() for kind, s in scores.items()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.enrich.evaluate", description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, default=FIXTURES)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = evaluate(args.directory)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for kind, s in result.items():
        print(f"{kind:<13} P={s['precision']:.3f} R={s['recall']:.3f} tp={s['tp']} fp={s['fp']} fn={s['fn']}"
              f" missed={s['missed']} spurious={s['spurious']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
