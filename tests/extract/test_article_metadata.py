"""The one builder carries the page's metadata into the record, and on to the Elasticsearch document."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline.extract import extract_html
from pipeline.extract.article import Origin, build_article
from pipeline.extract.credits import Byline
from pipeline.extract.metadata import PageMetadata
from pipeline.extract.page import parse_html
from pipeline.extract.trafilatura_adapter import _authors
from pipeline.index.document import article_document
from pipeline.models import Article
from pipeline.models.enriched import EnrichedArticle, Enrichment, LanguageGuess
from pipeline.sources.files import read_file
from tests.extract.pages import BODY, html, meta

FETCHED = datetime(2026, 3, 5, 18, 0, tzinfo=UTC)
PAGE = html(
    meta({"og:title": "Stadtwerke bauen Fernwärme aus", "og:site_name": "Münchner Bote",
          "article:published_time": "2026-03-01T14:30:00+01:00", "article:modified_time": "2026-03-02T08:00:00+01:00"}),
    body=f'<article><h1>Stadtwerke bauen Fernwärme aus</h1><p class="byline">Von Anna Schmidt und Jan Meyer, '
         f"dpa</p>{BODY}</article>",
    title="Stadtwerke bauen Fernwärme aus - Münchner Bote")
URL = "https://www.muenchner-bote.de/wirtschaft/fernwaerme"


def built(origin: Origin) -> Article:
    return build_article(extract_html(PAGE, URL), origin)


def test_headline_authors_and_times_from_the_page() -> None:
    article = built(Origin(source="bote", fetched_at=FETCHED, final_url=URL))
    assert article.title == "Stadtwerke bauen Fernwärme aus"
    assert article.page_title == "Stadtwerke bauen Fernwärme aus - Münchner Bote"
    assert article.authors == ("Anna Schmidt", "Jan Meyer") and article.author_organizations == ("dpa",)
    assert article.published_at == datetime(2026, 3, 1, 13, 30, tzinfo=UTC)
    assert (article.published_precision, article.published_zone) == ("minute", "given")
    assert article.modified_at == datetime(2026, 3, 2, 7, 0, tzinfo=UTC) and article.feed_published_at is None


def test_a_feed_date_days_off_no_longer_wins_and_is_kept_apart() -> None:
    feed = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
    article = built(Origin(source="bote", fetched_at=FETCHED, final_url=URL, published_at=feed))
    assert article.published_at == datetime(2026, 3, 1, 13, 30, tzinfo=UTC) and article.feed_published_at == feed


def test_a_page_date_in_the_future_gives_way_to_the_feed() -> None:
    early_fetch = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)  # before the page's own 13:30 UTC
    feed = early_fetch - timedelta(minutes=30)
    article = built(Origin(source="bote", fetched_at=early_fetch, final_url=URL, published_at=feed))
    assert article.published_at == feed and article.modified_at is None


def test_the_document_and_a_stored_document_carry_the_new_fields() -> None:
    article = built(Origin(source="bote", fetched_at=FETCHED, final_url=URL, published_at=FETCHED))
    enriched = EnrichedArticle(article=article, enrichment=Enrichment(
        language=LanguageGuess(code="de", confidence=0.9), word_count=90, reading_time_minutes=0.4,
        content_fingerprint="ab" * 8))
    doc = article_document(enriched, FETCHED)
    assert doc["author_organizations"] == ["dpa"] and doc["published_precision"] == "minute"
    assert doc["page_title"].endswith("Münchner Bote") and doc["feed_published_at"] == "2026-03-05T18:00:00Z"
    again = EnrichedArticle.from_document(json.loads(json.dumps(doc))).article
    assert again.author_organizations == ("dpa",) and again.modified_at == article.modified_at


def test_an_older_record_without_the_fields_still_reads() -> None:
    article = built(Origin(source="bote", fetched_at=FETCHED, final_url=URL))
    old = article.model_dump(mode="json", exclude={"page_title", "published_precision", "published_zone",
                                                   "modified_at", "feed_published_at", "author_organizations"})
    assert Article.model_validate(old).author_organizations == ()


def test_replayed_html_files_use_the_rules_and_json_imports_keep_their_values(tmp_path: Path) -> None:
    page_file = tmp_path / "page.html"
    page_file.write_text(PAGE.replace("<head>", f'<head><link rel="canonical" href="{URL}">'), encoding="utf-8")
    (replayed,) = list(read_file(page_file))
    assert isinstance(replayed, Article) and replayed.title == "Stadtwerke bauen Fernwärme aus"
    assert replayed.author_organizations == ("dpa",) and replayed.published_precision == "minute"
    given = {"title": "Given | Site", "text": "Body text.", "url": "https://example.org/a", "authors": ["dpa"],
             "published_at": "2026-03-01", "page_title": "Given | Site"}
    json_file = tmp_path / "a.json"
    json_file.write_text(json.dumps(given), encoding="utf-8")
    (imported,) = list(read_file(json_file))
    assert isinstance(imported, Article) and imported.title == "Given | Site" and imported.authors == ("dpa",)
    assert imported.published_precision is None and imported.author_organizations == ()


def test_a_page_whose_only_dates_are_malformed_gets_no_publication_date_from_its_year() -> None:
    broken = html(meta({"article:published_time": "2023-13-45T99:99:99+25:00"}),
                  body=f'<article><h1>Haushalt beschlossen</h1><p class="date">32.13.2023</p>{BODY}'
                       "<footer>© 2023 Verlag</footer></article>")
    extracted = extract_html(broken, URL)
    assert extracted.published_at is None and extracted.published == ()


def test_trafilatura_s_author_stands_in_only_when_the_page_credits_no_one() -> None:
    """A page that credits only its publisher has no byline to find elsewhere: trafilatura's author string
    (the place beside the credit, "São Paulo") is not taken for a writer."""
    def metadata(byline: Byline) -> PageMetadata:
        return PageMetadata("Headline", None, (), (), byline)
    assert _authors(metadata(Byline()), "Anna Schmidt") == (("Anna Schmidt",), ())
    assert _authors(metadata(Byline(publisher=True)), "São Paulo") == ((), ())


def test_trafilatura_s_author_is_not_the_site_s_address_nor_a_commenter() -> None:
    def metadata(byline: Byline) -> PageMetadata:
        return PageMetadata("Headline", None, (), (), byline)
    comment = ('<ol class="commentlist"><li class="comment"><strong class="fn">stephangoeldi</strong> said, on '
               "August 3, 2019</li></ol>")
    tree = parse_html(html(body=f"<article><h1>Office 365</h1>{BODY}</article>{comment}"))
    assert _authors(metadata(Byline()), "Stephangoeldi Said; On August 3", tree) == ((), ())
    tree = parse_html(html(body=f"<article><h1>Margot Friedländer</h1>{BODY}<p>freiheit.org</p></article>"))
    assert _authors(metadata(Byline()), "Freiheit Org", tree, "https://www.freiheit.org/de/story") == ((), ())
    assert _authors(metadata(Byline()), "Freiheit Org", tree, "https://other.example/story") == (("Freiheit Org",), ())
