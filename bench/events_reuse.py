"""What the event step costs when wire copies and repeated passages skip the transformer (part of bench.events).

The stream: the labelled set plus wire copies of its articles, so that ``near_duplicate_share`` of the stream is
copies (0.3, as the throughput corpus, :mod:`bench.corpus`). A copy is another outlet's reprint minutes to hours
later, with one of the edits reprints carry: a byline added at the end, a wire dateline before the lead, or an
``UPDATE 1-`` headline. The articles go through the pure steps and the cluster step (untimed), then the event
step in publication order, in batches, on the in-memory store; CPU time of this process.

- ``reuse off``: as before the reuse existed: no story ids given to the step and the passage cache emptied before
  every batch, so every new article is embedded;
- ``reuse on``: as the worker runs now (cache emptied once, before the stream);
- ``embedded`` / ``reused``: the originals alone (every one embedded), then the copies alone on the same store
  (every one a copy of a stored story): the cost of one article of each kind.

Precision and recall count pairs over the whole stream, a copy labelled with its original's event.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pipeline.enrich.clusters.store import MemoryClusterStore
from pipeline.enrich.enricher import enrich_batch
from pipeline.enrich.events import embed
from pipeline.enrich.events.store import MemoryEventStore
from pipeline.enrich.step import Fields
from pipeline.enrich.steps import all_steps
from pipeline.enrich.steps.event import event_step
from pipeline.models import EnrichedArticle
from pipeline.settings import EventSettings
from tests.enrich.events.linking import BATCH, article, score

OUTLETS = ("wire-one", "wire-two", "daily-post", "metro-news", "city-herald")
EDITS = ("byline", "dateline", "update")


def _copy(row: dict[str, Any], serial: int, rng: random.Random) -> dict[str, Any]:
    edit, outlet = EDITS[serial % len(EDITS)], rng.choice(OUTLETS)
    at = datetime.fromisoformat(row["at"]) + timedelta(minutes=rng.randint(5, 240))
    title, lead = row["title"], row["lead"]
    if edit == "byline":
        lead = f"{lead} Reporting by {outlet} staff; editing by the desk."
    elif edit == "dateline":
        lead = f"({outlet.upper()}) - {lead}"
    else:
        title = f"UPDATE 1-{title}"
    return {**row, "id": f"{row['id']}-copy{serial}", "lang": row["lang"], "at": at.isoformat().replace("+00:00", "Z"),
            "title": title, "lead": lead, "copy_of": row["id"], "outlet": outlet}


def stream(rows: Sequence[dict[str, Any]], share: float, seed: int = 0) -> list[dict[str, Any]]:
    """``rows`` plus copies making ``share`` of the result, in publication order."""
    rng = random.Random(seed)
    copies = round(len(rows) * share / (1 - share))
    made = [_copy(rng.choice(rows), n, rng) for n in range(copies)]
    return sorted([*rows, *made], key=lambda r: (r["at"], r["id"]))


def prepared(rows: Sequence[dict[str, Any]]) -> list[EnrichedArticle]:
    """Through the pure steps and the cluster step (story ids), as the worker runs them before the event step."""
    articles = []
    for row in rows:
        base = article(row)
        url = f"https://{row.get('outlet', row['lang'])}.example.org/{row['id']}"
        articles.append(type(base).build(title=row["title"], text=row["lead"], url=url,
                                         source=row.get("outlet", f"{row['lang']}-desk"),
                                         published_at=base.published_at, language=base.language,
                                         extraction=base.extraction))
    done = enrich_batch(articles, all_steps(MemoryClusterStore()))
    return [r for r in done if isinstance(r, EnrichedArticle)]


@dataclass(frozen=True)
class Run:
    events: dict[str, str]
    ms_per_article: float
    reused_by_story: int
    from_cache: int
    embedded: int


def run(rows: Sequence[dict[str, Any]], enriched: Sequence[EnrichedArticle], settings: EventSettings,
        store: MemoryEventStore, reuse: bool) -> Run:
    step = event_step(store, settings)
    embed.CACHE.clear()
    events: dict[str, str] = {}
    cpu, by_story, hits, misses = 0.0, 0, 0, 0
    for start in range(0, len(rows), BATCH):
        chunk = enriched[start:start + BATCH]
        fields: list[Fields] = [e.enrichment.model_dump(mode="json") for e in chunk]
        if not reuse:
            hits, misses = hits + embed.CACHE.hits, misses + embed.CACHE.misses
            embed.CACHE.clear()
            fields = [{**f, "story_id": None} for f in fields]
        began = time.process_time()
        outputs = step.apply([e.article for e in chunk], fields)
        cpu += time.process_time() - began
        by_story += sum(1 for out in outputs if (out.get("event_evidence") or {}).get("same_story"))
        events.update({row["id"]: out["event_id"] for row, out in zip(rows[start:start + BATCH], outputs, strict=True)})
    return Run(events, round(cpu / max(1, len(rows)) * 1000, 2), by_story, hits + embed.CACHE.hits,
               misses + embed.CACHE.misses)


def _best(runs: list[Run]) -> Run:
    return min(runs, key=lambda r: r.ms_per_article)


def report(rows: Sequence[dict[str, Any]], settings: EventSettings, share: float, rounds: int) -> dict[str, Any]:
    mixed = stream(rows, share)
    enriched = prepared(mixed)
    assert len(enriched) == len(mixed), "every article of the stream is enriched"
    out: dict[str, Any] = {"articles": len(mixed), "copies": sum("copy_of" in r for r in mixed),
                           "near_duplicate_share": round(sum("copy_of" in r for r in mixed) / len(mixed), 3),
                           "batch": BATCH}
    for name, reuse in (("reuse_off", False), ("reuse_on", True)):
        best = _best([run(mixed, enriched, settings, MemoryEventStore(), reuse) for _ in range(rounds)])
        quality = score(mixed, best.events, best.ms_per_article)
        out[name] = {"ms_per_article": best.ms_per_article, "embedded": best.embedded,
                     "reused_by_story": best.reused_by_story, "from_cache": best.from_cache,
                     "reused_share": round((len(mixed) - best.embedded) / len(mixed), 3),
                     "precision": round(quality.precision, 3), "recall": round(quality.recall, 3)}
    out.update(_per_kind(mixed, enriched, settings, rounds))
    return out


def _per_kind(mixed: Sequence[dict[str, Any]], enriched: Sequence[EnrichedArticle], settings: EventSettings,
              rounds: int) -> dict[str, Any]:
    originals = [i for i, r in enumerate(mixed) if "copy_of" not in r]
    copies = [i for i, r in enumerate(mixed) if "copy_of" in r]
    embedded_ms, reused_ms, reused = [], [], 0
    for _ in range(rounds):
        store = MemoryEventStore()
        first = run([mixed[i] for i in originals], [enriched[i] for i in originals], settings, store, True)
        embedded_ms.append(first.ms_per_article)
        second = run([mixed[i] for i in copies], [enriched[i] for i in copies], settings, store, True)
        reused_ms.append(second.ms_per_article)
        reused = second.reused_by_story + second.from_cache
    return {"ms_per_embedded_article": min(embedded_ms), "ms_per_reused_article": min(reused_ms),
            "copies_reused_when_their_story_is_stored": f"{reused}/{len(copies)}"}
