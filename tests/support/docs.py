"""Documents shaped like the index worker's (``pipeline.index.document.article_document``) plus the enrichment fields
(persons, organizations, places, groups, countries, primary_country, keywords, story_id, entities), built
here so search tests do not depend on the enrichment steps' timing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pipeline.backoff import Backoff
from pipeline.index.bulk import bulk_index
from pipeline.index.client import make_client
from pipeline.index.document import add_search_fields
from pipeline.models import Article, Provenance
from pipeline.settings import PROJECT_ROOT, Settings
from pipeline.sources.files import read_txt

SEED = PROJECT_ROOT / "seeds" / "000_c14a1469d1a060ad.txt"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def document(article: Article, **enrichment: Any) -> dict[str, Any]:
    doc = article.model_dump(mode="json")
    doc.update({
        "language": enrichment.pop("language", "en"), "language_hint": article.language, "language_confidence": 0.99,
        "word_count": len(article.text.split()), "reading_time_minutes": 1.5, "content_fingerprint": "0" * 16,
        "enrichment": {"provenance": {"language": {"producer": "test", "version": "1"}}, "skipped": {},
                       "enriched_at": NOW.isoformat()},
        "indexed_at": NOW.isoformat(),
    })
    names = {key: enrichment.get(key, []) for key in ("persons", "organizations", "places", "groups")}
    doc.update(names)
    kinds = {"persons": ("person", "PERSON"), "organizations": ("organization", "ORG"), "places": ("place", "GPE"),
             "groups": ("group", "NORP")}
    doc["entities"] = [{"name": n, "label": kinds[key][1], "kind": kinds[key][0], "count": 1, "surface_forms": [n]}
                       for key, value in names.items() for n in value]
    doc.update({k: v for k, v in enrichment.items() if k not in names})
    return dict(add_search_fields(doc))


def seed_document() -> tuple[str, dict[str, Any]]:
    article = read_txt(SEED, "seeds")
    return article.id, document(
        article, persons=["Hakan Fidan", "Ali Mamlouk", "Bashar al-Assad", "Kyle Orton"],
        organizations=["National Intelligence Organization", "SANA", "Reuters", "TRT World"],
        places=["Idlib", "Moscow", "Syria", "Turkey"], groups=["YPG"], countries=["TR", "SY", "RU"],
        primary_country="TR", keywords=["ceasefire", "intelligence"], story_id="story-idlib",
    )


def other(n: int, title: str, text: str, **fields: Any) -> tuple[str, dict[str, Any]]:
    article = Article.build(
        title=title, text=text, url=f"https://news{n}.example.com/a/{n}", source=fields.pop("source", f"source{n}"),
        published_at=fields.pop("published_at", None), fetched_at=NOW, extraction=Provenance(producer="test", version="1"),
    )
    return article.id, document(article, **fields)


def corpus() -> dict[str, dict[str, Any]]:
    docs = [
        seed_document(),
        other(1, "Ceasefire holds in Idlib", "A ceasefire agreed by Turkey and Russia holds in Idlib, officials said.",
              source="wire", published_at=datetime(2020, 1, 14, tzinfo=UTC), persons=["Hakan Fidan"],
              places=["Idlib"], countries=["TR", "RU"], story_id="story-idlib"),
        other(2, "Old ceasefire talks", "Ceasefire talks in Geneva ended without result.", source="wire",
              published_at=datetime(2016, 5, 2, tzinfo=UTC), places=["Geneva"], countries=["CH"]),
        other(3, "Wahlen in Berlin", "Die Wahl in Berlin brachte eine Überraschung.", source="zeitung", language="de",
              published_at=datetime(2021, 9, 26, tzinfo=UTC), places=["Berlin"], countries=["DE"],
              organizations=["SPD"]),
        other(4, "Harbour reopens", "The northern harbour reopened after repairs.", source="local",
              published_at=datetime(2022, 3, 3, tzinfo=UTC), countries=["GB"]),
    ]
    return dict(docs)


def index_corpus(settings: Settings, docs: dict[str, dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    docs = docs or corpus()
    with make_client(settings.elasticsearch) as es:
        outcomes = bulk_index(es, settings.elasticsearch.write_alias, docs, Backoff(0.1, 0.1))
        assert all(o.ok for o in outcomes.values()), [o.error for o in outcomes.values() if not o.ok]
        es.indices.refresh(index=settings.elasticsearch.read_alias)
    return docs
