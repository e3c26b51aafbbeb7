"""What newsline knows of Polish words beside Morfeusz's readings (:mod:`pipeline.enrich.entities.morfeusz`): the
head nouns of institutions' and places' names, roles, units, and the questions the name rules ask of a word (is it
a given name, an adjective, a place GeoNames knows, a nationality...)."""

from __future__ import annotations

from pipeline.enrich.entities.gazetteer import default as gazetteer
from pipeline.enrich.entities.morfeusz import GIVEN, ORGANISATION, PLACE, readings
from pipeline.enrich.places.geonames import default as places

CLOSED = frozenset({"prep", "conj", "comp", "qub", "adv", "ppron12", "ppron3", "siebie", "pred", "interj", "fin",
                    "praet", "impt", "inf", "imps", "pcon", "pant", "bedzie", "aglt", "winien"})
ABBREVIATIONS = frozenset("im ul al pl św gen płk prof dr ks abp bp red mec inż hab".split())  # "ul. Długa"
PARTICLES = frozenset("von van der den de di da del della la le du al el bin ibn ben dos das y ter".split())
# lemmas of the head nouns of institutions' names, and of named places that are no single word
ORGANISATION_HEADS = frozenset("""
agencja akademia archiwum bank biblioteka biuro fundacja fundusz giełda grupa instytut izba kancelaria klub
kolegium komenda komisja komitet kongres koalicja konfederacja korporacja kuria liga ministerstwo muzeum najwyższa
narodowy obserwatorium ośrodek parlament partia platforma policja politechnika porozumienie prokuratura rada
rzecznik sejm senat spółka stowarzyszenie straż sąd szkoła szpital teatr trybunał towarzystwo unia uniwersytet
urząd wydział wojsko zarząd związek zrzeszenie centrum inspekcja inspektorat służba filharmonia opera orkiestra
stocznia kopalnia huta elektrownia fabryka zakład gazeta radio telewizja dziennik tygodnik lewica prawica
""".split())
PLACE_HEADS = frozenset("""
województwo powiat gmina morze ocean zatoka wyspa wyspy półwysep góra góry jezioro rzeka ulica aleja plac rynek
park puszcza dolina kanał cieśnina pustynia nizina wyżyna pojezierze stany republika królestwo księstwo strefa
wschód zachód
""".split())
CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
OBLIQUE = (("em", frozenset({"inst"})), ("owi", frozenset({"dat"})), ("ą", frozenset({"inst", "acc"})))
# what a company's name stands after in apposition ("koncern LG Energy Solution")
OWNERS = frozenset("""
firma koncern spółka grupa organizacja producent marka sieć platforma serwis portal gazeta dziennik agencja
startup bank fundusz operator przewoźnik sklep zespół klub drużyna stowarzyszenie fundacja tygodnik miesięcznik
""".split())
# units and currencies written in capitals
UNITS = frozenset("MW GW TW PLN EUR USD CHF GBP JPY CNY UAH RUB PKB VAT CIT PIT UTC CET CEST".split())
# institutions named by one common noun
SINGLE_NAMES = frozenset({"sejm", "senat"})
# lemmas of the roles before a person's name ("prezydentem Emmanuelem Macronem", "trener Hansi Flick")
ROLES = frozenset("""
prezydent prezydentka premier premiera minister ministra wiceminister wicepremier prezes prezeska szef szefowa
rzecznik rzeczniczka poseł posłanka senator marszałek marszałkini wojewoda burmistrz wójt starosta prokurator
sędzia trener selekcjoner piłkarz piłkarka zawodnik zawodniczka kanclerz król królowa papież sekretarz dyrektor
dyrektorka profesor doktor autor autorka reżyser aktor aktorka pisarz pisarka kapitan generał przewodniczący
przewodnicząca lider liderka kandydat kandydatka ambasador analityk analityczka ekonomista ekonomistka malarz
obrońca pomocnik napastnik bramkarz kierowca skoczek tenisista tenisistka kolarz biegacz biegaczka szkoleniowiec
gubernator komisarz komisarka pan pani książę arcybiskup biskup ksiądz kardynał rektor dziekan wiceprezes
""".split())


