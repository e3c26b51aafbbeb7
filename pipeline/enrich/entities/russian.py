"""Russian inflection in entity names: the nominative an editor records, not the case the sentence puts a name in
("с Хаканом Фиданом" -> "Хакан Фидан", "в Южном Кавказе" -> "Южный Кавказ", "Банка России" -> "Банк России").

The words of a name agree in case, so the case is chosen for the whole name (a person's every word; for an
organisation or place the adjectives before its first noun and that noun: the words after it are its genitive
complement, "Организации Объединённых Наций" -> "Организация Объединённых Наций"). Each word then takes the
first of:
1. a nominative the article itself writes as a name, the shortest where there are several ("Мерца" -> "Мерц"
   where the text says "Фридрих Мерц"; "Автодоре" -> "Автодор" where it writes "Автодор" and "Автодора");
2. pymorphy3's nominative where its dictionary knows the word (OpenCorpora: "Москве", "Германии", "Зенита");
3. for a word the dictionary only guesses at, pymorphy3's guess, but without the Russian fleeting vowel it likes
   to add to foreign names ("Шольцем" -> "Шольц", not "Шолец").
The case is chosen by the words' parses (a person's name's by its name-like, animate ones first), by the
nominatives the article writes ("Анзорова" is "Анзоров" in the genitive where the text says "Абдулах Анзоров"),
and otherwise leans to the nominative. An organisation's or place's word the dictionary does not know that may
already be a nominative stays as written ("Автодор"), as does a word with no parse in the chosen case
(indeclinable names: "Рютте", "фон дер Ляйен") and a name in quotation marks after a generic noun that puts it in
apposition ("компании «Финам»"). A one-word place GeoNames knows, as written or by a nominative of any of its
parses or endings, is that place ("в Шымкенте" -> "Шымкент", where pymorphy3 guesses "Шымкента").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.places.geonames import default as places

WORD = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё'’-]*")
# generic nouns a quoted name stands beside uninflected ("агентства «Интерфакс»", "компании «Финам»")
APPOSITION = frozenset("""
агентство банк бренд газета госкомпания госкорпорация группа движение журнал завод издание издательство клуб
команда компания концерн корпорация марка организация партия платформа портал приложение проект радиостанция
сайт сервис сеть станция телеканал театр фирма фонд холдинг центр
""".split())
BEFORE = re.compile(r"([а-яё]+)\s*[«\"„“]\s*$")  # a generic noun, then the name in quotation marks
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
# endings a case puts on a name, and what the nominative may end in instead ("Фиданом" -> "Фидан", "Кошты" ->
# "Кошта"): the forms tried against the words of the article
ENDINGS = {"gent": ("а", "я", "ы", "и"), "datv": ("у", "ю", "е", "и"), "accs": ("а", "я", "у", "ю"),
           "ablt": ("ом", "ем", "ём", "ой", "ей", "ою", "ею"), "loct": ("е", "и")}
NOMINATIVE_PRIOR = 0.2
EVIDENCE = 1.5  # for a case whose nominative the article writes: more than a word's whole vote
NOMINATIVE_ENDINGS = ("", "а", "я", "ь", "й")
FLEETING = re.compile(r"[ьеёо](?=[^аеёиоуыэюяйь]$)")  # "шолец" / "шольц": the letter before the last consonant
CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


@lru_cache(maxsize=1)
def analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65_536)
def _parses(word: str) -> tuple[Any, ...]:
    return tuple(p for p in analyzer().parse(word) if p.tag.case is not None)


def _known(parse: Any) -> bool:
    """The dictionary has the word itself (not a guess from its ending or from a known word inside it)."""
    return len(parse.methods_stack) == 1 and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


def _spelled_like(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    parts = re.split(r"([-'’])", word)
    shapes = re.split(r"([-'’])", original)
    if len(parts) == len(shapes):
        return "".join(p[:1].upper() + p[1:] if s[:1].isupper() else p for p, s in zip(parts, shapes, strict=True))
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _fits(parse: Any, person: bool) -> bool:
    """A parse a person's name's word can have: singular (not "Токаев" as the plural of "токай", "Эльвиры" as a
    plural nominative)."""
    return not person or parse.tag.number != "plur"


def _weight(parse: Any, person: bool) -> float:
    """How much a parse counts: its score, doubled where the dictionary knows the word; for a person's name a
    name's parse (given name, surname, patronymic) counts in full, another animate one half, an inanimate one a
    tenth ("Кошта" is also the genitive of "кошт": the name is not cut to "Кошт")."""
    weight = parse.score * (2.0 if _known(parse) else 1.0)
    if person and not {"Name", "Surn", "Patr"} & parse.tag.grammemes:
        weight *= 0.5 if "anim" in parse.tag else 0.1
    return weight


def _stems(word: str, case: str) -> list[str]:
    """``word`` (lower case) without an ending ``case`` puts on names, each with the endings a nominative has."""
    stems = [word[: -len(e)] for e in ENDINGS.get(case, ()) if word.endswith(e) and len(word) > len(e) + 2]
    return [stem + end for stem in stems for end in NOMINATIVE_ENDINGS]


def _case(words: list[str], person: bool, said: frozenset[str]) -> str:
    """The case the words agree on. Each word votes with its parses' weights (:func:`_weight`), at most one; a
    case whose nominative the article writes elsewhere ("Анзорова" where the text says "Абдулах Анзоров") gets
    EVIDENCE more; the nominative gets NOMINATIVE_PRIOR (names the dictionary does not know, "Лорал О'Хара", stay as
    written)."""
    totals = dict.fromkeys(CASES, 0.0)
    for word in words:
        lower = word.lower()
        votes: dict[str, float] = {}
        for parse in (p for p in _parses(lower) if _fits(p, person)):
            votes[parse.tag.case] = votes.get(parse.tag.case, 0.0) + _weight(parse, person)
        scale = max(1.0, sum(votes.values()))  # a word's votes add up to one at most
        for case, vote in votes.items():
            totals[case] += vote / scale
        for case in ENDINGS:
            if any(form != lower and form in said for form in _stems(lower, case)):
                totals[case] += EVIDENCE
    totals["nomn"] += NOMINATIVE_PRIOR
    return max(CASES, key=lambda case: (totals[case], case == "nomn"))


def _nominative(word: str, case: str, said: frozenset[str], person: bool, gender: str | None = None) -> str:
    """``word`` (in ``case``) in the nominative, by the order in the module's docstring; an adjective takes
    ``gender``, its noun's."""
    parses = [p for p in _parses(word.lower()) if p.tag.case == case and _fits(p, person)]
    if gender is not None:
        parses = [p for p in parses if p.tag.gender in (gender, None)] or parses
    forms: list[tuple[str, bool]] = []
    for parse in parses:
        inflected = parse.inflect({"nomn"})
        if inflected is not None:
            forms.append((inflected.word, _known(parse)))
    lower = word.lower()
    written = [f for f, _ in forms if f != lower and f in said]
    written += [f for f in _stems(lower, case) if f != lower and f in said and _can_be_nominative(f, person)]
    if written:  # the shortest: "Автодоре" -> "Автодор" where the text writes "Автодор" and "Автодора"
        return _spelled_like(word, min(written, key=len))
    if not forms or (not person and not any(known for _, known in forms) and _can_be_nominative(lower, person)):
        return word  # a guess at a name that may already be a nominative ("Автодор") is not taken
    stems = [lower[: -len(e)] for e in ENDINGS.get(case, ()) if lower.endswith(e) and len(lower) > len(e) + 2]
    form, known = forms[0]
    if known:
        return _spelled_like(word, form)
    for stem in stems:  # a guess with a fleeting vowel the name does not have: "Шольцем" -> "Шольц", not "Шолец"
        if CONSONANT_END.search(stem) and FLEETING.sub("", stem) == FLEETING.sub("", form) and stem != form:
            return _spelled_like(word, stem)
    return _spelled_like(word, form)


