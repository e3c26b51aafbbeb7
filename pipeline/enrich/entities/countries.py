"""Resolve place and nationality names to ISO 3166-1 alpha-2 codes.

Country names in English (ISO 3166-1 and the hand tables) and in the languages newsline extracts entities from
(ISO 3166-1 translations shipped with pycountry: "Deutschland", "Estados Unidos", "Österreich").
"""

from __future__ import annotations

import gettext
import unicodedata
from functools import lru_cache

import pycountry

from pipeline.enrich.entities.country_tables import rows

SHORT = 80  # names up to this length are folded once per process (bounded cache); whole texts each time


def fold(name: str) -> str:
    """Case- and accent-insensitive key; curly apostrophes and a leading 'the' ignored."""
    return _fold_name(name) if len(name) <= SHORT else _fold(name)


@lru_cache(maxsize=32_768)
def _fold_name(name: str) -> str:
    return _fold(name)


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode()
    text = " ".join(text.casefold().split())
    return text[4:] if text.startswith("the ") else text


TRANSLATED = ("de", "es", "fr", "it", "nl", "pt", "pl", "hu")  # country names in these languages count too


def _translations() -> list[gettext.NullTranslations]:
    return [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
            for lang in TRANSLATED]


def _iso_names() -> dict[str, str]:
    """ISO 3166-1 names, common and official, translated first so the English ones win a clash."""
    table: dict[str, str] = {}
    translations = _translations()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table.update({fold(t.gettext(value)): country.alpha_2 for t in translations})
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[fold(value)] = country.alpha_2
    return table


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    table = _iso_names()
    for code, names, _, cities in rows():
        table.update({fold(n): code for n in (*names, *cities)})
    return table


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    table = _iso_names()
    for code, names, _, _ in rows():
        table.update({fold(n): code for n in names})
    return table


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, str]:
    return {fold(word): code for code, _, demonyms, _ in rows() for word in demonyms}


def country_of_place(name: str) -> str | None:
    return _places().get(fold(name))


def country_of_name(name: str) -> str | None:
    """The country ``name`` names (in any of the languages above), not a city in it: "Deutschland" but not "Berlin"."""
    return _country_names().get(fold(name))


def country_names() -> dict[str, tuple[str, ...]]:
    """The folded names of each country (alpha-2 code -> names), as :func:`country_of_name` reads them."""
    found: dict[str, list[str]] = {}
    for key, code in _country_names().items():
        found.setdefault(code, []).append(key)
    return {code: tuple(keys) for code, keys in found.items()}


def country_of_group(name: str) -> str | None:
    return _nationalities().get(fold(name))


def is_known_place(name: str) -> bool:
    return fold(name) in _places()


def is_nationality(name: str) -> bool:
    return fold(name) in _nationalities()


@lru_cache(maxsize=1)
def _country_names_not_cities() -> dict[str, str]:
    """Names of countries themselves (any of the languages above, hand-table names), not their cities."""
    table = {name: code for name, code in _places().items()}
    cities = {fold(c) for _, _, _, cs in rows() for c in cs}
    return {name: code for name, code in table.items() if name not in cities}


def country_named(name: str) -> str | None:
    """The code when ``name`` is a country's own name or a nationality ("Chile", "Chili", "chilenos")."""
    return _country_names_not_cities().get(fold(name)) or _nationalities().get(fold(name))
