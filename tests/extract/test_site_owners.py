"""The writer of a personal site: the person the site is named for, where nothing credits anyone."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline_dev import forenames as generator
from pipeline.exceptions import ConfigError
from pipeline.extract.bylines import authors
from pipeline.extract.credits import rules
from pipeline.extract.headline import site_names
from pipeline.extract.site_owners import FORENAMES_FILE, forenames, site_owner
from tests.extract.pages import BODY, html, meta, page

FIRST_PERSON = "<p>Ich war letzte Woche auf dem Cashcamp und habe dort über Lokalblogs gesprochen.</p>"


def _writers(site: str, url: str, body: str = "", head: str = "") -> tuple[str, ...]:
    p = page(html(head=meta({"og:site_name": site}) + head, body=f"<main><h1>Lokalblogs</h1>{body}{FIRST_PERSON}"
                  f"{BODY}</main>"), url)
    return authors(p, site_names(p)).authors


@pytest.mark.parametrize("site, url, owner", [
    ("Moritz Meyer", "https://moritz-meyer.net/blog/netzwerk-lokalblogs/", "Moritz Meyer"),
    ("Moritz Meyer | Medienprofi", "https://www.moritz-meyer.net/blog/x/", "Moritz Meyer"),
    ("Dustin Curtis on Svbtle", "http://dcurt.is/voice-interfaces", "Dustin Curtis"),  # initial and surname
    ("Alexander Lasch", "https://alexanderlasch.wordpress.com/2019/11/14/post/", "Alexander Lasch"),
])
def test_a_site_named_for_a_person_its_host_spells_is_written_by_that_person(site: str, url: str, owner: str) -> None:
    assert _writers(site, url) == (owner,)


def test_the_owner_whose_name_the_tags_give_as_the_publisher_is_the_writer() -> None:
    # the author tag names the site, which reads as the publisher's mark: no byline, but the owner wrote it
    assert _writers("Moritz Meyer", "https://moritz-meyer.net/blog/x/", head=meta({"author": "Moritz Meyer"})) \
        == ("Moritz Meyer",)


@pytest.mark.parametrize("site, url", [
    ("Miami Today", "https://www.miamitodaynews.com/news/transitway/"),  # no given name
    ("Presse Augsburg", "https://presse-augsburg.de/tarifverbund/"),
    ("La Prensa", "https://www.laprensa.hn/mundo/story"),
    ("Royal Road", "https://www.royalroad.com/fiction/1/chapter/2"),  # only Faker's US census list has "Royal"
    ("Moritz Meyer", "https://www.example.org/blog/x/"),  # the host spells no one
    ("Tone Deaf", "https://tonedeaf.com/record-of-the-week/"),  # "deaf" written small: a phrase
])
def test_a_site_not_named_for_a_person_credits_no_one(site: str, url: str) -> None:
    body = "<p>Half the band is tone deaf, the singer says.</p>"
    assert _writers(site, url, body) == ()


def test_a_writer_or_an_agency_the_page_credits_comes_first() -> None:
    url = "https://moritz-meyer.net/blog/x/"
    assert _writers("Moritz Meyer", url, '<p class="byline">Von Anna Schmidt</p>') == ("Anna Schmidt",)
    p = page(html(head=meta({"og:site_name": "Moritz Meyer", "author": "dpa"}), body=f"<main><h1>X</h1>{BODY}</main>"),
             url)
    found = authors(p, site_names(p))
    assert found.authors == () and found.organizations == ("dpa",)


def test_a_page_with_no_address_has_no_owner() -> None:
    p = page(html(head=meta({"og:site_name": "Moritz Meyer"}), body=BODY), None)
    assert site_owner(p, rules(), site_names(p)).authors == ()


def test_the_forenames_are_faker_s_capitalised_given_names_without_its_us_census_list(tmp_path: Path) -> None:
    names = forenames()
    assert {"Moritz", "Dustin", "Wolfgang", "Ana", "Jean"} <= names
    assert not {"Royal", "Page", "America"} & names  # only in the left-out US census list
    assert not any(name.startswith("#") or " " in name for name in names)
    written = tmp_path / "forenames.txt"
    written.write_text(generator.render({"Anna", "Zoë"}), encoding="utf-8")
    assert forenames(written) == {"Anna", "Zoë"}  # the header is comments


def test_the_committed_forenames_are_from_the_pinned_wheel() -> None:
    header = FORENAMES_FILE.read_text(encoding="utf-8").split("\n", 1)[0]
    assert f"Faker {generator.VERSION}" in header and generator.SHA256 in header


def test_a_missing_or_empty_forenames_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="forenames.txt: cannot read the given names"):
        forenames(tmp_path / "forenames.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("# only a header\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="empty.txt: no given names"):
        forenames(empty)
