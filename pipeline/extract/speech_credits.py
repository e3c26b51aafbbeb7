"""The speaker a published speech credits where its page opens: "Rede von Moritz Leuenberger beim SP-Städtegipfel",
"Bern, 17.08.2007 - Rede von Bundesrat Moritz Leuenberger", "Grußwort von Dr. Beate Merk", "Remarks by President
Jane Doe at the Summit", "Discours de M. Jean Dupont". A government's, a party's or a church's page of a speech
names no writer elsewhere: the speaker is its author."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lxml.etree import _Element

from pipeline.extract.credits import Byline, Rules, is_name, is_organisation
from pipeline.extract.page import short_text

SPEECH_WORDS = ("Rede", "Ansprache", "Festrede", "Grußwort", "Grusswort", "Predigt", "Speech", "Remarks", "Address",
                "Keynote", "Discours", "Allocution", "Discurso", "Discorso", "Toespraak")
BY_WORDS = ("von", "by", "de", "of", "del", "di", "van")
# titles and offices before the name ("Bundesrat Moritz Leuenberger", "President Jane Doe", "M. Jean Dupont")
TITLES = frozenset(w.casefold() for w in (
    "Bundesrat", "Bundesrätin", "Bundespräsident", "Bundespräsidentin", "Bundeskanzler", "Bundeskanzlerin",
    "Bundesminister", "Bundesministerin", "Minister", "Ministerin", "Staatsminister", "Staatsministerin",
    "Ministerpräsident", "Ministerpräsidentin", "Staatssekretär", "Staatssekretärin", "Präsident", "Präsidentin",
    "Oberbürgermeister", "Oberbürgermeisterin", "Bürgermeister", "Bürgermeisterin", "Regierungsrat",
    "Regierungsrätin", "Landrat", "Landrätin", "Bischof", "Bischöfin", "Landesbischof", "Landesbischöfin",
    "Prälat", "Pfarrer", "Pfarrerin", "Dr.", "Prof.", "Herr", "Frau", "President", "Vice", "Prime", "Secretary",
    "Governor", "Mayor", "Senator", "Ambassador", "Commissioner", "Chancellor", "Sir", "Dame", "Mr.", "Mrs.", "Ms.",
    "M.", "Mme", "Madame", "Monsieur", "Président", "Présidente", "Ministre", "Presidente", "Ministro", "Ministra",
    "Señor", "Señora", "Sr.", "Sra.", "Don", "Doña", "Dott.", "On."))
NAME_WORD = r"[A-ZÀ-Þ][\w'’.-]*"
SPEECH = re.compile(
    rf"(?:^|[-–—:]\s)(?:{'|'.join(SPEECH_WORDS)})\s+(?:{'|'.join(BY_WORDS)})\s+"
    rf"(?P<who>(?:{NAME_WORD}|von|van|de|der|del|di|da|du|le|la)(?:\s+(?:{NAME_WORD}|von|van|de|der|del|di|da|du))*)")
LONGEST = 200  # characters of a line that opens the page of a speech
LINES = 2  # the headline and the line under it: a page that opens on the speech (a transcript further down is a release's)


def speech_credit(tree: _Element | None, r: Rules, sites: Iterable[str], skip: Callable[[_Element], bool]) -> Byline:
    """The speaker a line opening the page credits with the speech, outside what ``skip`` rejects (page
    chrome, other stories); no one where no such line names a person."""
    if tree is None:
        return Byline()
    read, opened = 0, not tree.xpath("//body//h1")  # the article opens at its headline, where it has one
    for el in tree.iter("h1", "h2", "h3", "p", "strong", "b"):
        opened = opened or el.tag == "h1"
        line = short_text(el, LONGEST) if opened else None
        if not line or skip(el):
            continue
        read += 1
        if (match := SPEECH.search(line)) and (name := _speaker(match["who"], r, sites)):
            return Byline((name,))
        if read >= LINES:
            break
    return Byline()


def _speaker(words: str, r: Rules, sites: Iterable[str]) -> str | None:
    """The name in "Bundesrat Moritz Leuenberger beim", its titles and what follows the name left out."""
    parts = words.split()
    while parts and parts[0].casefold() in TITLES:
        parts = parts[1:]
    while parts and parts[-1][0].islower():  # a particle closing the run ("... Leuenberger von") is no name
        parts = parts[:-1]
    name = " ".join(parts)
    return name if is_name(name, r) and not is_organisation(name, r, sites) else None
