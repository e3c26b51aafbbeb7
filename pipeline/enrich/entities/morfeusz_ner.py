"""Polish NER: names found from the words' capitals and the classes of Morfeusz's SGJP dictionary (given names,
surnames, places, organisations, companies), both shipped inside the ``morfeusz2`` wheel on PyPI
(:mod:`pipeline.enrich.entities.morfeusz`, :mod:`pipeline.enrich.entities.polish_words`,
:mod:`pipeline.enrich.entities.polish_kinds`).

No statistical model: PyPI and Maven Central serve no usable Polish NER model (no ``pl-core-news-*`` wheel, no
CoreNLP jar, no Apache OpenNLP NER model). The mentions keep the case the sentence puts them in; the Polish rules
(:mod:`pipeline.enrich.entities.polish`) put them in the nominative.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.enrich.entities import morfeusz
from pipeline.enrich.entities.polish_kinds import names

Found = tuple[tuple[str, str, int, int], ...]  # (text, label, start, end) within the line


def model_version() -> str:
    return morfeusz.model_version()


def run_model(lines: Sequence[str]) -> list[Found]:
    """The mentions of each line, in order."""
    morfeusz.load()
    return [tuple((line[s:e], label, s, e) for label, s, e in names(line)) for line in lines]
