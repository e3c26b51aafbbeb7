"""Which GeoNames entry each place mention of an article means, from the article's other places and countries.

Every mention's candidates are the gazetteer entries with that name (``"Paris"``: Paris in France, Parys in
South Africa, Paris in Texas). A candidate scores

- its prior: half the log10 of its population; a country (or continent) adds ``COUNTRY_BONUS`` (a country's
  name is rarely a town's), a US state counts as ``REGION_PRIOR`` (a state's name is often its capital's or a
  city's: "Washington", "New York"), and a name written as the entry's own name (not an alternate) adds
  ``OWN_NAME_BONUS``;
- ``COUNTRY_WEIGHT`` for its country being named by the article's *other* mentions (a country's name, a
  nationality, a place whose candidates all lie in one country), ``STATE_WEIGHT`` for its US state being
  named so, and ``NEAR_WEIGHT`` for lying within ``NEAR_KM`` of another mention's place.

Evidence from a mention weighs 1 when all its candidates agree (one country; one state), 0.5 when it is only
its best candidate's. The first round takes evidence from the unambiguous mentions and the clear favourites
(a prior ahead by ``CLEAR_LEAD``); the second from every mention's first-round choice. A mention never
counts as its own evidence, so "Georgia" alone is the country and "Georgia" with "Atlanta" is the state.
Evidence for one country or state counts up to ``CAP`` mentions' worth; a continent says nothing of a country.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.enrich.entities.countries import country_of_group
from pipeline.enrich.places.geonames import Gazetteer, Place

COUNTRY_BONUS = 1.5
REGION_PRIOR = 2.5
OWN_NAME_BONUS = 0.3
COUNTRY_WEIGHT = 1.5
STATE_WEIGHT = 2.5
NEAR_WEIGHT = 0.5
NEAR_KM = 150.0
# 4: names of cities in ideographs and katakana; 3: Cyrillic names of cities, countries and continents; 2: continents
RULES_VERSION = "4"
CLEAR_LEAD = 0.5  # a prior ahead by this much (10x the population) makes a clear favourite
EARTH_KM = 6371.0
NEAR_DEGREES = math.degrees(NEAR_KM / EARTH_KM)  # a degree of latitude is ~111 km everywhere
CAP = 2.0  # evidence for one country or state counts up to two mentions' worth
NOBODY = -1


@dataclass
class Evidence:
    """What an article's mentions say: weight per country, per (country, state), and points, each remembering
    which mention said it so a mention's own evidence is left out when it is being resolved."""

    countries: dict[str, float] = field(default_factory=dict)
    states: dict[tuple[str, str], float] = field(default_factory=dict)
    points: list[tuple[float, float, int]] = field(default_factory=list)  # lat, lon, mention
    own: dict[int, tuple[Place, float, float]] = field(default_factory=dict)

    def add(self, place: Place, country_weight: float, state_weight: float, by: int = NOBODY) -> None:
        if place.kind == "continent":
            return  # says nothing about a country
        self.countries[place.country] = self.countries.get(place.country, 0.0) + country_weight
        if place.kind != "country":
            state = (place.country, place.admin1)
            self.states[state] = self.states.get(state, 0.0) + state_weight
        if place.kind == "city":
            self.points.append((place.lat, place.lon, by))
        if by != NOBODY:
            self.own[by] = (place, country_weight, state_weight)

    def copy(self) -> Evidence:
        return Evidence(dict(self.countries), dict(self.states), list(self.points), dict(self.own))

    def country(self, code: str, skip: int) -> float:
        own = self.own.get(skip)
        mine = own[1] if own and own[0].country == code else 0.0
        return min(CAP, self.countries.get(code, 0.0) - mine)

    def state(self, place: Place, skip: int) -> float:
        own = self.own.get(skip)
        mine = own[2] if own and own[0].kind != "country" and (own[0].country, own[0].admin1) == (
            place.country, place.admin1) else 0.0
        return min(CAP, self.states.get((place.country, place.admin1), 0.0) - mine)

    def near(self, place: Place, skip: int) -> bool:
        """Within ``NEAR_KM`` of another mention's place (a latitude band first: most points are far away)."""
        point = (place.lat, place.lon)
        return any(by != skip and abs(lat - place.lat) <= NEAR_DEGREES and distance_km(point, (lat, lon)) <= NEAR_KM
                   for lat, lon, by in self.points)


