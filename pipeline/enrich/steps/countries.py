"""ISO 3166 alpha-2 codes of the countries an article mentions, and its primary country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.enrich.entities.countries import country_of_group, country_of_place
from pipeline.enrich.entities.grounding import Said
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.models import Article, Provenance

TITLE_WEIGHT = 3


def country_of(entity: Mapping[str, Any]) -> str | None:
    if entity["kind"] == "place":
        return country_of_place(entity["name"])
    if entity["kind"] == "group":
        return country_of_group(entity["name"])
    return None


def score_countries(entities: Sequence[Mapping[str, Any]], title: str) -> Counter[str]:
    """Mentions per country (places and nationalities); a country named in the title weighs more."""
    scores: Counter[str] = Counter()
    said = Said.of(title)
    for entity in entities:
        code = country_of(entity)
        if code:
            in_title = any(said(form) for form in entity["surface_forms"])
            scores[code] += entity["count"] + (TITLE_WEIGHT if in_title else 0)
    return scores


def countries(article: Article, fields: Fields) -> StepOutput:
    scores = score_countries(fields.get("entities") or [], article.title)
    ranked = [code for code, _ in scores.most_common()]
    return {"countries": sorted(ranked), "primary_country": ranked[0] if ranked else None}


def _batch(articles: Sequence[Article], fields: Sequence[Fields]) -> list[StepOutput]:
    return [countries(a, f) for a, f in zip(articles, fields, strict=True)]


COUNTRIES = Step(
    "countries", Provenance(producer="newsline.countries+pycountry", version="2"), batch=_batch, requires=("entities",)
)
