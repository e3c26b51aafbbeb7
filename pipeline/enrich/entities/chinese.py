"""Chinese entity names as an editor writes them, from jieba's tagged words (:mod:`pipeline.enrich.entities.jieba_ner`).

jieba tags words from its dictionary, and guesses a tag for words it lacks: a country may come as a person
("乌克兰"), a company as a person ("华为"), a rain storm as a person ("强降雨"). The rules:
- a name that is a known place (a country, a province, a big city; a city GeoNames knows by that name, unless it
  is shaped as a Chinese person's) is a place, whatever the tag;
- a name ending in a place's word ("熊本县", "香港特别行政区") is a place, one ending in an organisation's word
  ("外交部", "协会", "公司", "队") an organisation;
- a person written in Han characters must look like a Chinese name: a common surname first, two to four characters
  in all, and the given name no common word ("强降雨": "降雨" is rain). A transliterated name ("约翰·瓦德普尔") or a
  name the dictionary itself lists as a person is kept;
- a country written before a company ("韩国三星电子") is a place and the company after it, but a country's own body
  ("美国商务部", "中国队") stays one organisation;
- two or more one-character short forms of countries ("中美", "中日") are a pair of countries, not a place;
- punctuation and quotation marks at a name's edges go.
Names stay as written, so they are grounded in the text like any other language's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.enrich.entities import jieba_ner
from pipeline.enrich.entities.chinese_words import (
    COMPANY_ENDS,
    COMPOUND_SURNAMES,
    HAN,
    INSTITUTION_ENDS,
    NOT_IN_NAMES,
    SAYING,
    SURNAMES,
    TITLE_ENDS,
    TRANSLITERATION,
)
from pipeline.enrich.entities.countries import country_of_name, is_known_place
from pipeline.enrich.entities.mention import Mention, country_pair, strip_edges
from pipeline.enrich.places.geonames import default as geonames

EDGES = "「」『』（）()［］【】〈〉《》、。，．·：；！？!?\"'“”‘’ 　"
PLACE_ENDS = ("特别行政区", "自治区", "自治州", "自治县", "省", "市", "县", "州", "区", "镇", "乡")
ORG_ENDS = (*INSTITUTION_ENDS, *COMPANY_ENDS, "部", "局", "署", "厅", "委", "党", "政府", "议会",
            "国会", "队", "社", "报", "电视台", "交易所", "组织", "联盟")
# a country's own bodies: a country before them is part of the name ("美国商务部", "中国女排")
STATE_ENDS = ("部", "局", "署", "政府", "议会", "国会", "委员会", "军", "队", "使馆", "代表团", "女排", "男排", "女足",
              "男足", "女篮", "男篮", "协会", "会", "院")
COMMON_WORD_TAGS = frozenset({"n", "v", "vn", "a", "ad", "d", "an", "m", "q", "t", "f", "c", "p"})
CHINESE_REGIONS = frozenset({"CN", "TW", "HK", "MO"})
COMMON_WORD = 300  # a word counted this often in jieba's corpus is no two-character name ("李强": 159)
COUNTRY_CHARS = frozenset("中美日俄韩朝英法德欧印澳加越台港澳巴意")
PERSON_TITLE = re.compile("总统|总理|主席|首相|总书记|部长|外长|国务卿|发言人|大使|议长|市长|州长|省长|教授|先生|女士"
                          "|主帅|教练")


def _surname_length(name: str) -> int:
    if name.startswith(COMPOUND_SURNAMES):
        return 2
    return 1 if name[:1] in SURNAMES else 0


def _chinese_name(name: str) -> bool:
    """Whether a Han-character name the dictionary lacks looks like a Chinese person's."""
    surname = _surname_length(name)
    given = name[surname:]
    if not surname or not 1 <= len(given) <= 2 or NOT_IN_NAMES.intersection(given):
        return False
    if len(name) == 2:
        return jieba_ner.frequency(name) < COMMON_WORD  # not "卫星" (satellite), "陈述" (a statement)
    return len(given) == 1 or jieba_ner.dictionary_tag(given) not in COMMON_WORD_TAGS


def _foreign(name: str) -> bool:
    return len(name) >= 2 and set(name) <= TRANSLITERATION


def _person(name: str) -> bool:
    """Whether a person mention may stand: a name not all Han ("约翰·瓦德普尔"), a transliterated one ("特朗普"),
    or a Chinese one. jieba's dictionary is no help: it lists "强降雨" (heavy rain) as a person."""
    return not HAN.match(name) or _foreign(name) or _chinese_name(name)


def _city(name: str) -> bool:
    """A city GeoNames knows by this name: abroad ("马德里", "莫斯科" and "柏林" are persons in jieba's
    dictionary), or in China when no Chinese person could be called so."""
    if not HAN.match(name):
        return False
    countries = {place.country for place in geonames().candidates(name)}
    return bool(countries - CHINESE_REGIONS) or (bool(countries) and not _chinese_name(name))


def _said_as_person(mention: Mention, text: str) -> bool:
    """A title before the name or a verb of saying after it ("总统普京", "普京表示"): a person, whatever the tag
    (the dictionary lists "普京" as a place)."""
    if mention.start < 0 or not _person(mention.text):
        return False
    return (PERSON_TITLE.search(text, max(0, mention.start - 4), mention.start) is not None
            or text.startswith(SAYING, mention.end))


def _relabelled(mention: Mention, text: str) -> Mention | None:
    name, label = mention.text, mention.label
    if is_known_place(name) or name.endswith(PLACE_ENDS[:3]):
        return replace(mention, label="GPE")
    if len(name) >= 3 and name.endswith(ORG_ENDS):
        return replace(mention, label="ORG")
    if label == "PERSON" and name.endswith(PLACE_ENDS) and len(name) >= 2:
        return replace(mention, label="GPE")  # "熊本县"
    if label == "PERSON" and _city(name):
        return replace(mention, label="GPE")
    if label in ("GPE", "LOC") and _said_as_person(mention, text):
        return replace(mention, label="PERSON")
    if label == "PERSON" and not (_person(name) or _after_title(mention, text)):
        return None
    return mention


def _after_title(mention: Mention, text: str) -> bool:
    """A name with a surname right after a person's title ("教授周启航": "启航" is a word, but after "教授" a given
    name)."""
    name = mention.text
    surname = _surname_length(name)
    before = text[max(0, mention.start - 6):mention.start] if mention.start > 0 else ""
    return bool(surname) and 2 <= len(name) - surname + 1 <= 4 and before.endswith(TITLE_ENDS)


def _country_first(mention: Mention) -> list[Mention]:
    """A country written before a company is two names ("韩国三星电子"); before its own body, one."""
    if mention.label != "ORG" or mention.text.endswith(STATE_ENDS):
        return [mention]
    for cut in (3, 2):
        country, rest = mention.text[:cut], mention.text[cut:]
        if len(rest) >= 2 and country_of_name(country) and not is_known_place(rest):
            start = mention.start
            middle = start + cut if start >= 0 else -1
            return [replace(mention, text=country, label="GPE", end=middle), replace(mention, text=rest, start=middle)]
    return [mention]


def _fixed(mention: Mention, text: str) -> list[Mention]:
    trimmed = strip_edges(mention, EDGES)
    relabelled = _relabelled(trimmed, text) if trimmed is not None else None
    if relabelled is None or country_pair(relabelled, COUNTRY_CHARS):
        return []
    return _country_first(relabelled)


def normalise(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions of one Chinese article as names an editor records (order kept)."""
    return [fixed for m in mentions for fixed in _fixed(m, text)]
