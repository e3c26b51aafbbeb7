"""JSON-LD read through the slips hand-edited templates make."""

from __future__ import annotations

import pytest

from pipeline.extract.loose_json import loads
from pipeline.extract.page import Page, parse_html


@pytest.mark.parametrize("raw, value", [
    ('{"a": 1}', {"a": 1}),
    ('{"a": [1, 2,], }', {"a": [1, 2]}),  # trailing commas
    ('{\n "url": "https://x.test/a", // the page\n //"b": "",\n "c": 2 /* kept */}', {"url": "https://x.test/a", "c": 2}),
    ('{"s": "a // b /* c */", "d": "q\\"//"}', {"s": "a // b /* c */", "d": 'q"//'}),  # inside strings: text
    ('[{"a": 1}];', [{"a": 1}]),  # a ";" after the value
    ('{"a": 1}\n{"b": 2}', [{"a": 1}, {"b": 2}]),  # two objects one after the other
    ('{"a": 1}, {"b": 2', {"a": 1}),  # the objects that read, before one that does not
    ('\n  <![CDATA[\n  {"a": 1, "s": "x]]y"}\n  ]]>\n', {"a": 1, "s": "x]]y"}),  # an XHTML template's CDATA wrapper
    ('/*<![CDATA[*/{"a": 1}/*]]>*/', {"a": 1}),  # the same, commented out for HTML parsers
    ("<![CDATA[ {'a': 1} ]]>", None),
    ("{'a': 1}", None),
    ("Musik und Sport", None),
    ("", None),
])
def test_json_ld_as_pages_write_it(raw: str, value: object) -> None:
    assert loads(raw) == value


def test_a_commented_json_ld_author_is_read() -> None:
    script = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",\n'
              '\t//"interactionCount": "", // interactions\n\t"author": {"@type": "Person", "name": "Anna Roth"}}</script>')
    page = Page.of(parse_html(f"<html><head>{script}</head><body><p>x</p></body></html>"))
    assert page.articles()[0]["author"]["name"] == "Anna Roth"


def test_a_json_ld_article_wrapped_in_cdata_gives_its_dates() -> None:
    article = ('{"@context": {"@vocab": "http://schema.org"}, "@type": "NewsArticle", "headline": "H",'
               ' "datePublished": "2024-12-06T22:00:40.000Z", "dateModified": "2024-12-07T12:43:39.889Z"}')
    script = f'<script type="application/ld+json">\n<![CDATA[\n{article}\n]]>\n</script>'
    page = Page.of(parse_html(f"<html><head>{script}</head><body><p>x</p></body></html>"))
    assert page.articles()[0]["datePublished"] == "2024-12-06T22:00:40.000Z"
