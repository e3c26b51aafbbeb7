"""Named entities (English): spaCy NER over the batch, then the normalisation rules."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.enrich.entities import ner
from pipeline.enrich.entities.mentions import prepare
from pipeline.enrich.entities.merge import merge
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.models import Article, Entity, Provenance

RULES_VERSION = "2"


def article_text(article: Article) -> str:
    return f"{article.title}\n\n{article.text}"


def entities_of(texts: Sequence[str]) -> list[list[Entity]]:
    return [merge(prepare(found, text), text) for found, text in zip(ner.mentions(texts), texts, strict=True)]


def extract_entities(articles: Sequence[Article], _fields: Sequence[Fields]) -> list[StepOutput]:
    found = entities_of([article_text(a) for a in articles])
    return [{"entities": [e.model_dump() for e in entities]} for entities in found]


ENTITIES = Step(
    "entities",
    Provenance(
        producer="spacy+newsline.entity-rules",
        version=f"{ner.model_version()}+rules-{RULES_VERSION}+{ner.SEGMENTATION}",
    ),
    batch=extract_entities,
    languages=frozenset({"en"}),
)
