"""Site and section names a host's own page titles give away.

The end of a ``<title>`` cut at a separator that recurs across a host's titles, each time after a different
headline ("… | Chroniques" on every chronicle of one site), is the site's or a section's name, not a headline's,
even where no tag names the site. Heads are left alone: a part repeated before the headline ("Ukraine war: …",
"Feed desk: …") is as often the headline's own kicker, written in its ``<h1>``. Ingest keeps each host's recent titles
(:class:`pipeline.ingest.titles.HostTitles`) and cuts such a part off the headline the page-level rules chose
(:mod:`pipeline.extract.headline` strips the names the page itself states).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from pipeline.extract.headline import MAX_SITE_WORDS, SEPARATORS, normalise

MIN_TITLES = 3  # a part is a site's name once it ends (or opens) this many titles with different rests


# where a title's tail is cut: not at a colon, which more often opens a headline's own kicker ("Ukraine war: ...")
TAIL_SEPARATORS = tuple(sep for sep in SEPARATORS if ":" not in sep and "：" not in sep)


def _cuts(title: str) -> Iterable[tuple[str, str]]:
    """(tail, rest) of ``title`` at each separator, the last one first."""
    for sep in TAIL_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and tail.strip():
            yield tail.strip(), head.strip()


def repeated_parts(titles: Iterable[str], min_titles: int = MIN_TITLES) -> list[str]:
    """Tails (at most ``MAX_SITE_WORDS`` words) that end at least ``min_titles`` of ``titles``, each time after a
    different rest; in the order first seen."""
    rests: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}
    for title in dict.fromkeys(t for t in titles if t):
        for part, rest in _cuts(title):
            key = normalise(part)
            if key and len(part.split()) <= MAX_SITE_WORDS:
                rests[key].add(normalise(rest))
                written.setdefault(key, part)
    return [written[key] for key, others in rests.items() if len(others) >= min_titles]


def without_parts(headline: str, parts: Sequence[str]) -> str:
    """``headline`` without any of ``parts`` cut off at a separator at its end (repeatedly); a headline that is
    nothing but such a part stays as it is."""
    keys = {normalise(p) for p in parts}
    changed = bool(keys)
    while changed:
        changed = False
        for part, rest in _cuts(headline):
            if normalise(part) in keys:
                headline, changed = rest, True
                break
    return headline
