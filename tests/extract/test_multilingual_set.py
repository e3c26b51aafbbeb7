"""The multilingual labelled set is whole and its labels are grounded in its own pages."""

from __future__ import annotations

import html
import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import lxml.html
import pytest

from tests.extract.multilingual import Case, load_cases

CASES = load_cases()
FIELDS = {"url", "language", "headline", "page_title", "published_at", "published_precision", "modified_at",
          "authors", "author_organizations", "entities"}
ENTITY_KINDS = ("persons", "organizations", "places")
QUOTED_LANGUAGES = {"en", "fr", "de"}
SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def visible_text(case: Case) -> str:
    root = lxml.html.document_fromstring(case.html.decode("utf-8"))
    for node in root.xpath("//script|//style"):
        node.drop_tree()
    return squash(root.text_content())


def stamp(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def test_set_size_and_languages() -> None:
    per_language = Counter(case.language for case in CASES)
    assert len(CASES) >= 60
    assert len([lang for lang, n in per_language.items() if n >= 10]) >= 6, per_language
    assert all(case.name.startswith(f"{case.language}-") for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_labels_are_grounded_in_the_page(case: Case) -> None:
    want = case.expected
    assert FIELDS <= want.keys()
    root = lxml.html.document_fromstring(case.html.decode("utf-8"))
    assert root.find("body") is not None
    raw = squash(html.unescape(case.html.decode("utf-8")))
    text = visible_text(case)
    assert squash(root.findtext(".//title")) == want["page_title"]
    assert want["headline"] in text
    assert want["url"] in raw
    for name in want["authors"] + want["author_organizations"]:
        assert name in raw, name
    for kind in ENTITY_KINDS:
        for name in want["entities"][kind]:
            assert name in text, (kind, name)
    labelled = {name for kind in ENTITY_KINDS for name in want["entities"][kind]}
    assert set(want["entities"].get("canonical", {})) <= labelled, "canonical forms are given for labelled entities"
    if case.language in QUOTED_LANGUAGES:
        assert want["entities"]["quotes"], "en/fr/de pages label their quotes"
        for quote in want["entities"]["quotes"]:
            assert quote["text"] in text, quote
            assert quote["speaker"] is None or quote["speaker"] in text, quote


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_times_are_well_formed(case: Case) -> None:
    want = case.expected
    published, precision = want["published_at"], want["published_precision"]
    assert precision in {"minute", "day"}
    if precision == "day":
        date.fromisoformat(published)
    else:
        assert datetime.fromisoformat(published).tzinfo is not None, "minute precision carries its offset"
    if want["modified_at"] is not None:
        assert stamp(want["modified_at"]) > stamp(published)
    assert stamp(published) < datetime(2026, 12, 2, tzinfo=UTC)
    raw = case.html.decode("utf-8")
    if precision == "day":
        assert published.replace("-", "/") in want["url"] or published in raw, "a day label is stated by URL or page"
    else:
        assert published in raw, "a minute label is stated by the page's own markup"
    if want["modified_at"] is not None:
        assert want["modified_at"] in raw
    feed = want.get("feed")
    if feed is not None and feed["feed_published_at"] is not None:
        assert feed["pubDate"], "a feed time comes from the item's pubDate"
        assert abs(stamp(feed["feed_published_at"]) - stamp(published)) < timedelta(days=30)
