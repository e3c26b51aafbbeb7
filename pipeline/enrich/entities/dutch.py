"""Dutch entity names from Frog's spans: Frog tags the adjective of a place as the place ("de Europese Commissie"
gives "Europese", "Amerikaanse regering" gives "Amerikaanse") and the people of a city too ("de Rotterdammers").
A one-word place that ends as a Dutch adjective of place (-se, -sche) or as a plural of inhabitants (-ers) is a
group, as spaCy's NORP ("Dutch", "Londoners") is."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.enrich.entities.mention import Mention

GROUP = re.compile(r"^[A-Z][a-zà-ÿ]+(?:se|sche|ers)$")


def relabel(mention: Mention) -> Mention:
    if mention.label in ("GPE", "LOC") and GROUP.match(mention.text):
        return replace(mention, label="NORP")
    return mention


def normalise(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions of one Dutch article, adjectives and inhabitants of places as groups (order kept)."""
    return [relabel(m) for m in mentions]
