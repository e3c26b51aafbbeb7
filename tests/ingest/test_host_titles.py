"""Each host's recent page titles in the ingest state, and the headlines they correct (pipeline/ingest/titles.py)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from pipeline.extract import Extracted
from pipeline.fetch import Fetcher
from pipeline.ingest.run import fetch_and_extract
from pipeline.ingest.store import TITLES_PER_HOST, IngestStore
from pipeline.ingest.titles import HostTitles
from pipeline.sources.discovered import Discovered
from pipeline.sources.registry import SourceSpec
from tests.support.site import Reply, Site
from tests.support.web import fast_fetch_settings


def page(headline: str, title: str) -> Extracted:
    return Extracted(title=headline, text="Text.", url=None, authors=(), published_at=datetime(2026, 1, 1, tzinfo=UTC),
                     sitename=None, hostname=None, description=None, image=None, language="fr", categories=(),
                     tags=(), page_title=title)


def test_the_store_keeps_the_newest_titles_of_each_host_apart(tmp_path: Path) -> None:
    store = IngestStore(tmp_path / "s.sqlite")
    for n in range(TITLES_PER_HOST + 5):
        store.add_page_title("a.example", f"Title {n}")
    store.add_page_title("b.example", "Other")
    kept = store.page_titles("a.example")
    assert len(kept) == TITLES_PER_HOST and kept[-1] == f"Title {TITLES_PER_HOST + 4}" and "Title 0" not in kept
    assert store.page_titles("b.example") == ["Other"]


def test_a_section_name_repeated_on_a_hosts_pages_leaves_the_headline(tmp_path: Path) -> None:
    store = IngestStore(tmp_path / "s.sqlite")
    titles, url = HostTitles(store), "https://la-bas.example/chroniques/{}"
    got = [titles.headline_of(page(f"Chronique {w} | Chroniques", f"Chronique {w} | Chroniques"), url.format(n)).title
           for n, w in enumerate(["un", "deux", "trois", "quatre"])]
    assert got == ["Chronique un | Chroniques", "Chronique deux | Chroniques", "Chronique trois", "Chronique quatre"]
    elsewhere = titles.headline_of(page("Chronique cinq | Chroniques", "Chronique cinq | Chroniques"),
                                   "https://other.example/x")
    assert elsewhere.title == "Chronique cinq | Chroniques"  # another host has not shown the name


def test_a_later_run_knows_the_names_from_the_first_page_on(tmp_path: Path) -> None:
    first = HostTitles(IngestStore(tmp_path / "s.sqlite"))
    for w in ("un", "deux", "trois"):
        first.headline_of(page(f"Chronique {w}", f"Chronique {w} | Chroniques"), "https://la-bas.example/a")
    later = HostTitles(IngestStore(tmp_path / "s.sqlite"))
    fixed = later.headline_of(page("Chronique neuf | Chroniques", "Chronique neuf | Chroniques"),
                              "https://la-bas.example/b")
    assert fixed.title == "Chronique neuf" and fixed.page_title == "Chronique neuf | Chroniques"


def chronicle(n: int) -> bytes:
    words = " ".join(f"Le conseil municipal a débattu du point {k} de la chronique {n}." for k in range(12))
    return (f"<html><head><title>Chronique numéro {n} | Chroniques</title></head><body><article>"
            f"<p>{words}</p><p>{words}</p></article></body></html>").encode()


def test_ingest_learns_a_hosts_section_name_from_its_pages(tmp_path: Path) -> None:
    """Four pages of one host read in turn (one download thread, extraction in this process): from the third
    on, the tail their titles share is the section's name and leaves the headline; the raw title stays."""
    site = Site().start()
    try:
        for n in range(4):
            site.add(f"/chroniques/{n}.html", Reply(body=chronicle(n)))
        urls = [site.url(f"/chroniques/{n}.html") for n in range(4)]
        spec = SourceSpec(name="la-bas", kind="urls", urls=tuple(urls))
        claimed = [(Discovered(url=u, source="la-bas", found_in="list"), u) for u in urls]
        store = IngestStore(tmp_path / "s.sqlite")
        with Fetcher(fast_fetch_settings(workers=1), source="la-bas") as fetcher, ThreadPoolExecutor(1) as pool:
            outcomes = list(fetch_and_extract(claimed, spec, fetcher, 1, pool, HostTitles(store)))  # type: ignore[arg-type]
    finally:
        site.stop()
    articles = sorted((o.article for o in outcomes if o.article is not None), key=lambda a: a.page_title or "")
    assert [a.title for a in articles] == ["Chronique numéro 0 | Chroniques", "Chronique numéro 1 | Chroniques",
                                           "Chronique numéro 2", "Chronique numéro 3"]
    assert all(a.page_title and a.page_title.endswith("| Chroniques") for a in articles)
