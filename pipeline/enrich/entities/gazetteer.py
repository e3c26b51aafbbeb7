"""Curated names (config/gazetteer/*.yaml) that fix an entity's label and canonical name.

Each file has a ``source`` (provenance), a ``label`` and ``entries``: canonical name -> other names. A mention
whose folded text is one of those names is that entity, with that label, whatever the model said. The file's
stem is recorded on the entity (``gazetteer``) and a digest of every file is part of the step's version.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.enrich.entities.countries import fold
from pipeline.enrich.entities.mention import unspaced
from pipeline.exceptions import NewslineError
from pipeline.settings import PROJECT_ROOT

DIRECTORY = PROJECT_ROOT / "config" / "gazetteer"
GIVEN_NAMES = "given-names.txt"
CELESTIAL = "celestial-bodies.txt"
VALID_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})


class GazetteerError(NewslineError):
    """A gazetteer file is malformed or lists a name twice."""


@dataclass(frozen=True)
class Entry:
    name: str
    label: str
    source: str  # the file's stem, e.g. "sports-clubs"


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]  # folded name or alias -> entry
    given_names: frozenset[str]  # folded
    digest: str
    pattern: re.Pattern[str] | None = None  # every name as written, longest first (not those below)
    celestial: frozenset[str] = frozenset()  # folded names of celestial bodies ("moon", "mars")
    unspaced_pattern: re.Pattern[str] | None = None  # the names in Japanese or Chinese script

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, name as written) of every gazetteer name written exactly so in ``text``, in order (the
        names in Japanese or Chinese script looked for only in a text that has such characters)."""
        patterns = [p for p in (self.pattern, self.unspaced_pattern if unspaced(text) else None) if p is not None]
        found = sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start())
        for match in found:
            yield match.start(), match.end(), match.group(0)

    def lookup(self, text: str) -> Entry | None:
        return self.entries.get(fold(text))

    def is_given_name(self, word: str) -> bool:
        return fold(word) in self.given_names

    def is_celestial(self, word: str) -> bool:
        return fold(word) in self.celestial


def _read_list(path: Path) -> tuple[str, list[Entry], list[str]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{path.name}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not data.get("source") or data.get("label") not in VALID_LABELS:
        raise GazetteerError(f"{path.name}: needs 'source' and a 'label' among {sorted(VALID_LABELS)}")
    entries = data.get("entries")
    if not isinstance(entries, dict) or not entries:
        raise GazetteerError(f"{path.name}: 'entries' must map canonical names to lists of other names")
    out, names = [], []
    for name, aliases in entries.items():
        if not isinstance(aliases, list | type(None)):
            raise GazetteerError(f"{path.name}: entry {name!r}: other names must be a list")
        entry = Entry(str(name), data["label"], path.stem)
        out.append(entry)
        names.append(str(name))
        names += [str(a) for a in aliases or ()]
        out += [entry] * len(aliases or ())
    return path.stem, out, names


def load_gazetteer(directory: Path = DIRECTORY) -> Gazetteer:
    if not directory.is_dir():  # an install without its config would otherwise lose every entry silently
        raise GazetteerError(f"gazetteer directory {directory} does not exist")
    table: dict[str, Entry] = {}
    written: list[str] = []
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.yaml")):
        digest.update(path.name.encode() + path.read_bytes())
        _, entries, names = _read_list(path)
        for entry, name in zip(entries, names, strict=True):
            key = fold(name)
            if key in table:
                raise GazetteerError(f"{path.name}: {name!r} is already listed in {table[key].source}.yaml")
            table[key] = entry
            written.append(name)
    names_set, celestial = _read_words(directory / GIVEN_NAMES, digest), _read_words(directory / CELESTIAL, digest)
    return Gazetteer(table, names_set, digest.hexdigest()[:12], _pattern([n for n in written if not unspaced(n)]),
                     celestial, _pattern([n for n in written if unspaced(n)]))


def _pattern(names: list[str]) -> re.Pattern[str] | None:
    """The names as written, longest first, standing alone (no letter, digit, & or - next to them)."""
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w&-])(?:{alternation})(?![\w&-])") if names else None


def _read_words(path: Path, digest: Any) -> frozenset[str]:
    """A word list (one a line, '#' comments) folded; its bytes go into the digest."""
    if not path.exists():
        return frozenset()
    data = path.read_bytes()
    digest.update(data)
    return frozenset(fold(w) for w in data.decode("utf-8").split("\n") if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    return load_gazetteer()
