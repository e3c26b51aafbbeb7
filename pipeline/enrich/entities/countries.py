"""Resolve place and nationality names to ISO 3166-1 alpha-2 codes.

Country names in English (ISO 3166-1 and the hand tables) and in the languages newsline extracts entities from
(ISO 3166-1 translations shipped with pycountry: "Deutschland", "Estados Unidos", "Österreich").
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import lru_cache

import pycountry

from pipeline.enrich.entities.country_tables import rows

# the blocks of scripts other than Latin (Greek, Cyrillic ... CJK, Hangul); their letters survive a fold
OTHER_SCRIPT = re.compile("[\u0370-\u1dff\u1f00-\u1fff\u2c00-\u2dff\u2e80-\ua6ff"
                          "\ua800-\ud7ff\uf900-\ufaff\ufb1d-\ufdff\ufe70-\ufefe]")
ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # emoji and the rest past the BMP: dropped by a fold
KANA_VOICING = (0x3099, 0x309A)  # the combining (han)dakuten NFKD splits from "バ", "パ"
SHORT = 80  # names up to this length are folded once per process (bounded cache); whole texts each time


def fold(name: str) -> str:
    """Case- and accent-insensitive key; curly apostrophes and a leading 'the' ignored."""
    return _fold_name(name) if len(name) <= SHORT else _fold(name)


@lru_cache(maxsize=32_768)
def _fold_name(name: str) -> str:
    return _fold(name)


@lru_cache(maxsize=1)
def _dropped() -> dict[int, None]:
    """What a fold drops past ASCII in the Basic Multilingual Plane: combining marks, every non-ASCII Latin letter
    (what is left of "ß", "ø", "ł" after NFKD), punctuation and symbols. Letters and digits of other scripts
    (Cyrillic, Greek, Arabic, CJK...) are kept, so "Путин" is not folded to nothing, and so are the voicing marks
    of kana, which tell names apart ("バイデン" is not "ハイテン")."""
    drop: dict[int, None] = {}
    for point in range(0x80, 0x10000):
        char = chr(point)
        if point in KANA_VOICING:
            continue
        if unicodedata.combining(char) or not char.isalnum() or unicodedata.name(char, "LATIN").startswith("LATIN"):
            drop[point] = None
    return drop


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    if OTHER_SCRIPT.search(text) is None:
        text = text.encode("ascii", "ignore").decode()  # Latin: accents and non-ASCII letters dropped (fast)
    else:
        text = ASTRAL.sub("", text.translate(_dropped()))
    text = " ".join(text.casefold().split())
    return text[4:] if text.startswith("the ") else text


# country names in these languages (pycountry's locales) count too
TRANSLATED = ("de", "es", "fr", "it", "nl", "pt", "pl", "hu", "ru", "ja", "zh_CN")


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
