"""Quotes (English, French, German, Spanish, Italian, Portuguese, Dutch, Hungarian, Russian, Japanese, Chinese,
Polish): direct quotations with their speakers, from the article text and its person entities."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.enrich.quotes import CUES, find_quotes
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.enrich.steps.entities import article_text
from pipeline.models import Article, Provenance

# 7: Polish (dash quotes, names in any case);
# 6: Chinese; 5: Spanish, Italian, Portuguese, Dutch, Japanese; 4: Russian; 3: Hungarian; 2: French and German
RULES_VERSION = "7"


def _lang(fields: Fields) -> str:
    return str((fields.get("language") or {}).get("code") or "en")


def extract_quotes(articles: Sequence[Article], fields: Sequence[Fields]) -> list[StepOutput]:
    return [
        {"quotes": [q.model_dump() for q in find_quotes(article_text(a), f.get("entities") or (), _lang(f))]}
        for a, f in zip(articles, fields, strict=True)
    ]


QUOTES = Step(
    "quotes",
    Provenance(producer="newsline.quotes", version=f"rules-{RULES_VERSION}"),
    batch=extract_quotes,
    languages=frozenset(CUES),  # each language's quotation marks, reporting verbs and pronouns
    requires=("entities",),
)
