"""Known-item evaluation of search: does a distinctive phrase from an article find its story in the top 3?

    python -m bench.search_quality [--n 600] [--queries 250] [--seed 11] [--keep]

Builds a mixed corpus in a scratch index (``<index_prefix>-eval-<tag>``): the synthetic news of
``bench.corpus`` (distinct articles and wire-copy clusters, which share names, places and sentence
templates) plus the project's seed articles. Story ids come from the wire-copy groups of the generator
(the copies of one original), so collapsing works as after enrichment. For each sampled article a known-item
query is the rarest run of 4-7 consecutive words of its text (fewest other stories containing it), quoted as a
phrase; it succeeds when the article's story is among the first 3 collapsed hits. The same words unquoted are
reported as a second figure. Prints JSON: queries, top-1/top-3 rates for both, mean reciprocal rank.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from pipeline.backoff import Backoff
from pipeline.index.bulk import bulk_index
from pipeline.index.client import make_client
from pipeline.index.document import article_document
from pipeline.index.template import ensure_index
from pipeline.models import Article, EnrichedArticle, Enrichment, LanguageGuess
from pipeline.search.options import SearchOptions
from pipeline.search.query import run_search
from pipeline.settings import Settings, load_settings

WORD = re.compile(r"[A-Za-z0-9]+")
MIN_RUN, MAX_RUN = 4, 7


def corpus(n: int, seed: int, seeds: bool = True) -> list[tuple[Article, str]]:
    """(article, story id) pairs: the synthetic corpus with its wire-copy groups, plus the seed files."""
    from bench.corpus import iter_records, to_article
    from pipeline.settings import PROJECT_ROOT
    from pipeline.sources.files import read_txt

    pairs: list[tuple[Article, str]] = []
    story = ""
    for record in iter_records(n, seed, near_duplicate_share=0.4):
        article = to_article(record)
        if not record["text"].rsplit("\n", 1)[-1].startswith("Reporting by"):
            story = f"story-{article.id[:16]}"  # an original opens a story; its wire copies (bylined) follow it
        pairs.append((article, story))
    for path in sorted((PROJECT_ROOT / "seeds").glob("*.txt")) if seeds else []:
        article = read_txt(path, "seeds")
        pairs.append((article, f"story-{article.id[:16]}"))
    return pairs


def document(article: Article, story: str, now: datetime) -> dict[str, Any]:
    enrichment = Enrichment(language=LanguageGuess(code="en", confidence=1.0), word_count=len(article.text.split()),
                            reading_time_minutes=1.0, content_fingerprint="0" * 16, story_id=story)
    return article_document(EnrichedArticle(article=article, enrichment=enrichment), indexed_at=now)


def _runs(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + k]) for k in range(MIN_RUN, MAX_RUN + 1) for i in range(len(words) - k + 1)}


def known_items(pairs: list[tuple[Article, str]], count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(phrase, story id) for ``count`` sampled articles: per article the rarest word run across stories."""
    words = {a.id: [w.lower() for w in WORD.findall(a.text)] for a, _ in pairs}
    story_runs: dict[str, set[tuple[str, ...]]] = {}
    for article, story in pairs:
        story_runs.setdefault(story, set()).update(_runs(words[article.id]))
    frequency: Counter[tuple[str, ...]] = Counter(run for runs in story_runs.values() for run in runs)
    sample = rng.sample(pairs, min(count, len(pairs)))
    queries = []
    for article, story in sample:
        candidates = sorted(_runs(words[article.id]), key=lambda run: (frequency[run], -len(run), run))
        if candidates:
            queries.append((" ".join(candidates[0]), story))
    return queries


def rank_of(settings: Settings, client: Any, query: str, story: str) -> int | None:
    result = run_search(client, settings.elasticsearch, query, 10, options=SearchOptions())
    keys = [hit.get("story_key") for hit in result["hits"]]
    return keys.index(story) + 1 if story in keys else None


def score(ranks: list[int | None]) -> dict[str, float]:
    total = len(ranks) or 1
    return {
        "top1": round(sum(1 for r in ranks if r == 1) / total, 4),
        "top3": round(sum(1 for r in ranks if r is not None and r <= 3) / total, 4),
        "mrr": round(sum(1.0 / r for r in ranks if r) / total, 4),
    }


def evaluate(settings: Settings, n: int = 600, queries: int = 250, seed: int = 11, keep: bool = False) -> dict[str, Any]:
    tag = uuid.uuid4().hex[:8]
    es = settings.elasticsearch.model_copy(update={"index_prefix": f"{settings.elasticsearch.index_prefix}-eval-{tag}"})
    scratch = settings.model_copy(update={"elasticsearch": es})
    pairs = corpus(n, seed)
    now = datetime.now(UTC)
    docs = {a.id: document(a, story, now) for a, story in pairs}
    items = known_items(pairs, queries, random.Random(seed))  # noqa: S311 - a reproducible sample
    with make_client(es) as client:
        ensure_index(client, es)
        try:
            bulk_index(client, es.write_alias, docs, Backoff(initial_s=0.5, max_s=5.0, max_retries=3))
            client.indices.refresh(index=es.read_alias)
            phrase = [rank_of(scratch, client, f'"{q}"', story) for q, story in items]
            words = [rank_of(scratch, client, q, story) for q, story in items]
        finally:
            if not keep:
                client.indices.delete(index=f"{es.index_prefix}-v*", ignore_unavailable=True)
                client.options(ignore_status=404).indices.delete_index_template(name=es.index_prefix)
    return {"articles": len(docs), "stories": len({s for _, s in pairs}), "queries": len(items),
            "phrase": score(phrase), "words": score(words), "index": es.index_prefix if keep else None}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_quality", description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=600, help="synthetic articles (plus the seed files)")
    parser.add_argument("--queries", type=int, default=250)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", action="store_true", help="keep the scratch index")
    parser.add_argument("--pages", action="store_true",
                        help="the real-page set instead (bench.search_pages): --n is then the synthetic background")
    parser.add_argument("--misses", action="store_true", help="with --pages: list the queries not in the top 3")
    args = parser.parse_args(argv)
    if args.pages:
        from bench.search_pages import evaluate as evaluate_pages

        report = evaluate_pages(load_settings(), args.n, args.seed, args.keep, args.misses)
    else:
        report = evaluate(load_settings(), args.n, args.queries, args.seed, args.keep)
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
