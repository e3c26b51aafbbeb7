"""Russian inflection in entity names: the nominative an editor records, not the case the sentence puts a name in
("с Хаканом Фиданом" -> "Хакан Фидан", "в Южном Кавказе" -> "Южный Кавказ", "Банка России" -> "Банк России").

The words of a name agree in case, so the case is chosen for the whole name (a person's every word; for an
organisation or place the adjectives before its first noun and that noun: the words after it are its genitive
complement, "Организации Объединённых Наций" -> "Организация Объединённых Наций"). Each word then takes the
first of:
1. a nominative the article itself writes as a word ("Мерца" -> "Мерц" where the text says "Фридрих Мерц");
2. pymorphy3's nominative where its dictionary knows the word (OpenCorpora: "Москве", "Германии", "Зенита");
3. for a word the dictionary only guesses at, pymorphy3's guess, but without the Russian fleeting vowel it likes
   to add to foreign names ("Шольцем" -> "Шольц", not "Шолец").
A one-word place GeoNames knows, as written or by a nominative of any of its parses or endings, is that place
("в Шымкенте" -> "Шымкент", where pymorphy3 guesses "Шымкента"). A word with no parse in the chosen case stays as
written (indeclinable names: "Рютте", "фон дер Ляйен"), and so
does a name after a generic noun that puts it in apposition ("компании «Финам»": the name is not inflected).
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
агентство банк бренд газета группа движение журнал завод издание издательство клуб команда компания концерн
корпорация марка организация партия платформа портал приложение проект радиостанция сайт сервис сеть станция
телеканал театр фирма фонд холдинг центр
""".split())
BEFORE = re.compile(r"([а-яё]+)\s*[«\"„“]?\s*$")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
# endings a case puts on a name, and what the nominative may end in instead ("Фиданом" -> "Фидан", "Кошты" ->
# "Кошта"): the forms tried against the words of the article
ENDINGS = {"gent": ("а", "я", "ы", "и"), "datv": ("у", "ю", "е", "и"), "accs": ("а", "я", "у", "ю"),
           "ablt": ("ом", "ем", "ём", "ой", "ей", "ою", "ею"), "loct": ("е", "и")}
NOMINATIVE_PRIOR = 0.2
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
    """A parse a name's word can have: a person's is singular, and animate where the dictionary knows the word
    (not "Токаев" as the plural of "токай", "Эльвиры" as a plural nominative)."""
    if not person:
        return True
    if parse.tag.number == "plur":
        return False
    return not _known(parse) or "anim" in parse.tag or bool({"Name", "Surn", "Patr"} & parse.tag.grammemes)


def _case(words: list[str], person: bool) -> str:
    """The case the words agree on: the highest summed parse score, a guessed parse's halved, the nominative's
    raised by NOMINATIVE_PRIOR (names the dictionary does not know, "Лорал О'Хара", stay as written)."""
    totals = dict.fromkeys(CASES, 0.0)
    for word in words:
        best: dict[str, float] = {}
        for parse in (p for p in _parses(word.lower()) if _fits(p, person)):
            weight = parse.score if _known(parse) else parse.score / 2  # a guess counts half
            best[parse.tag.case] = max(best.get(parse.tag.case, 0.0), weight)
        for case, score in best.items():
            totals[case] += score
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
    if not forms:
        return word
    lower = word.lower()
    for form, _ in forms:
        if form != lower and form in said:
            return _spelled_like(word, form)
    stems = [lower[: -len(e)] for e in ENDINGS.get(case, ()) if lower.endswith(e) and len(lower) > len(e) + 2]
    form, known = forms[0]
    if known:
        return _spelled_like(word, form)
    for written in (stem + end for stem in stems for end in NOMINATIVE_ENDINGS):
        if written != lower and written in said and _can_be_nominative(written, person):
            return _spelled_like(word, written)
    for stem in stems:  # a guess with a fleeting vowel the name does not have: "Шольцем" -> "Шольц", not "Шолец"
        if CONSONANT_END.search(stem) and FLEETING.sub("", stem) == FLEETING.sub("", form) and stem != form:
            return _spelled_like(word, stem)
    return _spelled_like(word, form)


def _can_be_nominative(word: str, person: bool) -> bool:
    parses = [p for p in _parses(word) if _fits(p, person)]
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
    case = _case(cyrillic, person) if cyrillic else "nomn"
    if case == "nomn":
        return mention
    gender = None if person else _gender(inflected[-1], case)
    fixed = [_nominative(w, case, said, person, gender) if w in cyrillic else w for w in inflected]
    name = " ".join(fixed + words[len(inflected):])
    return mention if name == mention.text else replace(mention, text=name)


def normalise(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions of one Russian article with their names in the nominative (order kept)."""
    said = frozenset(w.lower() for w in WORD.findall(text))
    return [nominative(m, text, said) for m in mentions]