def prior(place: Place, key: str) -> float:
    own = OWN_NAME_BONUS if place.key == key else 0.0
    if place.kind == "region":
        return REGION_PRIOR + own
    base = 0.5 * math.log10(max(place.population, 10))
    return base + own + (COUNTRY_BONUS if place.kind in ("country", "continent") else 0.0)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Equirectangular distance: exact enough at the few hundred kilometres it decides on."""
    mean_lat = math.radians((a[0] + b[0]) / 2)
    dx = math.radians(b[1] - a[1]) * math.cos(mean_lat)
    dy = math.radians(b[0] - a[0])
    return EARTH_KM * math.hypot(dx, dy)


def score(place: Place, key: str, evidence: Evidence, skip: int = NOBODY) -> float:
    """The candidate's prior plus what the article's other mentions (all but ``skip``) say for it."""
    if place.kind == "continent":
        return prior(place, key)
    total = prior(place, key) + COUNTRY_WEIGHT * evidence.country(place.country, skip)
    if place.kind != "country":
        total += STATE_WEIGHT * evidence.state(place, skip)
    if place.kind == "city" and evidence.near(place, skip):
        total += NEAR_WEIGHT
    return total


@dataclass
class _Mention:
    key: str
    candidates: tuple[Place, ...]
    qualifier: tuple[Place, ...] = ()  # "Paris, Texas": what follows the comma

    @cached_property
    def one_country(self) -> bool:
        return len({c.country for c in self.candidates}) == 1

    @cached_property
    def one_state(self) -> bool:
        return len({(c.country, c.admin1) for c in self.candidates if c.kind != "country"}) == 1 and self.one_country

    def clear_favourite(self) -> Place | None:
        ranked = sorted(self.candidates, key=lambda c: -prior(c, self.key))
        if not ranked:
            return None
        if len(ranked) == 1 or prior(ranked[0], self.key) - prior(ranked[1], self.key) >= CLEAR_LEAD:
            return ranked[0]
        return None


def _mention(name: str, gazetteer: Gazetteer) -> _Mention:
    found = gazetteer.candidates(name)
    head, _, tail = name.partition(",")
    if found or not tail.strip():
        return _Mention(gazetteer.key(name), found)
    return _Mention(gazetteer.key(head), gazetteer.candidates(head), gazetteer.candidates(tail.strip()))


def _evidence(mentions: Sequence[_Mention], choices: Sequence[Place | None], groups: Sequence[str]) -> Evidence:
    evidence = Evidence()
    for code in filter(None, map(country_of_group, groups)):
        evidence.countries[code] = evidence.countries.get(code, 0.0) + 1.0
    for i, (mention, choice) in enumerate(zip(mentions, choices, strict=True)):
        if choice is not None:
            evidence.add(choice, 1.0 if mention.one_country else 0.5, 1.0 if mention.one_state else 0.5, by=i)
    return evidence


def _choose(mention: _Mention, evidence: Evidence, me: int) -> Place | None:
    if not mention.candidates:
        return None
    if mention.qualifier:  # the qualifier names the country or state: it counts fully
        evidence = evidence.copy()
        evidence.add(mention.qualifier[0], CAP, CAP)
    return max(mention.candidates, key=lambda c: (score(c, mention.key, evidence, me), c.population))


def resolve(names: Sequence[str], gazetteer: Gazetteer, groups: Sequence[str] = ()) -> list[Place | None]:
    """The entry each place name means (None when the gazetteer has no such name); ``groups``: nationalities."""
    mentions = [_mention(name, gazetteer) for name in names]
    first: list[Place | None] = [m.candidates[0] if m.one_country and m.candidates else m.clear_favourite()
                                 for m in mentions]
    evidence = _evidence(mentions, first, groups)
    choices = [_choose(m, evidence, i) for i, m in enumerate(mentions)]
    evidence = _evidence(mentions, choices, groups)
    return [_choose(m, evidence, i) for i, m in enumerate(mentions)]


def place_named(name: str, gazetteer: Gazetteer) -> Place | None:
    """The entry a place name on its own means ("Paris" is Paris, France; "Paris, Texas" is the Texan one)."""
    return resolve([name], gazetteer)[0] if name.strip() else None