def _can_be_nominative(word: str, person: bool) -> bool:
    """No singular parse of ``word`` (lower case) is in another case only ("автодор" may be a genitive plural)."""
    parses = [p for p in _parses(word) if p.tag.number != "plur"]
    return not parses or any(p.tag.case == "nomn" for p in parses)


def _known_place(word: str) -> str | None:
    """``word`` as GeoNames knows it: itself, else its nominative by any parse or ending ("Шымкенте" -> "Шымкент",
    where pymorphy3 guesses "Шымкента"); None when GeoNames knows neither."""
    written = {place.geonames_id for place in places().candidates(word)}
    lower = word.lower()
    if written and _can_be_nominative(lower, False):
        return word
    forms = [f.word for f in (p.inflect({"nomn"}) for p in _parses(lower) if p.tag.case != "nomn") if f is not None]
    stems = [lower[: -len(e)] for endings in ENDINGS.values() for e in endings
             if lower.endswith(e) and len(lower) > len(e) + 2]
    for candidate in forms + [stem + end for stem in stems for end in NOMINATIVE_ENDINGS]:
        if candidate == lower:
            continue
        found = {place.geonames_id for place in places().candidates(candidate)}
        if found and (not written or found & written):  # GeoNames lists some inflected forms too ("Самаре")
            return _spelled_like(word, candidate)
    return word if written else None