def lemmas(word: str) -> frozenset[str]:
    return frozenset(r.base.lower() for r in readings(word))


def classes(word: str) -> frozenset[str]:
    return frozenset(c for r in readings(word) for c in r.proper)


def closed(word: str) -> bool:
    return any(r.pos in CLOSED for r in readings(word))


def common(word: str) -> bool:
    """A reading that is no name: a common noun, an adjective, a verb..."""
    return any(not r.proper for r in readings(word))


def head(word: str) -> bool:
    return bool(lemmas(word) & (ORGANISATION_HEADS | PLACE_HEADS)) and any(r.pos == "subst" for r in readings(word))


def adjective(word: str) -> bool:
    return any(r.pos in ("adj", "ppas", "pact") for r in readings(word))


def given(word: str) -> bool:
    return any(GIVEN in r.classes and r.base[:1].isupper() for r in readings(word))


def organisation(word: str) -> bool:
    return bool(classes(word) & ORGANISATION)


def known_place(word: str) -> bool:
    """A reading of ``word`` is a place GeoNames knows ("Warszawie" -> Warszawa), not only a village the dictionary
    lists ("Zieliński" is also a form of "Zielińsk")."""
    return any((PLACE in r.classes or not r.proper) and places().candidates(r.base[:1].upper() + r.base[1:])
               for r in readings(word))  # "Łodzi": the city is the common noun "łódź" (a boat) in the dictionary


def demonym(word: str) -> bool:
    """A noun for a person of a nation or a city, which Polish writes with a capital ("Słoweniec", "Polak")."""
    return any(r.base[:1].isupper() and not r.proper and r.pos == "subst" and r.genders & {"m1", "f"}
               for r in readings(word))


def cases_of(word: str) -> frozenset[str]:
    """The cases ``word`` may be in: its readings', or for a word the dictionary lacks those an unambiguous ending
    gives ("Macronem": instrumental); every case when it says nothing."""
    found = frozenset(c for r in readings(word) for c in r.cases)
    if found:
        return found
    for ending, cases in OBLIQUE:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return cases
    return frozenset(CASES)


def agrees(adjective: str, noun: str) -> bool:
    """Whether ``adjective`` can stand before ``noun`` as its adjective: a reading of each in one case, number and
    gender."""
    nouns = [r for r in readings(noun) if r.pos in ("subst", "depr") and not r.proper]
    return any(a.cases & n.cases and a.numbers & n.numbers and a.genders & n.genders
               for a in readings(adjective) if a.pos in ("adj", "ppas", "pact") for n in nouns)


# endings a case puts on a foreign name the dictionary lacks, and what its nominative ends in instead
FOREIGN_ENDINGS = (("", ""), ("a", ""), ("u", ""), ("em", ""), ("iem", ""), ("ie", ""), ("owi", ""), ("ą", "a"),
                   ("ę", "a"), ("ii", "ia"), ("i", "a"), ("y", "a"))


def listed(word: str) -> tuple[str, str] | None:
    """(name, label) of the gazetteer's entry for a word: the word or, for one the dictionary lacks, the word without
    its case ending ("Nvidią" -> "Nvidia", "Benficą" -> "Benfica"); for one it knows, a lemma written with a capital
    ("Volkswagena": the car "volkswagen" -> "Volkswagen"). None when the gazetteer lists none."""
    if len(word) < 3:
        return None
    found = readings(word)
    if found:
        forms = [r.base[:1].upper() + r.base[1:] for r in found]
    else:
        forms = [word[: len(word) - len(end)] + base for end, base in FOREIGN_ENDINGS
                 if word.endswith(end) and len(word) - len(end) >= 3]
    for form in forms:
        entry = gazetteer().lookup(form)  # folds accents: "Nvidią" is found as it is written
        if entry is not None:
            return entry.name, entry.label
    return None
