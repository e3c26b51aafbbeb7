"""The known-item set on real pages: every article page of the repository, its wire copies, and reader queries.

Articles: the 80 pages of ``tests/extract/multilingual`` (8 languages), the article pages of
``tests/extract/golden`` (pages the extractor skips are left out), the seed files and the hand-written
articles of ``tests/fixtures/entities``; each page goes through the pipeline's extractor and article builder.
Entities are the set's labels (what the enricher records), so names weigh as they do after enrichment.

Distractors: every third article is reprinted three times, as wire copies are: a syndicated copy (agency line,
another outlet and URL), an edited one (a paragraph dropped, the headline reworded) and a cut-down one (cut to
fit: the first half of the paragraphs). Story ids come from shingle similarity as the story clusterer decides
(Jaccard of 4-word shingles >= its threshold with the original), so a copy the clusterer would keep apart
stays a story of its own; ``group`` is the article a copy was made from, whatever the clusterer decided, and a
hit whose group is that of a higher hit is a duplicate the reader did not ask for.

Queries: eight consecutive words from three places in the middle of each original article (30%, 50% and
70% of its words), unquoted and without punctuation, as a reader types what they remember (``exact``); and
the same words with the sixth replaced by a word of the same language the article does not contain, a
reader's slip of memory (``slip``). ``by_language`` breaks the exact queries down.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pipeline.enrich.clusters.minhash import jaccard, shingle_hashes
from pipeline.enrich.clusters.store import THRESHOLD
from pipeline.extract import ExtractionError, extract_html
from pipeline.extract.article import Origin, build_article
from pipeline.fetch.charset import decode
from pipeline.index.document import article_document
from pipeline.models import Article, EnrichedArticle, Enrichment, Entity, LanguageGuess, Provenance
from pipeline.settings import PROJECT_ROOT

TESTS = PROJECT_ROOT / "tests"
MULTILINGUAL = TESTS / "extract" / "multilingual"
GOLDEN = TESTS / "extract" / "golden"
FIXTURES = TESTS / "fixtures" / "entities"
SEEDS = PROJECT_ROOT / "seeds"
QUERY_WORDS = 8
POSITIONS = (0.3, 0.5, 0.7)
COPY_EVERY = 3
SLIP_AT = 5
PUNCTUATION = "\"'“”„‚‘’«»‹›()[]{}.,;:!?¿¡…—–-/*"
FETCHED = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
KINDS = {"persons": "person", "organizations": "organization", "places": "place", "groups": "group"}
WRITTEN = Provenance(producer="bench.search_pages", version="1")
LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE", "group": "NORP"}


@dataclass(frozen=True)
class Item:
    """One indexed article: its record, the language, its labelled entities, its story and its group."""

    article: Article
    language: str
    entities: tuple[Entity, ...]
    story: str
    group: str
    original: bool


@dataclass(frozen=True)
class Query:
    text: str
    group: str
    language: str
    position: float
    kind: str  # "exact": the words as written; "slip": one of them misremembered


def _entities(labels: dict[str, list[str]]) -> tuple[Entity, ...]:
    found = []
    for kind, names in labels.items():
        for name in names if kind in LABELS else ():
            first = name.split("|")[0].strip()
            if first:
                found.append(Entity(name=first, label=LABELS[kind], kind=kind, count=1))
    return tuple(found)


def _from_page(html: bytes, url: str, source: str, language: str | None) -> Article | None:
    try:
        page = extract_html(decode(html), url=url)
    except ExtractionError:
        return None  # index pages, video pages: nothing a reader would look for
    return build_article(page, Origin(source=source, fetched_at=FETCHED, final_url=url, language=language))


def _written(title: str, text: str, url: str, source: str, language: str | None = None) -> Article:
    return Article.build(title=title, text=text, url=url, source=source, fetched_at=FETCHED, language=language,
                         extraction=WRITTEN)


Original = tuple[Article, str, tuple[Entity, ...]]  # an article, its language, its labelled entities


def originals() -> list[Original]:
    """(article, language, entities) of every article the repository holds, in a fixed order."""
    found: list[Original] = []
    for path in sorted((MULTILINGUAL / "pages").glob("*.html.gz")):
        expected = json.loads((MULTILINGUAL / "expected" / f"{path.name.removesuffix('.html.gz')}.json").read_text())
        article = _from_page(gzip.decompress(path.read_bytes()), expected["url"], "multilingual", expected["language"])
        labels = {KINDS[k]: v for k, v in expected.get("entities", {}).items() if k in KINDS}
        if article is not None:
            found.append((article, expected["language"], _entities(labels)))
    for path in sorted((GOLDEN / "pages").glob("*.html.gz")):
        name = path.name.removesuffix(".html.gz")
        article = _from_page(gzip.decompress(path.read_bytes()), f"https://news.example.org/{name}", "golden", None)
        if article is not None and len(article.text.split()) >= 60:
            found.append((article, article.language or "en", ()))
    for path in sorted(FIXTURES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "text" in data:
            article = _written(data["title"], data["text"], f"https://fixtures.example.org/{path.stem}", "fixtures")
            found.append((article, "en", _entities(data.get("gold", {}))))
    for path in sorted(SEEDS.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        found.append((_written(title.strip(), body.strip(), f"https://seeds.example.org/{path.stem}", "seeds"), "en", ()))
    return found


def _copies(article: Article, n: int) -> list[Article]:
    """A syndicated, an edited and a cut-down reprint of ``article`` by three other outlets."""
    paragraphs = [p for p in article.text.split("\n") if p.strip()]
    syndicated = article.text + "\n\n(Reporting by the wire desk; editing by the copy desk)"
    dropped = paragraphs[:1] + paragraphs[2:] if len(paragraphs) > 2 else paragraphs
    edited = "\n\n".join(dropped)
    cut = "\n\n".join(paragraphs[: max(1, len(paragraphs) // 2)])  # cut to fit: the clusterer may keep it apart
    return [
        _written(f"In brief: {article.title}", cut, f"https://brief{n}.example.org/{article.id[:12]}", f"brief{n}",
                 article.language),
        _written(article.title, syndicated, f"https://wire{n}.example.net/a/{article.id[:12]}", f"wire{n}",
                 article.language),
        _written(f"{article.title} (update)", edited, f"https://daily{n}.example.com/{article.id[:12]}", f"daily{n}",
                 article.language),
    ]


def items(found: list[Original] | None = None) -> list[Item]:
    """The originals (``found``, or the repository's own) and their copies with story ids as the clusterer
    would give them."""
    result: list[Item] = []
    for n, (article, language, entities) in enumerate(originals() if found is None else found):
        group = f"story-{article.id[:16]}"
        shingles = shingle_hashes(article.text)
        result.append(Item(article, language, entities, group, group, True))
        for copy in _copies(article, n) if n % COPY_EVERY == 0 else []:
            joined = jaccard(shingles, shingle_hashes(copy.text)) >= THRESHOLD
            result.append(Item(copy, language, entities, group if joined else f"story-{copy.id[:16]}", group, False))
    return result


def words_of(text: str) -> list[str]:
    """The words a reader would type: split on white space, without the punctuation around them."""
    stripped = (token.strip(PUNCTUATION) for token in text.split())
    return [word for word in stripped if any(ch.isalnum() for ch in word)]


def _slip(words: list[str], own: set[str], vocabulary: list[str], salt: int) -> list[str]:
    """``words`` with its sixth word replaced by a word of the same language the article does not contain."""
    for step in range(len(vocabulary)):
        other = vocabulary[(salt * 7919 + step * 104729) % len(vocabulary)]
        if other.casefold() not in own:
            return words[:SLIP_AT] + [other] + words[SLIP_AT + 1:]
    return words


def queries(indexed: list[Item], positions: tuple[float, ...] = POSITIONS) -> list[Query]:
    """Eight consecutive words from ``positions`` in every original article (by default three places in the
    middle), exact and slipped."""
    originals = [item for item in indexed if item.original]
    vocabulary: dict[str, list[str]] = {}
    for item in originals:
        vocabulary.setdefault(item.language, []).extend(w for w in words_of(item.article.text) if len(w) > 3)
    found = []
    for n, item in enumerate(originals):
        words = words_of(item.article.text)
        if len(words) < QUERY_WORDS * 3:
            continue
        own = {w.casefold() for w in words}
        for position in positions:
            start = int(position * (len(words) - QUERY_WORDS))
            run = words[start:start + QUERY_WORDS]
            found.append(Query(" ".join(run), item.group, item.language, position, "exact"))
            slipped = _slip(run, own, vocabulary[item.language], n * 10 + int(position * 10))
            found.append(Query(" ".join(slipped), item.group, item.language, position, "slip"))
    return found


def document(item: Item, now: datetime) -> dict[str, Any]:
    enrichment = Enrichment(language=LanguageGuess(code=item.language, confidence=1.0),
                            word_count=len(item.article.text.split()), reading_time_minutes=1.0,
                            content_fingerprint="0" * 16, story_id=item.story, entities=item.entities)
    return article_document(EnrichedArticle(article=item.article, enrichment=enrichment), indexed_at=now)


def groups(indexed: list[Item]) -> dict[str, str]:
    """story key -> group, so a hit (which carries its story key) maps to the article it came from."""
    return {item.story: item.group for item in indexed}



def baseline_body(body: dict[str, Any]) -> dict[str, Any]:
    """The search body as it was before proximity counted: every word required, no phrase clauses (the set's
    queries carry no filters: the any-word guard is the only filter it had)."""
    plain = json.loads(json.dumps(body))
    plain["query"]["bool"].pop("should", None)
    plain["query"]["bool"]["filter"] = plain["query"]["bool"]["filter"][:1]  # the any-word guard, not the order kept
    words = plain["query"]["bool"]["must"][0]["simple_query_string"]
    words.pop("minimum_should_match", None)
    words["default_operator"] = "and"
    return plain


def _hit_groups(response: dict[str, Any], story_group: dict[str, str]) -> list[str]:
    keys = [hit["_source"].get("story_key") or hit["_id"] for hit in response["hits"]["hits"]]
    return [story_group.get(key, key) for key in keys]


def _duplicates(found: list[str], depth: int) -> int:
    """Hits within ``depth`` whose story is a copy of a higher hit's story."""
    return sum(1 for i, group in enumerate(found[:depth]) if group in found[:i])


def _rates(ranks: list[int | None]) -> dict[str, float]:
    total = len(ranks) or 1
    return {"queries": len(ranks),
            "top1": round(sum(1 for r in ranks if r == 1) / total, 4),
            "top3": round(sum(1 for r in ranks if r is not None and r <= 3) / total, 4),
            "mrr": round(sum(1.0 / r for r in ranks if r) / total, 4)}


def _index(client: Any, es: Any, docs: dict[str, dict[str, Any]]) -> None:
    from pipeline.backoff import Backoff
    from pipeline.index.bulk import bulk_index
    from pipeline.index.template import ensure_index

    ensure_index(client, es)
    bulk_index(client, es.write_alias, docs, Backoff(initial_s=0.5, max_s=5.0, max_retries=3))
    client.indices.refresh(index=es.read_alias)


def _search(client: Any, es: Any, body: dict[str, Any]) -> tuple[dict[str, Any], float]:
    import time

    started = time.perf_counter()
    response = client.search(index=es.read_alias, **body)
    return dict(response), time.perf_counter() - started


@dataclass
class Tally:
    """Ranks and duplicate hits of one query body over the set."""

    ranks: dict[str, list[int | None]]
    by_language: dict[str, list[int | None]]
    duplicates: dict[str, dict[str, int]]
    elapsed_s: float = 0.0

    @classmethod
    def empty(cls) -> Tally:
        return cls({}, {}, {})

    def add(self, query: Query, found: list[str], took: float) -> int | None:
        rank = found.index(query.group) + 1 if query.group in found else None
        self.ranks.setdefault(query.kind, []).append(rank)
        if query.kind == "exact":
            self.by_language.setdefault(query.language, []).append(rank)
        counts = self.duplicates.setdefault(query.kind, {"top3": 0, "top10": 0})
        counts["top3"] += _duplicates(found, 3)
        counts["top10"] += _duplicates(found, 10)
        self.elapsed_s += took
        return rank

    def report(self) -> dict[str, Any]:
        return {**{kind: _rates(found) for kind, found in self.ranks.items()},
                "by_language": {k: _rates(v)["top3"] for k, v in sorted(self.by_language.items())},
                "queries_by_language": {k: len(v) for k, v in sorted(self.by_language.items())},
                "duplicate_hits": {kind: dict(counts) for kind, counts in self.duplicates.items()}}


def run(client: Any, es: Any, asked: list[Query], story_group: dict[str, str], misses: bool = False) -> dict[str, Any]:
    """Ask every query with the search body and the one before proximity (interleaved, same load): ranks,
    duplicate hits, and the latency of the current body as a ratio of the earlier one."""
    from pipeline.search.options import SearchOptions
    from pipeline.search.query import build_query

    current, before = Tally.empty(), Tally.empty()
    missed = []
    both = {"after": 0, "before": 0}  # duplicates in the top 3 of exact queries both bodies answer
    more: list[dict[str, Any]] = []  # ... and those where the current body has more of them
    for query in asked:
        body = build_query(query.text, 10, options=SearchOptions())
        response, took = _search(client, es, body)
        found = _hit_groups(response, story_group)
        rank = current.add(query, found, took)
        earlier, took_before = _search(client, es, baseline_body(body))
        found_before = _hit_groups(earlier, story_group)
        rank_before = before.add(query, found_before, took_before)
        if query.kind == "exact" and rank is not None and rank <= 3 and rank_before is not None and rank_before <= 3:
            both["after"] += _duplicates(found, 3)
            both["before"] += _duplicates(found_before, 3)
            if misses and _duplicates(found, 3) > _duplicates(found_before, 3):
                more.append({"query": query.text, "language": query.language, "rank": rank, "hits": found[:3]})
        if misses and (rank is None or rank > 3):
            missed.append({"query": query.text, "kind": query.kind, "language": query.language, "rank": rank})
    report: dict[str, Any] = {**current.report(), "before": before.report(), "duplicates_when_both_find": both,
                              "latency_ratio": round(current.elapsed_s / max(before.elapsed_s, 1e-9), 3),
                              "ms_per_query": round(1000 * current.elapsed_s / max(len(asked), 1), 2)}
    if misses:
        report["misses"], report["more_duplicates"] = missed, more
    return report


def evaluate(settings: Any, background: int = 300, seed: int = 11, keep: bool = False,
             misses: bool = False, found: list[Original] | None = None, tag: str = "pages",
             positions: tuple[float, ...] = POSITIONS) -> dict[str, Any]:
    """Index the set (``found``, or the repository's own articles; plus ``background`` synthetic articles)
    into a scratch index and ask every query."""
    import uuid

    from bench.search_quality import corpus
    from bench.search_quality import document as synthetic_document
    from pipeline.index.client import make_client

    es = settings.elasticsearch.model_copy(
        update={"index_prefix": f"{settings.elasticsearch.index_prefix}-{tag}-{uuid.uuid4().hex[:8]}"})
    indexed = items(found)
    now = datetime.now(UTC)
    docs = {item.article.id: document(item, now) for item in indexed}
    docs.update({a.id: synthetic_document(a, story, now) for a, story in corpus(background, seed, seeds=False)})
    asked = queries(indexed, positions)
    with make_client(es) as client:
        try:
            _index(client, es, docs)
            report = run(client, es, asked, groups(indexed), misses)
        finally:
            if not keep:
                client.indices.delete(index=f"{es.index_prefix}-v*", ignore_unavailable=True)
                client.options(ignore_status=404).indices.delete_index_template(name=es.index_prefix)
    articles = sum(1 for item in indexed if item.original)
    return {"articles": articles, "copies": len(indexed) - articles, "background": len(docs) - len(indexed),
            "stories": len({item.story for item in indexed}), "languages": len({item.language for item in indexed}),
            **report, "index": es.index_prefix if keep else None}