def _gender(noun: str, case: str) -> str | None:
    """The gender of an organisation's or place's head noun in ``case`` (its adjectives agree with it)."""
    parses = [p for p in _parses(noun.lower()) if p.tag.case == case]
    return parses[0].tag.gender if parses else None


def _head(words: list[str]) -> int:
    """Index of the first noun of an organisation's or place's name (its last word when none parses as one)."""
    for i, word in enumerate(words):
        parses = _parses(word.lower())
        if parses and parses[0].tag.POS == "NOUN":
            return i
        if not parses or parses[0].tag.POS not in ("ADJF", "PRTF"):
            return i
    return len(words) - 1


def _in_apposition(mention: Mention, text: str) -> bool:
    before = BEFORE.search(text[max(0, mention.start - 40):mention.start]) if mention.start > 0 else None
    if before is None:
        return False
    return any(p.normal_form in APPOSITION for p in _parses(before.group(1)) if p.tag.POS == "NOUN")


def nominative(mention: Mention, text: str, said: frozenset[str]) -> Mention:
    words = mention.text.split()
    if not words or _in_apposition(mention, text):
        return mention
    person = mention.label == "PERSON"
    if mention.label in ("GPE", "LOC") and len(words) == 1 and WORD.fullmatch(words[0]):
        known = _known_place(words[0])
        if known is not None:
            return mention if known == mention.text else replace(mention, text=known)
    inflected = words if person else words[: _head(words) + 1]
    cyrillic = [w for w in inflected if WORD.fullmatch(w) and not (w.isupper() and len(w) > 1)]
    voters = [w for w in cyrillic if w[0].isupper()] if person else cyrillic  # not "фон", "дер"
    case = _case(voters, person, said) if voters else "nomn"
    if case == "nomn":
        return mention
    gender = None if person else _gender(inflected[-1], case)
    fixed = [_nominative(w, case, said, person, gender) if w in cyrillic else w for w in inflected]
    name = " ".join(fixed + words[len(inflected):])
    return mention if name == mention.text else replace(mention, text=name)


def normalise(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions of one Russian article with their names in the nominative (order kept)."""
    said = frozenset(w.lower() for w in WORD.findall(text) if w[0].isupper())  # the names the article writes
    return [nominative(m, text, said) for m in mentions]
