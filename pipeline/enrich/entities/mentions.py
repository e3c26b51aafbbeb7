"""The per-mention rules: clean the surface text, drop noise, fix reliable label confusions (then the article's
context, :mod:`pipeline.enrich.entities.context`)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.enrich.entities.context import apply_context
from pipeline.enrich.entities.countries import is_known_place, is_nationality
from pipeline.enrich.entities.mention import Mention, unspaced
from pipeline.enrich.entities.roles import DESCRIPTORS, FUNCTION_WORDS, PREPOSITIONS, TITLES

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "NORP": "group"}

LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
NUMBER_TAIL = re.compile(r"\s+\d.*$")  # 'Apple 1.8 billion' -> 'Apple', 'Everton 2-1' -> 'Everton'
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.]{1,7}$")
CAMEL = re.compile(r"^[A-Za-z]+[a-z][A-Z]\w*$")  # SpaceX, iPhone, PayPal: brands, not people
JOB_TITLE = re.compile(r"\s+(?:Minister|Ministers|Secretary|Secretaries|Commissioner|Spokesman|Spokeswoman)\b")
# control characters, zero-width space, word joiner and BOM (not the joiners some scripts need: U+200C, U+200D)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2060\ufeff]")
# a line that credits a picture ("Foto: Anna Schmidt/dpa", "Źródło zdjęcia głównego: ELVIS GONZALEZ/PAP/EPA"):
# the names on it took the photograph, they are not in the story
CREDIT_LINE = re.compile(
    r"\s*(?:©|(?:źródło\s+)?(?:(?:fot|foto|fotos|fotografia|photos?|bild|bilder|image|picture|"
    r"zdjęci[ea](?:\s+główne(?:go)?)?|zdjęć)(?:\s+credits?)?|crédits?\s+photos?|credits?)\s*[:.])", re.IGNORECASE)
CREDIT_LINE_MAX = 200  # characters: a longer line is prose that happens to start like a credit
ROLE_OF = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+of\s+(?=[A-Z])")  # 'Founder of Baltic Freight'


def _strip_function_words(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[-1].casefold() in FUNCTION_WORDS:
        words.pop()
    while len(words) > 1 and words[0].casefold() in FUNCTION_WORDS - {"of"}:
        words.pop(0)
    return " ".join(words)


def clean(text: str) -> str:
    """Strip control and zero-width characters, articles, trailing possessives, numeric tails and leading/trailing
    function words."""
    text = " ".join(CONTROL.sub("", text).split()).strip(" ,.;:-–—\"“”")
    text = LEADING_ARTICLE.sub("", text)
    text = NUMBER_TAIL.sub("", text)
    text = _strip_function_words(text)
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return text.replace("’", "'").strip(" ,")


def strip_title(text: str, label: str) -> str:
    """Drop a leading title, role or preposition ('Judge Miriam Holt', 'Inside Hitler', 'Founder of Baltic Freight',
    'Chipmaker Veltrix')."""
    words = text.split()
    if label == "PERSON":
        while len(words) > 1 and (words[0] in TITLES or words[0].casefold() in PREPOSITIONS):
            words.pop(0)
        return " ".join(words)
    found = ROLE_OF.match(text)
    if label == "ORG" and found and found.group(0).split()[0].casefold() in DESCRIPTORS | {"chief", "head"}:
        return text[found.end():]
    if label == "ORG" and len(words) > 1 and words[0].casefold() in DESCRIPTORS:
        return " ".join(words[1:])
    return text


def is_acronym(text: str) -> bool:
    return bool(ACRONYM.match(text)) and sum(c.isupper() for c in text) >= 2


def is_noise(text: str) -> bool:
    """No capital letter (common nouns such as 'jihadist') in a script with letter case, one character, or digits
    only."""
    cased = any(c.isupper() for c in text) or unspaced(text)
    return len(text) < 2 or not cased or text.replace(" ", "").isdigit()


def is_portfolio(mention: Mention, text: str) -> bool:
    """A one-word 'organisation' that starts a job title ('Defense' in 'Defense Minister Hulusi Akar')."""
    return (
        mention.label == "ORG" and " " not in mention.text and 0 <= mention.end <= len(text)
        and JOB_TITLE.match(text, mention.end) is not None
    )


def on_credit_line(mention: Mention, text: str) -> bool:
    """A person named on a short line that credits a picture (:data:`CREDIT_LINE`)."""
    if mention.start < 0 or mention.end > len(text):
        return False
    begin = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    line = text[begin:] if end < 0 else text[begin:end]
    return len(line) <= CREDIT_LINE_MAX and CREDIT_LINE.match(line) is not None


def relabel(mention: Mention) -> Mention:
    """Label fixes that hold reliably: acronyms and brands are not people; gazetteer places and nationalities."""
    text, label = mention.text, mention.label
    if label == "PERSON" and (is_acronym(text) or CAMEL.match(text)):
        return replace(mention, label="ORG")
    if label != "GPE" and is_known_place(text) and not is_nationality(text):
        return replace(mention, label="GPE")
    if label != "NORP" and is_nationality(text) and not is_known_place(text):
        return replace(mention, label="NORP")
    return mention


def split_lines(mention: Mention) -> list[Mention]:
    """A span across a line break is two mentions ('Everton\\n\\nWolverhampton Wanderers')."""
    if "\n" not in mention.text:
        return [mention]
    out, offset = [], 0
    for part in mention.text.split("\n"):
        if part.strip():
            start = mention.start + offset if mention.start >= 0 else -1
            out.append(Mention(part, mention.label, start, start + len(part) if start >= 0 else -1))
        offset += len(part) + 1
    return out


def prepare(mentions: list[Mention], text: str = "", given_name_first: bool = True) -> list[Mention]:
    """Clean, drop noise and job-title portfolios, relabel the raw mentions of one article (order kept);
    ``given_name_first``: see :func:`~pipeline.enrich.entities.context.apply_context`."""
    out = []
    for raw in (part for mention in mentions for part in split_lines(mention)):
        if raw.label not in LABELS or is_portfolio(raw, text) or raw.label == "PERSON" and on_credit_line(raw, text):
            continue
        surface = strip_title(clean(raw.text), raw.label)
        if not is_noise(surface):
            out.append(relabel(replace(raw, text=surface)))
    return [relabel(m) for m in apply_context(out, text, given_name_first)] if text else out
