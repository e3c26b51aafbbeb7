"""Mentions and the per-mention rules: clean the surface text, drop noise, fix reliable label confusions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.enrich.entities.countries import is_known_place, is_nationality

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "NORP": "group"}

LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
LEADING_POSSESSIVE = re.compile(r"^[A-Z][\w.-]*['’]s?\s+(?=[A-Z])")
NUMBER_TAIL = re.compile(r"\s+\d.*$")  # 'Apple 1.8 billion' -> 'Apple'
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.]{1,7}$")
JOB_TITLE = re.compile(r"\s+(?:Minister|Ministers|Secretary|Secretaries|Commissioner|Spokesman|Spokeswoman)\b")


@dataclass(frozen=True)
class Mention:
    text: str
    label: str
    start: int = -1
    end: int = -1


def clean(text: str) -> str:
    """Strip a leading article, a leading/trailing possessive and a numeric tail; straight apostrophes."""
    text = " ".join(text.split()).strip(" ,.;:-–—\"“”")
    text = LEADING_ARTICLE.sub("", text)
    text = LEADING_POSSESSIVE.sub("", text)
    text = NUMBER_TAIL.sub("", text)
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return text.replace("’", "'").strip()


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text)) and sum(c.isupper() for c in text) >= 2


def is_noise(text: str) -> bool:
    """No capital letter (common nouns such as 'jihadist'), one character, or digits only."""
    return len(text) < 2 or not any(c.isupper() for c in text) or text.replace(" ", "").isdigit()


def is_portfolio(mention: Mention, text: str) -> bool:
    """A one-word 'organisation' that starts a job title ('Defense' in 'Defense Minister Hulusi Akar')."""
    return (
        mention.label == "ORG" and " " not in mention.text and 0 <= mention.end <= len(text)
        and JOB_TITLE.match(text, mention.end) is not None
    )


def relabel(mention: Mention) -> Mention:
    """Label fixes that hold reliably: acronyms are not people; gazetteer places and nationalities."""
    text, label = mention.text, mention.label
    if label == "PERSON" and is_acronym(text):
        return replace(mention, label="ORG")
    if label != "GPE" and is_known_place(text) and not is_nationality(text):
        return replace(mention, label="GPE")
    if label != "NORP" and is_nationality(text) and not is_known_place(text):
        return replace(mention, label="NORP")
    return mention


def prepare(mentions: list[Mention], text: str = "") -> list[Mention]:
    """Clean, drop noise and job-title portfolios, relabel the raw mentions of one article (order kept)."""
    out = []
    for mention in mentions:
        if mention.label not in LABELS or is_portfolio(mention, text):
            continue
        surface = clean(mention.text)
        if not is_noise(surface):
            out.append(relabel(replace(mention, text=surface)))
    return out
