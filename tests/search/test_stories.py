"""One result per story, ranking, hybrid order and `similar` on the real Elasticsearch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from bench.search_quality import evaluate
from pipeline.backoff import Backoff
from pipeline.cli import main
from pipeline.index.bulk import bulk_index
from pipeline.index.client import make_client
from pipeline.index.document import article_document
from pipeline.index.template import ensure_index
from pipeline.models import Article, EnrichedArticle, Enrichment, Entity, LanguageGuess, Provenance
from pipeline.search import SearchFilters, SearchOptions, search, similar_to
from pipeline.settings import Settings
from tests.support.live import isolated
from tests.support.topics import drop_isolated

pytestmark = pytest.mark.integration

NOW = datetime.now(UTC).replace(microsecond=0)
WIRE = ("Rescuers in Lagos pulled survivors from the flooded market on Monday, city officials said.\n\n"
        "Heavy rainfall overnight left thousands without power across the eastern districts.")
FILLER = " ".join(["Officials met again on Thursday to review the budget and the schedule."] * 8)


def enriched(n: int, title: str, text: str, source: str, story: str | None, age_days: float = 0,
             persons: tuple[str, ...] = ()) -> EnrichedArticle:
    article = Article.build(title=title, text=text, url=f"https://{source}.example.com/{n}", source=source,
                            published_at=NOW - timedelta(days=age_days, minutes=n), fetched_at=NOW,
                            extraction=Provenance(producer="test", version="1"))
    entities = tuple(Entity(name=p, label="PERSON", kind="person", count=1) for p in persons)
    enrichment = Enrichment(language=LanguageGuess(code="en", confidence=0.99), word_count=len(text.split()),
                            reading_time_minutes=0.5, content_fingerprint="0" * 16, story_id=story, entities=entities)
    return EnrichedArticle(article=article, enrichment=enrichment)


def records() -> list[EnrichedArticle]:
    wire = [enriched(i, "Floods hit Lagos market", WIRE, f"outlet{i}", "story-lagos", age_days=0.1 * i,
                     persons=("Amina Okafor",)) for i in range(5)]
    return wire + [
        enriched(10, "Lagos flood defences questioned", "Engineers said the Lagos flood defences were not "
                 "maintained before the rainfall. " + FILLER, "review", "story-defences", persons=("Amina Okafor",)),
        enriched(11, "Budget meeting", FILLER + " Much later, a flood was mentioned in passing.", "minutes", None),
        enriched(12, "Flood warning issued", "A flood warning was issued for the river valley. " + FILLER, "old",
                 "story-old", age_days=200),
        enriched(13, "Flood warning renewed", "A flood warning was renewed for the river valley. " + FILLER, "new",
                 "story-new", age_days=1),
        enriched(14, "Harbour reopens", "The northern harbour reopened after repairs.", "local", None),
    ]


@pytest.fixture(scope="module")
def indexed(live_settings: Settings) -> Iterator[Settings]:
    settings = isolated(live_settings, "search-stories")
    es = settings.elasticsearch
    with make_client(es) as client:
        ensure_index(client, es)
        docs = {r.id: article_document(r, indexed_at=NOW) for r in records()}
        assert all(o.ok for o in bulk_index(client, es.write_alias, docs, Backoff(0.1, 0.1)).values())
        client.indices.refresh(index=es.read_alias)
    yield settings
    drop_isolated(settings)


def test_five_copies_from_five_sources_are_one_hit_with_four_copies(indexed: Settings) -> None:
    result = search(indexed, "Lagos market survivors")
    assert result["total"] == 5 and result["total_stories"] == 1
    [hit] = result["hits"]
    assert hit["copies"] == 4 and sorted(hit["sources"]) == [f"outlet{i}" for i in range(5)]
    every = search(indexed, "Lagos market survivors", options=SearchOptions(collapse=False))
    assert len(every["hits"]) == 5 and not every["collapsed"] and "copies" not in every["hits"][0]


def test_first_seen_shows_the_earliest_copy(indexed: Settings) -> None:
    [hit] = search(indexed, "Lagos market survivors", options=SearchOptions(first_seen=True))["hits"]
    assert hit["source"] == "outlet4"  # published 0.4 days before the others' first


def test_unclustered_articles_never_collapse_together(indexed: Settings) -> None:
    result = search(indexed, "Lagos | flood | harbour")
    keys = [h["story_key"] for h in result["hits"]]
    assert len(keys) == len(set(keys)) == result["total_stories"] == 6  # two without story_id stay apart
    assert result["total"] == 10


def test_paging_walks_stories_and_facets_count_articles_and_stories(indexed: Settings) -> None:
    pages = [search(indexed, "Lagos | flood", limit=2, options=SearchOptions(offset=o))["hits"] for o in (0, 2, 4)]
    keys = [h["story_key"] for page in pages for h in page]
    assert len(keys) == len(set(keys)) == 5 and len(pages[2]) == 1
    persons = search(indexed, "Lagos | flood")["facets"]["persons"]
    assert persons == [{"value": "Amina Okafor", "count": 6, "stories": 2}]


def test_title_and_lead_outrank_a_mention_deep_in_the_body(indexed: Settings) -> None:
    titles = [h["title"] for h in search(indexed, "flood")["hits"]]
    assert titles.index("Budget meeting") == len(titles) - 1


def test_quoted_phrases_match_only_the_exact_words(indexed: Settings) -> None:
    assert [h["title"] for h in search(indexed, '"flood warning was renewed"')["hits"]] == ["Flood warning renewed"]
    assert search(indexed, '"renewed flood warning"')["total"] == 0


def test_hybrid_sort_puts_the_recent_story_before_an_equally_relevant_old_one(indexed: Settings) -> None:
    relevance = [h["title"] for h in search(indexed, "flood warning river valley")["hits"]]
    hybrid = [h["title"] for h in search(indexed, "flood warning river valley",
                                         filters=SearchFilters(sort="hybrid"))["hits"]]
    assert set(relevance[:2]) == {"Flood warning issued", "Flood warning renewed"}
    assert hybrid[:2] == ["Flood warning renewed", "Flood warning issued"]
    scores = search(indexed, "flood warning river valley", filters=SearchFilters(sort="hybrid"),
                    options=SearchOptions(half_life="1d", hybrid_floor=0.0))["hits"]
    assert scores[0]["score"] > 0 and scores[1]["score"] < scores[0]["score"] * 1e-3  # 200 half-lives old


def test_similar_finds_other_stories_sharing_people_and_terms_never_its_own(indexed: Settings) -> None:
    wire_id = records()[0].id
    result = similar_to(indexed, wire_id, limit=5)
    keys = [h["story_key"] for h in result["hits"]]
    assert "story-lagos" not in keys and keys[0] == "story-defences"
    assert result["hits"][0]["shared"]["persons"] == ["Amina Okafor"]


def test_cli_search_all_copies_and_similar_json(
    indexed: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("pipeline.logs.configure", lambda level: None)
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_INDEX_PREFIX", indexed.elasticsearch.index_prefix)
    assert main(["search", "Lagos market", "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["hits"]
    assert hit["copies"] == 4 and len(hit["sources"]) == 5
    assert main(["search", "Lagos market", "--all-copies", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["hits"]) == 5
    assert main(["similar", records()[0].article.url or "", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"][0]["story_key"] == "story-defences"


def test_known_item_phrases_find_their_story_in_the_top_three(live_settings: Settings) -> None:
    report = evaluate(live_settings, n=400, queries=200, seed=5)
    assert report["queries"] == 200 and report["stories"] < report["articles"]  # wire copies are in the mix
    assert report["phrase"]["top3"] >= 0.95, report
    assert report["words"]["top3"] >= 0.9, report
