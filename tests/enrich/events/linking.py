"""Precision and recall of event linking on the labelled set (``labelled.jsonl``), written before any tuning.

Each line is a short article (title, lead, time, language) and the event it reports: twelve events told in
three to five languages (73 cross-language pairs) and sixteen distractors that share a topic, a place, a
person or a company with one of them but report something else (another earthquake, the same bank's other
news, the same airline's timetable, the same player's earlier match). The articles go through the real
enrichment steps (language, entities, countries) and then the event step, in publication order, in batches.
A *pair* is two articles; it is linked when they end in one event. Precision: linked pairs that are one
labelled event; recall: labelled pairs that are linked.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations
from pathlib import Path
from typing import Any

from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.events import embed
from pipeline.enrich.events.store import EventStore, MemoryEventStore
from pipeline.enrich.steps import DEFAULT_STEPS
from pipeline.enrich.steps.event import event_step
from pipeline.models import Article, EnrichedArticle, Provenance
from pipeline.settings import EventSettings

LABELLED = Path(__file__).parent / "labelled.jsonl"
# five events told in Chinese (three outlets), Japanese and English, and ten Chinese and Japanese distractors
LABELLED_CJK = Path(__file__).parent / "labelled_cjk.jsonl"
# five events told by three Japanese outlets and one English, and eight Japanese distractors
LABELLED_JA = Path(__file__).parent / "labelled_ja.jsonl"
BATCH = 8


def load(path: Path = LABELLED) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted(rows, key=lambda r: (r["at"], r["id"]))


def article(row: dict[str, Any]) -> Article:
    return Article.build(title=row["title"], text=row["lead"], url=f"https://{row['lang']}.example.org/{row['id']}",
                         source=f"{row['lang']}-desk", published_at=datetime.fromisoformat(row["at"]),
                         language=row["lang"], extraction=Provenance(producer="test", version="1"))


def prepared(rows: Sequence[dict[str, Any]]) -> list[EnrichedArticle]:
    """The articles through the pure steps (language, entities, countries...), as the worker runs them."""
    done = enrich_batch([article(r) for r in rows], DEFAULT_STEPS)
    return [r for r in done if isinstance(r, EnrichedArticle)]


@dataclass(frozen=True)
class Result:
    precision: float
    recall: float
    true_pairs: int
    linked_pairs: int
    correct_pairs: int
    cross_language_pairs: int
    cpu_ms_per_article: float
    events: dict[str, str]  # article label id -> event id

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "events"}


def link(rows: Sequence[dict[str, Any]], enriched: Sequence[EnrichedArticle], settings: EventSettings,
         store: EventStore | None = None) -> tuple[dict[str, str], float]:
    """Event id per labelled id, and the event step's CPU ms per article (embedding included: the passage cache is
    emptied first, so no vector comes from an earlier run)."""
    step = event_step(store or MemoryEventStore(), settings)
    embed.CACHE.clear()
    events: dict[str, str] = {}
    cpu = 0.0
    for start in range(0, len(rows), BATCH):
        chunk = enriched[start:start + BATCH]
        fields = [e.enrichment.model_dump(mode="json") for e in chunk]
        began = time.process_time()
        outputs = step.apply([e.article for e in chunk], fields)
        cpu += time.process_time() - began
        events.update({row["id"]: out["event_id"] for row, out in zip(rows[start:start + BATCH], outputs, strict=True)})
    return events, cpu / max(1, len(rows)) * 1000


def score(rows: Sequence[dict[str, Any]], events: dict[str, str], cpu_ms: float) -> Result:
    truth = {frozenset((a["id"], b["id"])) for a, b in combinations(rows, 2) if a["event"] == b["event"]}
    linked = {frozenset((a["id"], b["id"])) for a, b in combinations(rows, 2) if events[a["id"]] == events[b["id"]]}
    cross = sum(1 for a, b in combinations(rows, 2) if a["event"] == b["event"] and a["lang"] != b["lang"])
    correct = len(truth & linked)
    return Result(precision=correct / len(linked) if linked else 1.0, recall=correct / len(truth) if truth else 1.0,
                  true_pairs=len(truth), linked_pairs=len(linked), correct_pairs=correct, cross_language_pairs=cross,
                  cpu_ms_per_article=round(cpu_ms, 2), events=events)


def evaluate(settings: EventSettings | None = None, path: Path = LABELLED) -> Result:
    rows = load(path)
    events, cpu_ms = link(rows, prepared(rows), settings or EventSettings())
    return score(rows, events, cpu_ms)
