"""Articles for the cluster tests and bench: near-duplicate variants of the seed, and distinct articles."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from pipeline.enrich.clusters.store import ClusterStore, Lookup, Member, Story, Writes, Written
from pipeline.enrich.steps.cluster import item
from pipeline.models import Article
from tests.enrich.helpers import article, seed

START = datetime(2020, 1, 13, 12, tzinfo=UTC)


def variant(n: int, tag: str = "v") -> Article:
    """The seed republished: a dispatch line, one word changed, its own url, source and time."""
    base = seed()
    text = base.text.replace("senior-level", f"senior-level ({tag}{n})") + f"\n\nDispatch {tag}{n}."
    return article(base.title, text, f"https://wire{n % 9}.example/{tag}/{n}", f"wire{n % 9}", START + timedelta(minutes=n))


def distinct(n: int, tag: str = "d", words: int = 600) -> Article:
    """An article of random words (seeded): shares no shingle with anything else."""
    rng = random.Random(f"{tag}{n}")
    vocabulary = seed().text.split()
    text = " ".join(rng.choice(vocabulary) + str(rng.randrange(1000)) for _ in range(words))
    return article(f"Distinct {tag}{n}", text, f"https://distinct.example/{tag}/{n}", "distinct", START)


def items(articles: Sequence[Article]) -> list[Any]:
    return [item(a) for a in articles]


class CountingStore(ClusterStore):
    """Delegates to another store, counting round trips and the ids each ``members`` call asks for."""

    def __init__(self, inner: ClusterStore) -> None:
        self.inner, self.retry_s = inner, inner.retry_s
        self.calls = {"lookup": 0, "members": 0, "write": 0}
        self.asked: list[int] = []  # ids per ``members`` call

    def lookup(self, article_ids: Sequence[str], keys: Sequence[str]) -> Lookup:
        self.calls["lookup"] += 1
        return self.inner.lookup(article_ids, keys)

    def members(self, article_ids: Sequence[str]) -> dict[str, Member]:
        self.calls["members"] += 1
        self.asked.append(len(article_ids))
        return self.inner.members(article_ids)

    def write(self, writes: Writes) -> Written:
        self.calls["write"] += 1
        return self.inner.write(writes)

    def story(self, story_id: str) -> Story | None:
        return self.inner.story(story_id)
