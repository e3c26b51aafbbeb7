"""The writer of a personal site: the person the site is named for, where nothing on the page credits anyone.

A blog named for its owner ("Moritz Meyer" on moritz-meyer.net, "Dustin Curtis on Svbtle" on dcurt.is) gives no
byline: the site's name is the credit, and the tags that name the owner read as the publisher. The site's name
counts as its owner's where it is a person's name on all three counts:
- a given name first, from ``config/forenames.txt`` (Faker's lists; "Miami Today", "Presse Augsburg", "La Prensa"
  are no one);
- the host spells it, whole or as the first name's initial and the surname ("moritzmeyer", "dcurtis");
- the page never writes the other words in small letters ("Tone Deaf" beside "deaf": a phrase, not a surname).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path

from lxml.etree import _Element

from pipeline.exceptions import ConfigError
from pipeline.extract.credits import Byline, Rules, is_name, is_organisation
from pipeline.extract.marked_credits import slugs
from pipeline.extract.page import Page, url_parts
from pipeline.settings import PROJECT_ROOT

FORENAMES_FILE = PROJECT_ROOT / "config" / "forenames.txt"
# a site's name beside its platform or motto: "Dustin Curtis on Svbtle", "Moritz Meyer | Medienprofi"
OWNER_APART = re.compile(r"\s+(?:on|auf|sur|en|su|op)\s+|\s+[-–—]\s+|\s*[|:·•/]\s*", re.IGNORECASE)
MIN_HOST_LETTERS = 5  # "dcurtis"; a shorter match ("ali") is any host's


@functools.cache
def forenames(path: Path = FORENAMES_FILE) -> frozenset[str]:
    """The given names, read once (comment lines aside); a ConfigError where the file is missing or names none."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the given names ({type(exc).__name__})") from exc
    names = frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    if not names:
        raise ConfigError(f"{path}: no given names (python -m newsline_dev.forenames writes them)")
    return names


def site_owner(page: Page, r: Rules, sites: Iterable[str]) -> Byline:
    """The person a personal site is named for, as its writer; no one where the site's name is no person's."""
    host = "".join(ch for ch in (url_parts(page.url).hostname or "").removeprefix("www.") if ch.isalpha())
    if page.tree is None or len(host) < MIN_HOST_LETTERS:
        return Byline()
    for site in sites:
        for name in (part.strip() for part in OWNER_APART.split(site)):
            if a_person(name, r) and any(host.startswith(form) for form in _spellings(name)) \
                    and not _written_small(page.tree, name.split()[1:]):
                return Byline((name,))
    return Byline()


def a_person(name: str, r: Rules) -> bool:
    """Two or three capitalised words opening with a given name: a person's name, not a brand's ("Miami Today")."""
    words = name.split()
    return 2 <= len(words) <= 3 and words[0] in forenames() and is_name(name, r) and not is_organisation(name, r)


def _spellings(name: str) -> set[str]:
    return {form for form in slugs(name) if len(form) >= MIN_HOST_LETTERS}


def _written_small(tree: _Element, words: list[str]) -> bool:
    """One of ``words`` written in small letters in the page's text: a common word, not a surname."""
    small = {w.casefold() for w in words} - set(words)
    if not small:
        return False
    text = " ".join(tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"))
    return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in small)
