"""Polish morphology: Morfeusz 2 with the SGJP dictionary, both inside the ``morfeusz2`` wheel on PyPI (BSD-2-Clause,
program and data; nothing is downloaded).

Morfeusz gives every reading of a word: its lemma, its tag ("subst:sg:gen:m3": part of speech, number, case,
gender) and, for nouns, the dictionary's class of name: ``imię`` (a given name), ``nazwisko`` (a surname),
``nazwa_geograficzna``, ``nazwa_organizacji``, ``nazwa_firmy``... or ``nazwa_pospolita`` (a common noun). Polish
entities are found from those classes and the words' capitals (:mod:`pipeline.enrich.entities.polish_words`,
:mod:`pipeline.enrich.entities.polish_kinds`) and put in the nominative from the readings
(:mod:`pipeline.enrich.entities.polish`). Loaded once per process, on the first
Polish article.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from pipeline.exceptions import NewslineError

log = logging.getLogger(__name__)

PACKAGE = "morfeusz2"
GIVEN, SURNAME, PLACE = "imię", "nazwisko", "nazwa_geograficzna"
ORGANISATION = frozenset({"nazwa_organizacji", "nazwa_firmy", "człon_nazwy_organizacji", "nazwa_instytucji",
                          "człon_nazwy_firmy", "marka"})
PROPER = frozenset({GIVEN, SURNAME, PLACE}) | ORGANISATION


class MorfeuszError(NewslineError):
    """The morfeusz2 package or its dictionary is missing or does not load."""


@dataclass(frozen=True)
class Reading:
    lemma: str  # as the dictionary writes it, with its homonym mark ("Tusk:Sm1", "polski:A")
    tag: str  # "subst:sg:gen:m3"
    classes: frozenset[str]

    @property
    def base(self) -> str:
        """The lemma without its homonym mark ("Tusk")."""
        return self.lemma.split(":", 1)[0]

    @property
    def pos(self) -> str:
        return self.tag.split(":", 1)[0]

    def field(self, index: int) -> frozenset[str]:
        """The values of the tag's ``index``-th field ("sg", "gen.acc" -> {"gen", "acc"})."""
        fields = self.tag.split(":")
        return frozenset(fields[index].split(".")) if index < len(fields) else frozenset()

    @property
    def numbers(self) -> frozenset[str]:
        return self.field(1)

    @property
    def cases(self) -> frozenset[str]:
        return self.field(2) if self.pos in INFLECTED else frozenset()

    @property
    def genders(self) -> frozenset[str]:
        return self.field(3)

    @property
    def proper(self) -> frozenset[str]:
        return self.classes & PROPER


INFLECTED = frozenset({"subst", "depr", "adj", "ppas", "pact"})  # parts of speech whose tag has number, case, gender


@lru_cache(maxsize=1)
def load() -> Any:
    """The analyser, its dictionary loaded."""
    try:
        import morfeusz2
    except ImportError as exc:
        raise MorfeuszError(f"the {PACKAGE} package (Polish morphology) is not installed: {exc}") from exc
    try:
        analyser = morfeusz2.Morfeusz(generate=True, expand_tags=False)
    except (OSError, RuntimeError) as exc:
        raise MorfeuszError(f"cannot load Morfeusz's dictionary: {exc}") from exc
    log.info("ner model loaded package=%s version=%s dictionary=%s language=pl", PACKAGE, model_version(),
             analyser.dict_id())
    return analyser


@lru_cache(maxsize=65_536)
def readings(word: str) -> tuple[Reading, ...]:
    """Every reading of ``word`` as one segment (none for a word the dictionary lacks, ``ign``, or reads only as
    several: "Lądek-Zdrój" is no form of "Lądek")."""
    analyses = load().analyse(word)
    if any(end > 1 for _, end, _ in analyses):
        return ()
    return tuple(Reading(lemma, tag, frozenset(classes)) for _, _, (_, lemma, tag, classes, _) in analyses
                 if tag != "ign")


@lru_cache(maxsize=16_384)
def forms(lemma: str) -> tuple[tuple[str, str], ...]:
    """(form, tag) of every form of ``lemma`` (with its homonym mark)."""
    try:
        return tuple((form, tag) for form, _, tag, _, _ in load().generate(lemma))
    except RuntimeError:  # a lemma the generator does not know
        return ()


def model_version() -> str:
    try:
        return f"morfeusz2-{version(PACKAGE)}"
    except PackageNotFoundError:
        return "morfeusz2-missing"
