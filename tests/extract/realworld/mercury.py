"""The saved pages the npm package ``@postlight/mercury-parser`` 1.1.1 ships as test data (MIT licence):
``fixtures/``, 110 pages of about 95 publishers saved in 2016-2019 for the parser's per-site extractors (The New
York Times, The Washington Post, Bloomberg, Reuters, CNN, NPR, The Guardian, Politico, The Verge, BuzzFeed,
Radio-Canada...): the kind of set a publisher-specific scraper keeps as its regression suite. Later versions of
the package ship no pages.

Our labels (``mercury.json``, keys ``mercury/fixtures/<path>``) were written from the HTML alone before newsline
ran on these pages, without the parser's own expected values; the pages that are no article are listed with the
reason in ``passed_over_mercury.json``."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from tests.extract.realworld import HERE, Case, Half, _keys
from tests.extract.realworld.npm import npm_fixtures

MERCURY = ("@postlight/mercury-parser", "1.1.1",
           "LijsCAXeRErtzwhJ8wIdJcL9bDt+DkpQC7YGyeIFusigKk4Js1mCHOo0cRzwdqivMXnFefaT6VB0TYV7uB6uEA==")
PREFIX = "mercury/fixtures/"


def mercury_cases(half: Half = "all") -> list[Case]:
    """Every labelled page of mercury-parser's fixtures, sorted by key; ``half``: only the odd-indexed pages (the
    ones rules may be tuned on) or only the even, held-out ones."""
    labels = json.loads((HERE / "mercury.json").read_text(encoding="utf-8"))
    fixtures = npm_fixtures(*MERCURY)
    return [Case(key, labels[key]["language"], (fixtures / key.removeprefix(PREFIX)).read_bytes(), labels[key],
                 _saved_at(key)) for key in _keys(labels, half)]


SAVED_AT = re.compile(r"/(\d{13})\.html$")


def _saved_at(key: str) -> datetime | None:
    """Most fixtures are named by the time they were saved, in milliseconds since the epoch
    ("qz.com/1481758330660.html", 2016-12-14 23:32 UTC): the time the page was served, which a relative stamp on
    it ("4 hours ago") counts from; the few named otherwise ("nytimes.html") have none."""
    found = SAVED_AT.search(key)
    return datetime.fromtimestamp(int(found[1]) / 1000, UTC) if found else None
