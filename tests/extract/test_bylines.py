"""Byline rules: lists split in each language, "By"-words, roles and agency suffixes stripped, organisations apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.exceptions import ConfigError
from pipeline.extract import bylines
from pipeline.extract.bylines import authors, not_only_aside, written_on_page
from pipeline.extract.credits import RULES_FILE, Byline, is_name, is_publisher, rules, split_byline
from pipeline.extract.headline import site_names
from pipeline.extract.page import Page
from tests.extract.pages import html, meta, page


@pytest.mark.parametrize("byline, persons", [
    ("By Anna Schmidt, Jan Meyer and Tom Okafor", ("Anna Schmidt", "Jan Meyer", "Tom Okafor")),
    ("Von Anna Schmidt und Jan Meyer", ("Anna Schmidt", "Jan Meyer")),
    ("Por María García y José López", ("María García", "José López")),
    ("Par Claire Dubois et Marc Petit", ("Claire Dubois", "Marc Petit")),
    ("Door Pieter de Vries en Sanne Bakker", ("Pieter de Vries", "Sanne Bakker")),
    ("Di Giulia Bianchi e Marco Rossi", ("Giulia Bianchi", "Marco Rossi")),
    ("Av Ingrid Hansen og Ola Nordmann", ("Ingrid Hansen", "Ola Nordmann")),
    ("Anna Kowalska i Piotr Nowak", ("Anna Kowalska", "Piotr Nowak")),
    ("Texto: Ana Ruiz", ("Ana Ruiz",)),
    ("Ursula von der Leyen", ("Ursula von der Leyen",)),
    ("Con Coughlin", ("Con Coughlin",)),
])
def test_lists_are_split_in_each_language(byline: str, persons: tuple[str, ...]) -> None:
    assert split_byline(byline) == Byline(persons, ())


@pytest.mark.parametrize("byline, persons", [
    ("Anna Schmidt, Korrespondentin in Brüssel", ("Anna Schmidt",)),
    ("Laura Kuenssberg, political editor", ("Laura Kuenssberg",)),
    ("Marco Rossi, inviato a Bruxelles", ("Marco Rossi",)),
    ("Claire Dubois, correspondante à Berlin", ("Claire Dubois",)),
    ("Ana Ruiz - Corresponsal en Bruselas", ("Ana Ruiz",)),
])
def test_roles_and_places_are_dropped(byline: str, persons: tuple[str, ...]) -> None:
    assert split_byline(byline).authors == persons


@pytest.mark.parametrize("byline, persons", [
    ("Von Korrespondent Max Meyer", ("Max Meyer",)),
    ("Von SPIEGEL-Korrespondentin Anna Schmidt", ("Anna Schmidt",)),
    ("FOCUS-Online-Experte Robin Tschöpe", ("Robin Tschöpe",)),
    ("By Senior Writer Jane Doe, Madrid", ("Jane Doe",)),
    ("Staff Writer", ()),
    ("Chief Executive Officer Tim Cook", ()),  # a role the name does not follow at once: no credit read
])
def test_a_title_opening_the_byline_is_dropped_before_the_name(byline: str, persons: tuple[str, ...]) -> None:
    assert split_byline(byline).authors == persons


@pytest.mark.parametrize("byline, persons, orgs", [
    ("Anna Schmidt & Jan Meyer", ("Anna Schmidt", "Jan Meyer"), ()),  # every word capitalised, joined by "&"
    ("Anna Schmidt + Jan Meyer", ("Anna Schmidt", "Jan Meyer"), ()),
    ("Von Anna Schmidt, Medien Union GmbH & Co. KG", ("Anna Schmidt",), ("Medien Union GmbH & Co. KG",)),
    ("Vogel Communications Group GmbH & Co. KG", (), ("Vogel Communications Group GmbH & Co. KG",)),
])
def test_an_ampersand_joins_names_but_not_a_companys_legal_form(byline: str, persons: tuple[str, ...],
                                                                 orgs: tuple[str, ...]) -> None:
    assert split_byline(byline) == Byline(persons, orgs)


@pytest.mark.parametrize("byline, sites, persons, orgs", [
    ("By Nada Tawfik, BBC News, New York", ("BBC News",), ("Nada Tawfik",), ()),  # the place after the site's name
    ("Kristen Falc'hon Kristen Falc'hon", (), ("Kristen Falc'hon",), ()),  # a link and its label, one name
    ("Www Diarioextra Com", (), (), ()),  # an address, not a name
    ("Polizei Steinfurt", (), (), ("Polizei Steinfurt",)),
    ("Feuerwehr Oldenburg, Abteilung Wasserrettung", (), (), ("Feuerwehr Oldenburg", "Abteilung Wasserrettung")),
    ("Nordex SE", (), (), ("Nordex SE",)),
    ("Sara Zinnecker Stand: 12.03.2022", (), ("Sara Zinnecker",), ()),  # "as of", the date's label
    ("Sponsored Post", (), (), ()), ("Gesponserte Inhalte", (), (), ()), ("Cancel Unsubscribe", (), (), ()),
    ("Mit der Registrierung stimmen Sie unseren Datenschutz-Bestimmungen zu", (), (), ()),
    ("By signing up, you agree to our Terms of Service", (), (), ()),
    ("by the late Michael Dowd", (), (), ()),  # a sentence's end under a book list: "an audio recording by …"
    ("Reporting by the Associated Press", (), (), ("the Associated Press",)),  # a name after its article
    ("Die ehemalige französische Kolonie steht vor dem Niedergang. Das wird auch eine Niederlage", (), (), ()),
    ("Bayerische Landesanstalt für Wald und Forstwirtschaft", (), (),
     ("Bayerische Landesanstalt für Wald und Forstwirtschaft",)),  # one body, whole
])
def test_places_labels_sentences_and_bodies_are_no_writers(byline: str, sites: tuple[str, ...],
                                                           persons: tuple[str, ...], orgs: tuple[str, ...]) -> None:
    """A byline's place after the site's name, a name written twice, a web address, a public body, a legal form,
    a date's label, an advert's label, a control's words and a sentence to the reader: none is a writer, and no
    sentence is an organisation."""
    assert split_byline(byline, sites=sites) == Byline(persons, orgs)


@pytest.mark.parametrize("byline, persons", [
    ("By Max", ()), ("Von Henry", ()), ("Por Juan", ()), ("Av Ola", ()),
    ("Con Coughlin", ("Con Coughlin",)), ("Di Maria", ("Di Maria",)),  # a first name, a surname's particle
])
def test_a_by_word_before_one_word_is_no_part_of_a_name(byline: str, persons: tuple[str, ...]) -> None:
    """A "By"-word is dropped before a single word too, which alone is no full name ("Von Henry" is Henry);
    only the "By"-words that also open names stay there."""
    assert split_byline(byline).authors == persons
    if not persons:
        assert split_byline(byline, person=True).authors == (byline.split()[1],)


@pytest.mark.parametrize("byline, persons, orgs", [
    ("Anna Schmidt/dpa", ("Anna Schmidt",), ("dpa",)),
    ("Anna Schmidt (AFP)", ("Anna Schmidt",), ("AFP",)),
    ("Von Jan Meyer, mit dpa", ("Jan Meyer",), ("dpa",)),
    ("Reuters", (), ("Reuters",)),
    ("BBC News", (), ("BBC News",)),
    ("Keystone-SDA", (), ("Keystone-SDA",)),
    ("Europa Press", (), ("Europa Press",)),
    ("Redaktion Wirtschaft und dpa", (), ("Redaktion Wirtschaft", "dpa")),
    ("ZEIT ONLINE", (), ("ZEIT ONLINE",)),
    ("APA", (), ("APA",)),
    ("AP and Reuters", (), ("AP", "Reuters")),
])
def test_agencies_and_newsrooms_are_organisations(byline: str, persons: tuple[str, ...],
                                                  orgs: tuple[str, ...]) -> None:
    assert split_byline(byline) == Byline(persons, orgs)


def test_the_site_name_as_author_is_an_organisation() -> None:
    assert split_byline("Münchner Bote", sites=["Münchner Bote"]) == Byline((), ("Münchner Bote",))


def test_jsonld_persons_and_organisations_apart() -> None:
    text = html(jsonld={"@type": "NewsArticle", "author": [
        {"@type": "Person", "name": "Anna Schmidt"}, {"@type": "Organization", "name": "Münchner Bote"},
        "Jan Meyer und Eva Roth"]})
    assert authors(page(text)) == Byline(("Anna Schmidt", "Jan Meyer", "Eva Roth"), ("Münchner Bote",))


def test_meta_author_when_there_is_no_jsonld_and_url_authors_are_skipped() -> None:
    text = html(meta({"article:author": "https://www.facebook.com/someone", "author": "By Tom Okafor"}))
    assert authors(page(text)) == Byline(("Tom Okafor",), ())
    parsely = html(meta({"parsely-author": "Mei Chen"}))
    assert authors(page(parsely)).authors == ("Mei Chen",)


def test_byline_elements_and_opening_words_on_the_page() -> None:
    marked = html(body='<article><div class="byline">Von <span itemprop="author" itemscope><span itemprop="name">'
                       'Anna Schmidt</span></span>, dpa</div><p>Text</p></article>')
    assert authors(page(marked)) == Byline(("Anna Schmidt",), ("dpa",))
    opened = html(body="<article><p>Por Ana Ruiz</p><p>El ayuntamiento aprobó el plan.</p></article>")
    assert authors(page(opened)).authors == ("Ana Ruiz",)


def test_a_sentence_opening_with_more_is_no_byline() -> None:
    prose = html(body="<article><h1>Bougainvillea</h1><p>More hours of direct sun is better. Less than five hours "
                      "per day and the plant may not bloom very well.</p><p>Water it weekly.</p></article>")
    assert authors(page(prose)) == Byline()
    listed = html(body="<article><h1>Bougainvillea</h1><p>More by Gary Antosh</p><p>Water it weekly.</p></article>")
    assert authors(page(listed)).authors == ("Gary Antosh",)


def test_a_by_line_after_an_image_opening_the_paragraph_is_read() -> None:
    """"<p><img/>Por FIDEL RENDÓN MATIENZO</p>": the image has no text, so the "By"-word opens the paragraph."""
    signed = html(jsonld={"@type": "NewsArticle", "author": {"@type": "Person", "name": "ACN"}},
                  body='<article><p><img src="/foto.jpg" alt="Tiendas en La Habana"/>Por FIDEL RENDÓN MATIENZO</p>'
                       "<p>La venta de alimentos muy demandados por la población.</p></article>")
    assert authors(page(signed)) == Byline(("Fidel Rendón Matienzo",), ("ACN",))
    # a child with text before the word: the child's text opens the paragraph, which is no byline
    linked = html(body='<article><p><a href="/x">Mehr zum Thema</a> Von Anna Schmidt gibt es neue Bücher</p>'
                       "<p>Text</p></article>")
    assert authors(page(linked)).authors == ()


def test_the_authors_hcard_names_a_writer_known_by_an_account_name() -> None:
    card = ('<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/vinci/">{}</a>'
            "</span></span>")
    comment = '<div class="comment-author vcard"><cite class="fn">gastleser</cite></div>'
    signed = html(body=f"<article><h1>Bundesregierung 2017</h1>{card.format('tlow')}<p>Text</p>{comment}</article>")
    assert authors(page(signed, url="https://blog.example/2017/11/26/a/")).authors == ("tlow",)
    generic = html(body=f"<article><h1>Bundesregierung 2017</h1>{card.format('admin')}<p>Text</p>{comment}</article>")
    assert authors(page(generic, url="https://blog.example/2017/11/26/a/")).authors == ()  # not a comment's card


@pytest.mark.parametrize("byline", ["Von Revamp-It Webteam", "By Metro Online", "Par Ville-Team", "Von Newsdesk"])
def test_a_desk_under_a_name_is_no_person(byline: str) -> None:
    assert split_byline(byline).authors == ()


def test_an_agency_line_set_in_a_text_block_of_its_own_is_read() -> None:
    """A site setting its paragraphs in ``<div>``s: the closing "(SID)" block credits the agency; a longer block
    naming it is a sentence."""
    body = ('<article><h1>Olympia 2022</h1><div class="text">Zweiter Coronafall im deutschen Team.</div>'
            '<div class="text">{}</div></article>')
    assert authors(page(html(body=body.format("(SID)")))).organizations == ("SID",)
    sentence = "Das meldete der SID am Mittwochmorgen aus Peking nach dem Test"
    assert authors(page(html(body=body.format(sentence)))).organizations == ()


def test_a_by_line_indented_in_the_markup_is_read() -> None:
    indented = html(body='<article><h1>Better Health</h1><div class="wrote_by">\n        By&nbsp;'
                         '<a href="/reporters/jose-de-la-cruz">Jose de la Cruz</a>\n</div><p>Text</p></article>')
    assert authors(page(indented)).authors == ("Jose de la Cruz",)


def test_a_name_beside_a_writing_icon_is_the_writer() -> None:
    account = '<header><a href="/konto"><i class="fa fa-user"></i> Mein Konto</a></header>'
    body = (f'<div class="page">{account}<div class="event_date">5. November 2021, 10:39 Uhr</div>'
            '<div class="event_info"><i class="fa fa-pencil"></i> <span>Solveig Grewe</span></div>'
            "<h1>Japanisches Mini-SUV</h1><p>Text</p></div>")
    assert authors(page(html(body=body))).authors == ("Solveig Grewe",)
    unsigned = body.replace('<i class="fa fa-pencil"></i> <span>Solveig Grewe</span>', "")
    user_icon = '<div class="page"><div><i class="fa fa-user"></i> Mein Konto</div><h1>Titel</h1><p>Text</p></div>'
    assert authors(page(html(body=unsigned))).authors == ()
    assert authors(page(html(body=user_icon))).authors == ()  # a person's icon marks the reader's account


def test_an_organisation_only_jsonld_author_lets_the_byline_name_the_persons() -> None:
    text = html(jsonld={"@type": "NewsArticle", "author": {"@type": "Organization", "name": "BBC News"}},
                body='<article><p class="article-byline">By Laura Kuenssberg</p></article>')
    assert authors(page(text)) == Byline(("Laura Kuenssberg",), ("BBC News",))


def test_the_agency_list_is_data(tmp_path: Path) -> None:
    assert "dpa" in rules().agencies and "reuters" in rules().agencies
    custom = tmp_path / "bylines.yaml"
    custom.write_text(RULES_FILE.read_text().replace("  - Belga\n", "  - Lokalpresse\n"))
    mine = rules(custom)
    assert "lokalpresse" in mine.agencies and "belga" not in mine.agencies
    assert split_byline("Anna Schmidt/Lokalpresse", mine) == Byline(("Anna Schmidt",), ("Lokalpresse",))


@pytest.mark.parametrize("line, named", [
    ("compound_organisation_wordz: [amt]", "unknown key 'compound_organisation_wordz'"),
    ("credentials: dr.", "credentials must be a list"),
])
def test_a_bad_key_in_the_rules_file_is_named(tmp_path: Path, line: str, named: str) -> None:
    custom = tmp_path / "bylines.yaml"
    custom.write_text(re.sub(r"(?m)^credentials:.*$", line, RULES_FILE.read_text()))
    with pytest.raises(ConfigError, match=re.escape(named)):
        rules(custom)
    custom.write_text("- agencies\n")
    with pytest.raises(ConfigError, match="expected a mapping"):
        rules(custom)


def test_jsonld_author_references_are_resolved_in_the_graph() -> None:
    text = html(jsonld={"@graph": [
        {"@type": "Article", "author": {"@id": "https://example.org/#/person/1"}},
        {"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Mei Chen"}]})
    assert authors(page(text)) == Byline(("Mei Chen",), ())


@pytest.mark.parametrize("byline, expected", [
    ("Le Monde avec AFP", Byline((), ("Le Monde", "AFP"))),
    ("Jan Meyer mit dpa", Byline(("Jan Meyer",), ("dpa",))),
    ("EFE | Madrid", Byline((), ("EFE",))),  # a lone word beside an agency is a dateline, not a person
    ("oprac. Jan Kowalski", Byline(("Jan Kowalski",), ())),
])
def test_agency_joins_and_datelines(byline: str, expected: Byline) -> None:
    assert split_byline(byline, sites=["Le Monde"]) == expected


def test_a_single_word_counts_only_for_a_typed_person() -> None:
    typed = html(jsonld={"@type": "NewsArticle", "author": {"@type": "Person", "name": "Madonna"}})
    assert authors(page(typed)).authors == ("Madonna",)
    assert split_byline("Madonna") == Byline()


def test_a_byline_marked_by_a_test_id() -> None:
    text = html(body='<article><div data-testid="byline-new">By Laura Kuenssberg, Political editor</div></article>')
    assert authors(page(text)).authors == ("Laura Kuenssberg",)


def test_an_agency_beside_a_structured_author_in_the_page_byline() -> None:
    text = html(jsonld={"@type": "NewsArticle", "author": {"@type": "Person", "name": "Anna Schmidt"}},
                body='<article><p class="byline">Von Anna Schmidt/dpa</p><div class="author-box">Reuters</div></article>')
    assert authors(page(text)) == Byline(("Anna Schmidt",), ("dpa",))


def test_capitals_and_escaped_entities() -> None:
    assert split_byline("BY ANNA SCHMIDT-MEYER AND JAN MEYER").authors == ("Anna Schmidt-Meyer", "Jan Meyer")
    text = html(jsonld={"@type": "NewsArticle", "author": {"@type": "Person", "name": "Se&#225;n O&#39;Brien"}})
    assert authors(page(text)).authors == ("Seán O'Brien",)


@pytest.mark.parametrize("name", ["Redaktion Wirtschaft", "Team Politik", "tagesschau.de", "Globalnews.ca"])
def test_desks_and_domains_are_organisations(name: str) -> None:
    assert split_byline(name) == Byline((), (name,))


def test_a_date_after_the_name_is_cut_off() -> None:
    assert split_byline("Von Anna Schmidt 05.03.2026, 14:30 Uhr") == Byline(("Anna Schmidt",), ())
    assert split_byline("Team Politik 2026-03-01") == Byline((), ("Team Politik",))


def test_name_and_role_in_separate_spans_and_the_site_name_with_its_domain() -> None:
    spans = html(body='<article><div data-testid="byline"><span>Faisal Islam</span><span>Economics editor</span>'
                      "</div></article>")
    assert authors(page(spans)).authors == ("Faisal Islam",)
    assert split_byline("Le Monde avec AFP", sites=["Le Monde.fr"]) == Byline((), ("Le Monde", "AFP"))


def test_an_agency_credit_line_in_the_article() -> None:
    text = html(jsonld={"@type": "NewsArticle", "author": {"@type": "Person", "name": "Anna Schmidt"}},
                body="<article><p>Die Koalition hat sich geeinigt.</p><p>(dpa/AFP)</p><p>Reuters Connect</p></article>")
    assert authors(page(text)) == Byline(("Anna Schmidt",), ("dpa", "AFP"))


def test_an_agency_after_a_name_without_a_separator() -> None:
    assert split_byline("By Zeke Miller and Colleen Long Associated Press") == Byline(
        ("Zeke Miller", "Colleen Long"), ("Associated Press",))
    assert split_byline("By Hillel Italie The Associated Press") == Byline(("Hillel Italie",), ("The Associated Press",))
    assert split_byline("Por EFE") == Byline((), ("EFE",))


def test_a_list_with_a_serial_comma_and_an_agency_after_a_comma() -> None:
    assert split_byline("By Zeke Miller, Colleen Long, and Seung Min Kim").authors == (
        "Zeke Miller", "Colleen Long", "Seung Min Kim")
    assert split_byline("Por João Silva, com Lusa") == Byline(("João Silva",), ("Lusa",))


@pytest.mark.parametrize("byline, persons, orgs", [
    ("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project",
     ("Daniel Kahn Gillmor",), ()),
    ("Benjamin Romano: 206-652-6593 or bromano@seattletimes.com", (), ()),
    ("By Brenda Goodman, MA", ("Brenda Goodman",), ()),
    ("Joe Wee Monday, February 29, 2016", ("Joe Wee",), ()),
    ("Richard (R.J.) Eskow", ("Richard Eskow",), ()),
    ("Tech Industry, by Steven Musil", ("Steven Musil",), ()),
    ("Sign In", (), ()),
    ("plus.google.com", (), ()),
    ("Martin Untersinger (avec Damien Leloup et Morgane Tual)", ("Martin Untersinger", "Damien Leloup",
                                                                "Morgane Tual"), ()),
])
def test_what_sits_beside_a_byline_on_real_pages_is_no_credit(byline: str, persons: tuple[str, ...],
                                                             orgs: tuple[str, ...]) -> None:
    assert split_byline(byline) == Byline(persons, orgs)


def test_bylines_in_comments_and_other_stories_are_not_the_articles() -> None:
    body = ('<article><h1>Rates held again</h1><div class="meta"><span class="byline">By Anna Schmidt</span></div>'
            '<p>Text of the article.</p></article>'
            '<div class="related-stories"><ul><li><a>Other story</a>'
            '<span class="byline">By Tom Okafor</span></li></ul></div>'
            '<section id="comments"><div class="comment"><span class="author">Jan Meyer</span> wrote: hi</div></section>')
    assert authors(page(html(body=body))).authors == ("Anna Schmidt",)


def test_the_site_s_own_name_after_its_writer_is_an_affiliation_not_a_credit() -> None:
    sites = ["Daily Ledger", "dailyledger"]
    assert split_byline("By Mei Chen, Daily Ledger", sites=sites) == Byline(("Mei Chen",), ())
    # an agency stays a credit even on its own site; the site's name alone is still its organisation
    assert split_byline("By Mei Chen, Reuters", sites=["Reuters"]) == Byline(("Mei Chen",), ("Reuters",))
    assert split_byline("Daily Ledger", sites=sites) == Byline((), ("Daily Ledger",))


@pytest.mark.parametrize("name", ["The Plain Dealer", "The Grayzone", "CNN Wire"])
def test_titles_opening_with_the_and_wire_services_are_organisations(name: str) -> None:
    assert split_byline(f"By {name}") == Byline((), (name,))


def test_a_shortened_credit_beside_its_full_name_is_dropped() -> None:
    text = html(body='<div class="byline">By: Metro Wire</div><article><div>By Tom Okafor</div>'
                     '<div id="pnlByline"><p>Metro</p></div><p>Text</p></article>')
    assert authors(page(text)) == Byline(("Tom Okafor",), ("Metro Wire",))


def test_a_byline_signed_at_the_end_of_the_text() -> None:
    text = html(body='<article><p>The lesson, as always: you are what you search.</p>'
                     '<p>-- By Mei Chen <a class="follow" href="https://x.com/mei">Follow @mei</a>'
                     '<script>var tracking = {"a": 1};</script></p></article>')
    assert authors(page(text)) == Byline(("Mei Chen",), ())


def test_a_person_publishing_in_json_ld_is_no_site_name_that_hides_the_byline() -> None:
    """A JSON-LD publisher typed as a person (even as ``"type"``) names the writer, not the site: the byline that
    names them is read, not another story's card."""
    graph = {"@type": "CreativeWork", "name": "Son", "publisher": {"type": "Person", "name": "Kristen Falc'hon"}}
    card = ('<section class="serie"><div class="u-container"><div class="podcast-card"><div class="podcast-card__body">'
            '<p class="podcast-card__authors">Par <a href="/auteurs/olivier_minot">Olivier Minot</a></p>'
            '</div></div></div></section>')  # another episode's card, far below
    body = ('<main><div class="cover"><div class="cover-episodes__information"><h1>La voix des nuls</h1>'
            '<p class="cover-episodes__authors">Un documentaire de <a class="authors__name" '
            'href="/auteurs/kristen_falc_hon">Kristen Falc\'hon</a></p></div></div><p>Text.</p></main>' + card)
    p = page(html(meta({}), body, graph), "https://www.arteradio.com/son/61664076/nuls")
    assert "Kristen Falc'hon" not in site_names(p)
    assert _credits(p).authors == ("Kristen Falc'hon",)


def test_code_inside_a_byline_element_is_not_read_as_a_credit() -> None:
    """A script set inside the marked byline is no text of it: its code is no organisation ("window._folmq.push")."""
    text = html(body='<article><h1>Title</h1><ul class="authorList"><script>window._folmq.push(function() {'
                     'TFT.load("https://static.example/sprite.svg");});</script><li class="author">Robin Tschöpe'
                     '</li></ul><p>Text of the article.</p></article>')
    assert authors(page(text)) == Byline(("Robin Tschöpe",), ())


def test_a_marked_byline_that_is_itself_a_sidebar_is_not_read() -> None:
    """A theme's hidden style editor marked as a writer and as a sidebar (``id="tdw-css-writer" class="tdc-window-
    sidebar"``) credits no one: its words are no organisation."""
    editor = ('<div id="tdw-css-writer" class="tdw-drag-dialog tdc-window-sidebar">Save Write CSS OR LESS and hit '
              'save. CTRL + SPACE for auto-complete.</div>')
    text = html(body=f'<article><h1>Title</h1><div class="byline">By Julie Mollins</div><p>Text.</p></article>{editor}')
    assert authors(page(text)) == Byline(("Julie Mollins",), ())


def test_a_block_of_name_outlet_and_date_time_lines_is_the_byline() -> None:
    text = html(body='<h1>Title</h1><div class="m-bar">Mei Chen<br/><a href="https://x.example">The Harbour Post'
                     '</a><br/>Thu, 14 May 2020 17:55 UTC</div><p>Text of the article.</p>')
    assert authors(page(text)) == Byline(("Mei Chen",), ("The Harbour Post",))
    undated = text.replace("Thu, 14 May 2020 17:55 UTC", "Share this")
    assert authors(page(undated)) == Byline()


def test_plain_parts_between_bars_beside_bold_writers_are_a_place_not_writers() -> None:
    line = '<p class="autor"><strong>Patricio Candia</strong> | Palma de Mallorca | 08/01/2014</p>'
    assert authors(page(html(body=f"<article><h1>Title</h1>{line}<p>Text.</p></article>"))).authors == (
        "Patricio Candia",)
    # without bars, or with every name set in bold, each name stays a writer
    both = '<p class="autor"><strong>Ana Ruiz</strong> | <strong>Luis Gil Pérez</strong> | Madrid</p>'
    assert authors(page(html(body=f"<article><h1>Title</h1>{both}<p>Text.</p></article>"))).authors == (
        "Ana Ruiz", "Luis Gil Pérez")
    plain = '<p class="byline">By <a href="/ana">Ana Ruiz</a> and Luis Gil Pérez</p>'
    assert authors(page(html(body=f"<article><h1>Title</h1>{plain}<p>Text.</p></article>"))).authors == (
        "Ana Ruiz", "Luis Gil Pérez")


@pytest.mark.parametrize(("line", "names"), [
    ("<h1><span>米朝首脳直通電話　習氏に挑む</span><br/><span>編集委員　中沢克二</span></h1>", ("中沢克二",)),
    ("<p>本报记者 张伟 李娜</p>", ("张伟", "李娜")),
    ("<p>山田太郎記者</p>", ("山田太郎",)),
    ("<span>홍길동 기자</span>", ("홍길동",)),
    ("<p>記者会見で首相が述べた。</p>", ()),
    ('<div class="related"><span>記者 山田太郎</span></div>', ()),
])
def test_a_cjk_writer_s_line_is_a_title_and_a_name(line: str, names: tuple[str, ...]) -> None:
    assert authors(page(html(body=f"<article>{line}<p>本文です。</p></article>"))).authors == names


def test_a_by_word_that_is_a_name_particle_stays_in_the_name() -> None:
    assert split_byline("von Marcus Bensmann , Justus von Daniels , Ulrich Stoll").authors == (
        "Marcus Bensmann", "Justus von Daniels", "Ulrich Stoll")
    assert split_byline("Wirtschaft von Anna Schmidt").authors == ("Anna Schmidt",)  # a section label before it


@pytest.mark.parametrize("name", ["Süddeutsche.de GmbH", "Atlantic Media Corp", "Bote Verlag AG"])
def test_a_name_ending_in_a_legal_form_is_an_organisation(name: str) -> None:
    assert split_byline(name) == Byline((), (name,))


def _credits(p: Page) -> Byline:
    return authors(p, site_names(p))


def test_the_publisher_named_as_author_is_no_credit_and_the_byline_names_the_writer() -> None:
    """The author tag names the company ("Süddeutsche.de GmbH, Munich, Germany") or repeats the publisher tag;
    the JSON-LD author is the publisher itself: none of them credits anyone, the page's byline does."""
    byline = '<article><div class="authors"><strong>Von Markus Balser, Berlin</strong></div><p>Text</p></article>'
    company = html(meta({"og:site_name": "Süddeutsche.de", "author": "Süddeutsche.de GmbH, Munich, Germany"}),
                   body=byline)
    assert _credits(page(company, "https://www.sueddeutsche.de/a")) == Byline(("Markus Balser",), (), True)
    repeated = html(meta({"publisher": "Deutsche Welle (www.dw.com)", "author": "Deutsche Welle (www.dw.com)"}),
                    body='<article><p class="author">Author: Julia Hitz (eg)</p><p>Text</p></article>')
    assert _credits(page(repeated, "https://www.dw.com/en/a")).authors == ("Julia Hitz",)
    typed = html(meta({"og:site_name": "National Geographic"}),
                 jsonld={"@type": "Article", "author": {"@type": "Organization", "name": "National Geographic"}},
                 body='<article><div class="contributors--author">By Michael Hingston</div></article>')
    assert _credits(page(typed, "https://www.nationalgeographic.co.uk/a")) == Byline(("Michael Hingston",), (), True)
    # an agency stays a credit on its own site
    agency = html(meta({"og:site_name": "Reuters", "author": "Reuters"}))
    assert _credits(page(agency, "https://www.reuters.com/a")).organizations == ("Reuters",)


def test_a_site_s_domain_and_a_marked_place_are_not_a_writer() -> None:
    body = ('<article><p class="vcard author"> Por <strong class="fn" itemprop="author">GloboEsporte.com</strong>'
            '<span class="adr"><span class="locality">São Paulo</span></span></p><p>Texto</p></article>')
    found = _credits(page(html(body=body), "https://globoesporte.globo.com/a"))
    assert found.authors == () and found.publisher
    assert split_byline("GloboEsporte.com São Paulo").authors == ()


def test_one_name_given_by_the_author_tag_and_the_author_link() -> None:
    both = html(meta({"author": "Elba"}), '<article><ul class="info"><li>Par <a rel="author" href="/elba">Elba</a>'
                                          '</li></ul><p>Texte</p></article>')
    assert _credits(page(both, "https://blogs.example.fr/elba/a")).authors == ("Elba",)
    tag_only = html(meta({"author": "Elba"}), "<article><p>Texte</p></article>")
    assert _credits(page(tag_only, "https://blogs.example.fr/elba/a")).authors == ()


@pytest.mark.parametrize("byline, expected", [
    ("Reuters Updated 3:02 PM ET", Byline((), ("Reuters",))),  # the time stamp opened by "Updated" is no name
    ("Anna Schmidt Aktualisiert am 3. Mai", Byline(("Anna Schmidt",), ())),
    ("Rachel Sterling, Product Marketing Manager", Byline(("Rachel Sterling",), ())),
    ("Press Association", Byline((), ("Press Association",))),
    ("Metric Media News Service", Byline((), ("Metric Media News Service",))),
    ("Repetir E-mail", Byline((), ())),  # a form's label beside the byline
    ("Por Juan Carlos Muñoz C.", Byline(("Juan Carlos Muñoz C.",), ())),  # a closing initial keeps its stop
    ("Deutscher Caritasverband", Byline((), ("Deutscher Caritasverband",))),
    ("Anna Kammer und Jan Stiftinger", Byline(("Anna Kammer", "Jan Stiftinger"), ())),  # surnames, not compounds
])
def test_date_words_roles_agencies_and_organisations_seen_on_real_bylines(byline: str, expected: Byline) -> None:
    assert split_byline(byline) == expected


@pytest.mark.parametrize("last", ["Al momento l'esponente dem ha 288 voti. (ANSA).", "aja/PAP"])
def test_an_agency_signing_off_the_article_is_credited(last: str) -> None:
    body = f"<article><p>{'Ein langer Satz des Artikels. ' * 3}</p><p>{last}</p></article>"
    assert authors(page(html(body=body))).organizations == (("ANSA",) if "ANSA" in last else ("PAP",))


def test_an_agency_in_the_middle_of_a_sentence_signs_nothing() -> None:
    body = "<article><p>Der erste Satz.</p><p>Laut (ANSA) war es spät, sagte er am Abend</p><p>mehr/als/das</p></article>"
    assert authors(page(html(body=body))).organizations == ()


def test_the_publisher_with_its_house_word_and_a_domain_twin_are_one_or_no_credit() -> None:
    sun = html(meta({"og:site_name": "Baltimore Sun", "author": "Baltimore Sun Media"}))
    assert authors(page(sun, "https://www.baltimoresun.com/x"), site_names(page(sun))).organizations == ()
    cnn = html(jsonld={"@type": "NewsArticle", "author": [{"@type": "Organization", "name": "CNN.com"},
                                                          {"@type": "Organization", "name": "CNN"}]})
    assert authors(page(cnn, "https://www.eastbaytimes.com/x")).organizations == ("CNN",)


def test_an_account_name_is_the_writer_when_the_author_link_or_tag_gives_it() -> None:
    linked = ('<article><h1>Intendanten-Wechsel</h1><p class="post-byline">von <span class="vcard author">'
              '<a href="https://halle.example/author/eseppelt" rel="author">eseppelt</a></span></p>'
              '<p>Text.</p></article>')
    assert authors(page(html(body=linked))).authors == ("eseppelt",)
    tagged = html(meta({"author": "mady"}), body='<article><span class="post-autor author">by mady</span></article>')
    assert authors(page(tagged)).authors == ("mady",)


def test_a_generic_account_or_a_word_that_only_one_source_gives_is_no_writer() -> None:
    admin = '<article><a href="https://x.example/author/admin" rel="author">admin</a><p>Text.</p></article>'
    assert authors(page(html(body=admin))).authors == ()
    other = '<article><a href="https://x.example/author/jdoe" rel="author">wetter</a><p>Text.</p></article>'
    assert authors(page(html(body=other))).authors == ()  # the link's text is not its account


def test_a_screen_reader_label_is_not_read_into_the_name() -> None:
    body = ('<article><span class="byline"><span class="author vcard"><span class="screen-reader-text">Author</span>'
            '<a class="url fn n" href="https://rete.example/">Andreas Kalt</a></span></span><p>Text.</p></article>')
    assert authors(page(html(body=body))).authors == ("Andreas Kalt",)


def test_the_story_s_section_in_the_byline_s_box_is_no_writer() -> None:
    section = ('<article><h1>Fútbol</h1><div class="author"><a> </a><a href="/actualidad/internacional">'
               '<span class="assigned-section">Internacional </span></a></div><p>Texto.</p></article>')
    assert authors(page(html(body=section))).authors == ()
    named = ('<article><h1>Fútbol</h1><div class="byline"><span class="author-section">Ana Díaz</span>'
             '<span class="category">Deportes</span></div><p>Texto.</p></article>')  # a writer's own part is read
    assert authors(page(html(body=named))).authors == ("Ana Díaz",)


def test_a_korean_writer_line_before_a_bar() -> None:
    body = "<article><h2>코로나19 극복 성금 기탁 줄 잇는다</h2><div><span>이용민 기자 | </span></div><p>본문.</p></article>"
    assert authors(page(html(body=body))).authors == ("이용민",)


def test_an_author_tag_naming_the_site_credits_the_publisher_and_no_one_else() -> None:
    tagged = page(html(meta({"author": "finanztreff.de"}), body="<article><p>Text.</p></article>"),
                  "https://www.finanztreff.de/news/x")
    found = authors(tagged, site_names(tagged))
    assert found == Byline((), (), publisher=True)  # the extractor's "Finanztreff De" guess is not asked for


def test_the_sites_host_with_www_is_the_publisher() -> None:
    r = rules()
    assert is_publisher("www.diarioextra.com", r, ["diarioextra", "diarioextra.com"])
    assert not is_publisher("www.elpais.com", r, ["diarioextra", "diarioextra.com"])


def test_the_sites_national_edition_is_the_publisher_and_no_writer() -> None:
    r = rules()
    assert is_publisher("Houzz Deutschland", r, ["Houzz", "houzz.de"])
    assert is_publisher("Business Insider España", r, ["Business Insider"])
    assert not is_publisher("Houzz Deutschland", r, ["Beispiel Zeitung"])  # another site's edition: a credit
    assert not is_publisher("Anna Deutschland", r, ["Houzz"])
    linked = page(html(body='<article><h1>Best of Houzz</h1><p>Von <a href="/user/houzzdeutschland">Houzz Deutschland'
                            '</a></p><p>Die beliebtesten Projekte des Jahres, ausgewählt von den Lesern.</p></article>'),
                  "https://www.houzz.de/magazin/best-of-houzz")
    assert authors(linked, site_names(linked)).authors == ()


def test_a_site_name_beside_its_description_is_the_publisher() -> None:
    r = rules()
    assert is_publisher("خبرآنلاین - سایت خبرگزاری خبرآنلاین | Khabaronline News Agency", r, ["خبرآنلاین"])
    assert not is_publisher("Anna Schmidt - Reporterin", r, ["Beispiel Zeitung"])


def test_a_wire_story_credits_who_reported_and_wrote_it_not_who_added_or_edited() -> None:
    body = ("<article><p>Der erste Satz des Artikels steht hier.</p><p>(Reporting by Michel Rose and Anna Schmidt "
            "in Paris; Additional reporting by Tom Okafor; Editing by Alex Richardson)</p></article>")
    assert authors(page(html(body=body))).authors == ("Michel Rose", "Anna Schmidt")
    plain = "<article><p>Reporting by the station was later corrected, editors said on Monday evening.</p></article>"
    assert authors(page(html(body=plain))).authors == ()


def test_a_role_that_names_an_agency_credits_the_agency() -> None:
    assert split_byline("By HILLEL ITALIE, AP National Writer") == Byline(("Hillel Italie",), ("AP",))
    assert split_byline("AgE") == Byline((), ("AgE",))


def test_names_on_lines_of_their_own_are_read_apart() -> None:
    body = ('<article><div class="field--name-field-autorzy"><div class="field--item"><a href="/e/mg">Mateusz '
            'Gniazdowski</a></div><div class="field--item"><a href="/e/mw">Martyna Wasiuta</a></div></div>'
            "<p>Tekst.</p></article>")
    assert authors(page(html(body=body))).authors == ("Mateusz Gniazdowski", "Martyna Wasiuta")


def test_markup_in_a_jsonld_name_is_dropped() -> None:
    names = ['<a href="/pl/eksperci/mateusz-gniazdowski" hreflang="pl">Mateusz Gniazdowski</a>',
             '<a href="/pl/eksperci/martyna-wasiuta">Martyna Wasiuta</a>']
    text = html(jsonld={"@type": "Article", "author": {"@type": "Person", "name": names}})
    assert authors(page(text)).authors == ("Mateusz Gniazdowski", "Martyna Wasiuta")


def test_a_name_in_a_script_without_case_is_a_name_and_cjk_words_are_left_to_their_titles() -> None:
    text = html(jsonld={"@type": "NewsArticle", "author": {"@type": "Person", "name": "शुभायन चक्रवर्ती"}})
    assert authors(page(text)).authors == ("शुभायन चक्रवर्ती",)
    assert split_byline("이용민 기자") == Byline()


def test_a_byline_element_of_news_markup_and_a_source_line_naming_an_agency() -> None:
    body = ('<div class="news"><h1>Die Jungen entdecken die Börse</h1><div class="article"><p>Quelle: dpa-AFX</p>'
            "<byline>Von David Hutzler, dpa</byline><p>Niedrige Zinsen ziehen junge Menschen an die Börse.</p></div>"
            "</div>")
    found = authors(page(html(body=body)))
    assert found.authors == ("David Hutzler",)
    assert set(found.organizations) == {"dpa", "dpa-AFX"}
    unsourced = "<div><p>Quelle: eigene Recherche</p><p>Text des Artikels.</p></div>"
    assert authors(page(html(body=unsourced))).organizations == ()


def test_a_paper_set_in_capitals_after_its_writers_is_their_affiliation() -> None:
    assert split_byline("Christal Hayes, Michael Collins, Nicholas Wu | USA TODAY") == \
        Byline(("Christal Hayes", "Michael Collins", "Nicholas Wu"), ())
    assert split_byline("By ANNA SCHMIDT AND JAN MEYER") == Byline(("Anna Schmidt", "Jan Meyer"), ())
    assert split_byline("Anna Schmidt, ASSOCIATED PRESS").organizations == ("ASSOCIATED PRESS",)


def test_a_byline_all_in_capitals_names_persons_not_a_masthead() -> None:
    assert split_byline("AMANDA SEITZ and BEATRICE DUPUY") == Byline(("Amanda Seitz", "Beatrice Dupuy"), ())


def test_a_writer_for_an_outlet_is_the_writer_and_an_agency_outlet_a_credit() -> None:
    assert split_byline("By Amitai Winehouse For Mailonline") == Byline(("Amitai Winehouse",), ())
    assert split_byline("John Smith for Reuters") == Byline(("John Smith",), ("Reuters",))
    assert split_byline("Perry Bacon Jr.").authors == ("Perry Bacon Jr.",)


def test_a_paper_opening_with_an_article_and_a_newsroom_in_greek_are_no_persons() -> None:
    assert split_byline("Galo Ramírez | El Sol de México") == Byline(("Galo Ramírez",), ("El Sol de México",))
    assert split_byline("Συντακτικη Ομαδα").authors == ()
    assert split_byline("Text und Interview: Harald Willenbrock").authors == ("Harald Willenbrock",)


def test_the_page_byline_naming_more_writers_than_jsonld_is_taken() -> None:
    jsonld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Elsa Provenzano"}}
    body = ('<address class="authorsign"><span>Elsa Provenzano et Mickaël Bosredon</span></address>'
            '<div class="author-box"><a href="/x">Elsa Provenzano Latest Posts</a></div><p>Texte.</p>')
    assert authors(page(html(jsonld=jsonld, body=body))).authors == ("Elsa Provenzano", "Mickaël Bosredon")
    read_on = '<div class="byline">Elsa Provenzano, Elsa Provenzano Sponsored</div><p>Texte.</p>'
    assert authors(page(html(jsonld=jsonld, body=read_on))).authors == ("Elsa Provenzano",)


def test_a_place_under_the_names_and_a_place_marked_in_the_byline_are_no_names() -> None:
    body = ('<p>Von <strong><a href="/rb">Roland Brockmann</a></strong> und <strong>Sebastian Drescher</strong>'
            "<br/><br/> Kakuma /Kenia</p><p>Nur eine kurze Sandpiste trennt das Lager von der Kleinstadt.</p>")
    assert authors(page(html(body=body))).authors == ("Roland Brockmann", "Sebastian Drescher")
    uol = ('<div class="author"><p class="p-author">Do UOL</p><p class="p-author-local">Em São Paulo (SP)</p></div>'
           "<p>O momento de comprar um carro.</p>")
    assert authors(page(html(body=uol))).authors == ()


def test_bylines_on_cards_of_other_stories_are_not_the_articles() -> None:
    body = ('<p>Texte de la dépêche.</p><div class="thumbnail thumbnail--opinion"><div class="thumbnail__author">'
            '<span class="text--author">Par Christophe Donner</span></div></div>')
    assert authors(page(html(body=body))).authors == ()
    wordpress = ('<article class="post has-post-thumbnail"><p class="post-byline">von <span class="vcard author">'
                 '<a href="https://blog.example/author/eseppelt" rel="author">eseppelt</a></span></p></article>')
    assert authors(page(html(body=wordpress))).authors == ("eseppelt",)


def test_a_writer_signing_the_text_off_in_brackets_and_an_agency_after_dashes() -> None:
    body = ("<article><p>Die Gemeindepolitik bleibt spannend. (Christian P. Stadtfeld) +++</p></article>")
    assert authors(page(html(body=body))).authors == ("Christian P. Stadtfeld",)
    quotes = ("<article><p>„Wir schaffen das.“ (Angela Merkel)</p><p>„Nein.“ (Olaf Scholz)</p></article>")
    assert authors(page(html(body=quotes))).authors == ()
    petra = "<article><p>ارتفع إجمالي عدد الإصابات إلى 866 ألفا. --(بترا)</p></article>"
    assert authors(page(html(body=petra))).organizations == ("بترا",)


def test_a_chinese_writer_line_as_the_jsonld_name() -> None:
    jsonld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "記者林宸誼／即時報導"}}
    assert authors(page(html(jsonld=jsonld))).authors == ("林宸誼",)


def test_a_handle_after_a_written_out_by_word_in_the_author_link() -> None:
    body = ('<h1>3 Jahre</h1><div class="entry-meta"><span class="byline">Veröffentlicht von <span class="author vcard">'
            '<a href="https://blog.example/author/hansgeiger/" rel="author">HansG</a></span></span></div><p>Text.</p>')
    assert authors(page(html(body=body))).authors == ("HansG",)
    assert split_byline("Posted by Anna Schmidt") == Byline(("Anna Schmidt",), ())
    assert split_byline("Veröffentlicht von") == Byline()  # the words alone name no one


def test_a_by_line_in_italics_under_the_headline() -> None:
    body = ('<h1>Filiale schließt</h1><p class="rubric-textblock"><img class="autorenbild" src="/a.jpg"> '
            "<i>Von Jennifer Patt</i></p><p>Nach beinahe sechs Jahrzehnten schließt die Filiale.</p>")
    assert authors(page(html(body=body))).authors == ("Jennifer Patt",)


def test_an_author_tag_naming_a_writer_beside_the_site_credits_the_writer_the_page_shows() -> None:
    url = "https://www.kut.org/post/a"
    shown = html(meta({"author": "Nathan Bernier | KUT"}), body="<p>Got a tip? Email Nathan Bernier.</p>")
    assert authors(page(shown, url=url), site_names(page(shown, url=url))).authors == ("Nathan Bernier",)
    desk = html(meta({"dc.creator": "Zone Société - ICI.Radio-Canada.ca"}), body="<p>Les horaires.</p>")
    radio = page(desk, url="https://ici.radio-canada.ca/a")
    found = authors(radio, site_names(radio))
    assert found.authors == () and found.publisher


def test_jsonld_writers_the_author_tag_and_the_byline_both_gainsay_give_way() -> None:
    jsonld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Auswärtige Autoren (AA)"}}
    tags = meta({"author": "Ralph Steiner/Carlo Natter"})
    body = '<span class="metainfo__item--author">Ralph Steiner/Carlo Natter</span><p>Text.</p>'
    found = authors(page(html(tags, body, jsonld)))
    assert found.authors == ("Ralph Steiner", "Carlo Natter") and found.organizations == ()
    alone = authors(page(html(tags, "<p>Text.</p>", jsonld)))  # the tag alone does not outvote JSON-LD
    assert alone.authors == ("Auswärtige Autoren",)


def test_the_sites_own_desk_alone_is_no_credit_and_a_publishing_house_is_the_publisher() -> None:
    r = rules()
    assert split_byline("By NEWSROOM") == Byline() and split_byline("Von Redaktion") == Byline()
    assert split_byline("Casa Editorial El Tiempo").authors == ()
    assert is_publisher("Casa Editorial El Tiempo", r, ["eltiempo.com", "El Tiempo"])
    assert not is_publisher("Casa Editorial El Tiempo", r, ["elespectador.com"])


def test_a_writers_account_beside_the_name_is_no_organisation() -> None:
    jsonld = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "edilson.la.rosa"}}
    found = authors(page(html(meta({"author": "Edilson La Rosa"}), "<p>Text.</p>", jsonld)))
    assert found.authors == ("Edilson La Rosa",) and found.organizations == ()


def test_a_name_only_under_a_read_also_box_is_not_the_writer() -> None:
    text = ('<html><body><article><p>Temperature in aumento.<aside class="entry__related"><article>'
            '<h2><a href="/x">La grande sete</a></h2><span class="entry__author">giampiero maggio</span></article>'
            "</aside></p><p>Giorni di sole.</p></article></body></html>")
    tree = page(text).tree
    assert not_only_aside(tree, ("Giampiero Maggio",)) == ()
    assert not_only_aside(tree, ("Valeria Piantoni",)) == ("Valeria Piantoni",)  # not shown at all: kept


def test_a_pictures_credit_is_no_byline_and_an_author_item_is_read_by_its_name_only() -> None:
    body = ('<figure><img src="/a.jpg"><figcaption><li class="media-autor" itemprop="author">Europa Press</li>'
            '</figcaption></figure><div class="art-autor" itemprop="author" itemscope><ul><li class="redactor" '
            'itemprop="name"><a href="/a">María García</a></li><li>Sevilla</li><li>Publicado: 06/05/2020</li></ul>'
            "</div><p>Texto.</p>")
    found = authors(page(html(body=body), url="https://www.example.es/a"))
    assert found.authors == ("María García",) and found.organizations == ()


def test_capitalised_bylines_split_at_a_capitalised_and_but_not_at_an_initial() -> None:
    assert split_byline("Glen Owen And Brendan Carlin", rules()).authors == ("Glen Owen", "Brendan Carlin")
    assert split_byline("John E Smith", rules()).authors == ("John E Smith",)


def test_a_body_named_after_the_sites_host_is_its_publisher_not_an_author() -> None:
    r = rules()
    assert is_publisher("Bundesverband WindEnergie e.V", r, ["BWE e.V.", "wind-energie", "wind-energie.de"])
    assert not is_publisher("The Washington Post", r, ["Washington Post", "inquirer", "inquirer.com"])
    text = html(body='<article><h1>Mehr Beschleunigung</h1><p>Text</p><span itemprop="author">Bundesverband '
                     'WindEnergie</span></article>')
    found = authors(page(text, url="https://www.wind-energie.de/presse/a"), ["wind-energie", "wind-energie.de"])
    assert found.authors == () and found.organizations == ()


def test_a_writer_after_a_label_of_its_own_and_after_the_date_under_the_headline() -> None:
    labelled = html(body='<article><h1>Sprache</h1><p>Text</p><div><span class="label">Datum:</span> 19.11.2021<br/>'
                         '<span class="label">Autor:</span> Fritz Imhof<br/></div></article>')
    assert authors(page(labelled, url="https://www.livenet.example/a")).authors == ("Fritz Imhof",)
    dated = html(body="<h1>Die Freiheit der Planung</h1><div>Essay</div><div><span>25.10.2022 - Reiner Nagel</span></div>"
                      "<p>Text</p>")
    assert authors(page(dated, url="https://www.urania.example/a")).authors == ("Reiner Nagel",)


def test_an_author_label_set_apart_by_its_element_needs_no_colon() -> None:
    listed = html(body='<article><h1>Uncorking Chile</h1><p>Text</p></article><ul><li><strong>Date</strong> '
                       '10.06.2013</li><li><strong>Author</strong> Julian Tompkin </li></ul>')
    assert authors(page(listed, url="https://www.dw.example/a")).authors == ("Julian Tompkin",)
    worded = html(body="<article><h1>Credits</h1><p>The <strong>author</strong> Julian Tompkin wrote it.</p>"
                       "<p><b>Authors</b> of the study and their Colleagues met.</p></article>")
    assert authors(page(worded, url="https://www.dw.example/b")).authors == ()


def test_a_tagged_writer_the_page_never_shows_yields_to_the_pages_own_by_line() -> None:
    graph = '{"@type": "Article", "headline": "Erfinderinnen", "author": {"@type": "Person", "name": "Isabell Angele"}}'
    head = f'<script type="application/ld+json">{graph}</script>' + meta({"author": "Isabell Angele"})
    hidden = '<span class="vcard rich-snippet-hidden"><a rel="author">Isabell Angele</a></span>'
    opened = html(head, body=f"<article><h1>Erfinderinnen</h1>{hidden}<p><strong>Von Matthias Lauerer</strong></p>"
                             "<p>Text</p></article>")
    assert authors(page(opened, url="https://courage.example/a")).authors == ("Matthias Lauerer",)
    desk = html(head, body="<article><h1>Erfinderinnen</h1><p>Text</p><p>Autor: Die Redaktion</p></article>")
    assert authors(page(desk, url="https://courage.example/a")).authors == ()
    # shown on the page, the tagged writer stands beside any other line
    shown = html(head, body="<article><h1>Erfinderinnen</h1><p>Isabell Angele</p><p>Von Matthias Lauerer</p></article>")
    assert authors(page(shown, url="https://courage.example/a")).authors == ("Isabell Angele",)


def test_the_sites_name_after_a_full_stop_is_no_part_of_the_writers() -> None:
    assert split_byline("Wilmer Leon. Sputnik International", sites=["Sputnik International"]) == Byline(("Wilmer Leon",))


def test_the_site_named_without_its_legal_form_is_the_publisher() -> None:
    r = rules()
    assert is_publisher("Deutsches Rotes Kreuz", r, ["Deutsches Rotes Kreuz e.V.", "drk.de"])
    assert not is_publisher("Deutsches Rotes Kreuz", r, ["Caritas e.V.", "caritas.de"])


@pytest.mark.parametrize("byline, expected", [
    ("Roberson Alphonse Auteur", Byline(("Roberson Alphonse",))),  # the writer box's label after the name
    ("c1ph4, cipha[at]cipha.net", Byline()),  # an address written to evade harvesters is no organisation
    ("Bayerische Landesanstalt für Wald", Byline((), ("Bayerische Landesanstalt für Wald",))),  # the whole body
    ("Max Mustermann, Akademie der Künste", Byline(("Max Mustermann",), ("Akademie der Künste",))),
    ("Anna Schmidt. dpa", Byline(("Anna Schmidt",), ("dpa",))),  # the outlet after a full stop
    ("Dr. Hans Müller", Byline(("Hans Müller",))),
])
def test_labels_addresses_and_public_bodies_in_a_byline(byline: str, expected: Byline) -> None:
    assert split_byline(byline, rules()) == expected


def test_the_site_in_the_author_tag_and_its_desk_on_the_page_credit_no_teasers_writer() -> None:
    body = ('<article><h1>Zellfabrik wächst</h1><p>Autor: Die Redaktion</p><p>Text</p></article>'
            '<div class="entry"><span class="author vcard">Gerrit Bockey</span></div>')
    text = html(meta({"author": "Battery-News.de", "og:site_name": "Battery-News.de"}), body=body)
    shown = page(text, url="https://battery-news.de/a")
    found = authors(shown, site_names(shown))
    assert found.authors == () and found.publisher
    # without the desk's line the page's own byline element still names the writer
    plain = page(text.replace("<p>Autor: Die Redaktion</p>", ""), url="https://battery-news.de/a")
    assert authors(plain, site_names(plain)).authors == ("Gerrit Bockey",)


def test_the_sites_own_team_and_a_bracket_of_links_credit_no_one() -> None:
    body = ('<article><h1>India thrash Sri Lanka</h1><p class="byline">NDTV Sports Desk</p><p>India won. (<a href="/s">'
            'Scorecard</a> | <a href="/t">Points Table</a>)</p></article>')
    shown = page(html(meta({"og:site_name": "NDTV Sports"}), body=body), url="https://sports.ndtv.example/a")
    assert authors(shown, site_names(shown)) == Byline((), (), True)
    team = page(html(meta({"author": "Campact-Team"}), body="<p>Text</p>"), url="https://blog.campact.de/a")
    assert authors(team, site_names(team)).organizations == ()
    signed = page(html(body='<p>Das bleibt spannend. (<a href="/autor/cs">Christian Stadtfeld</a>)</p>'))
    assert authors(signed).authors == ("Christian Stadtfeld",)


def test_only_names_the_page_writes_are_kept_from_the_extractors_author() -> None:
    text = html(meta({"author": "x[at]y.net"}), body="<p>x[at]y.net wrote Anna Schmidt a letter.</p>")
    tree = page(text).tree
    assert written_on_page(tree, ("Xy Net", "Anna Schmidt", "Schmidt, Anna")) == ("Anna Schmidt", "Schmidt, Anna")


def test_a_readers_name_in_the_comments_is_no_byline() -> None:
    comments = ('<div class="box"><h3>Recent Comments</h3><ul><li class="recentcomments"><span class="comment-author-link">'
                "<a href='https://example.net/'>Best Western Clearfield</a></span> on <a href='/x'>An older post</a></li>"
                "</ul></div>")
    text = html(body=f"<article><h1>Interning</h1><p>Some text.</p></article>{comments}")
    assert authors(page(text)).authors == ()
    assert not_only_aside(page(text).tree, ("Best Western Clearfield",)) == ()
    shown = html(body="<article><h1>Interning</h1><p>Written by Best Western Clearfield.</p></article>" + comments)
    assert not_only_aside(page(shown).tree, ("Best Western Clearfield",)) == ("Best Western Clearfield",)


@pytest.mark.parametrize("placeholder", ["No Author", "By No Author", "Unknown", "unknown author"])
def test_a_placeholder_the_sites_software_writes_for_no_writer_is_none(placeholder: str) -> None:
    assert split_byline(placeholder) == Byline()
    assert authors(page(html(meta({"author": placeholder}), "<p>Text.</p>"))).authors == ()


@pytest.mark.parametrize("line, expected", [
    ('<span class="category">Posted by Konstantin</span>', ("Konstantin",)),
    ("<p>Posted by Konstantin @ 12:00 am</p>", ("Konstantin",)),
    ('<div class="meta">posted by Stadler at 12:53 </div>', ("Stadler",)),  # the name, then its time
    ("<p>Posted by Konstantin at home</p>", ()),  # a name and more words: no line of a writer alone
    ('<span class="itemPoster">Geschrieben von <a href="/userinfo.php?uid=6">Cooper</a></span>', ("Cooper",)),
    ("<p>Texto: Madrid</p>", ()),  # after a bare "By"-word one word is more often a place
    ("<p>Posted by admin</p>", ()),  # the software's account
    ("<p>Posted by Anonymous</p>", ()),
    ("<p>Posted by Reuters</p>", ()),  # an agency is no person
    ("<div class='asset-meta'>Von Christian am 03.05.2013, 11:51 | 0 Meinungen</div>", ("Christian",)),  # dated
    ("<p>By Konstantin on Monday, May 3, 2021</p>", ("Konstantin",)),
    ("<p>Von Berlin am Wochenende</p>", ()),  # no date after it: a place
    ("<p>Von Redaktion am 03.05.2013</p>", ()),  # the site's desk
    ("<p>Von Isabella.DiBiase am 19. Oktober 2019</p>", ()),  # a login, not the name it stands for
    ("<h2>Stars <span>06.11.2023 13:30 von Olga</span></h2>", ("Olga",)),  # closing the date line
    ("<h2>Stars <span>06.11.2023 13:30 von Redaktion</span></h2>", ()),
])
def test_one_word_after_a_written_out_attribution_is_a_writer(line: str, expected: tuple[str, ...]) -> None:
    body = f"<h1>Interning of small integers</h1>{line}<p>Can't help sharing this.</p>"
    assert authors(page(html(body=body))).authors == expected


@pytest.mark.parametrize("line, expected", [
    ('<div class="submitted">Gespeichert von <span class="username">rasos</span> am 24. Juli 2017 - 18:55</div>',
     ("rasos",)),  # Drupal's dated line names the node's account, in any letter case
    ('<div class="submitted">Submitted by <a class="username" href="/user/7">jdoe</a> on Mon, 05/03/2021</div>',
     ("jdoe",)),
    ('<div class="submitted">Gespeichert von <span class="username">admin</span> am 24. Juli 2017</div>', ()),
    ('<div class="submitted">Gespeichert von <span class="username">rasos</span></div>', ()),  # no date: no line
    ('<div class="comment"><div class="submitted">Submitted by <span class="username">troll</span> on '
     '05/03/2021</div></div>', ()),  # a comment's line
])
def test_the_account_drupals_submitted_line_names_is_the_writer(line: str, expected: tuple[str, ...]) -> None:
    body = f"<h1>FairCoin hackathon</h1><p>Beim Sommercamp gab es einen Hackathon.</p>{line}"
    assert authors(page(html(body=body))).authors == expected


def test_a_heading_over_a_paragraph_in_an_author_box_are_two_lines() -> None:
    box = ('<div class="author-box"><div class="author-data"><h4 class="author-title">Anna Schmidt</h4>'
           '<p>Medizinstudentin, Mama, leidenschaftliche Bloggerin</p></div></div>')
    body = f"<h1>FuelCell Echo</h1><p>Der Schuh bringt Speed.</p>{box}"
    assert authors(page(html(body=body))).authors == ("Anna Schmidt",)  # not "Anna Schmidt Medizinstudentin"


def test_one_word_linked_to_a_profile_page_named_after_it_is_a_writer() -> None:
    profile = ('<h1>Anno 1800</h1><span class="author"><a href="/user,profile,30,lars.html"><img src="u.gif"> Lars'
               "</a></span><p>Ein Test.</p>")
    assert authors(page(html(body=profile))).authors == ("Lars",)
    numbered = profile.replace("lars.html", "30.html")
    assert authors(page(html(body=numbered))).authors == ()


def test_a_one_word_schema_person_in_bloggers_column_of_posts() -> None:
    person = ('<span class="post-author vcard"><span class="fn" itemprop="author" itemscope="itemscope" '
              'itemtype="http://schema.org/Person"><a rel="author" href="https://www.blogger.com/profile/1701">'
              '<span itemprop="name">{name}</span></a></span></span>')
    body = ('<div class="widget Blog" id="Blog1"><div class="post hentry"><h3>Rezi</h3><p>Ein Buch.</p>'
            '<div class="post-footer">{person}</div></div></div>')
    assert authors(page(html(body=body.format(person=person.format(name="Weinlachgummi"))))).authors \
        == ("Weinlachgummi",)
    assert authors(page(html(body=body.format(person=person.format(name="cpm"))))).authors == ()  # initials
    sidebar = body.replace("widget Blog", "widget Profile")  # another widget: the blog's sidebar
    assert authors(page(html(body=sidebar.format(person=person.format(name="Weinlachgummi"))))).authors == ()


def test_a_jsonld_author_typed_person_and_organization_is_the_person_the_site_is() -> None:
    """Yoast types the owner of a personal site both ways; named like the site, that owner is still the writer,
    where an organisation named like the site is only the publisher."""
    owner = {"@type": ["Person", "Organization"], "@id": "https://rete-mirabile.net/#/schema/person/d7",
             "name": "Andreas Kalt"}
    graph = {"@graph": [owner, {"@type": "BlogPosting", "headline": "15 Jahre", "author": {"@id": owner["@id"]}}]}
    site = meta({"og:site_name": "Andreas Kalt"})
    url = "https://rete-mirabile.net/notizen/15-jahre/"
    assert _credits(page(html(site, "<p>Text.</p>", graph), url)).authors == ("Andreas Kalt",)
    owner["@type"] = "Organization"
    organisation = _credits(page(html(site, "<p>Text.</p>", graph), url))
    assert organisation.authors == () and organisation.publisher


@pytest.mark.parametrize("publisher", [
    {"@id": "https://zeitgeschichte.example/#/schema/person/40d8"},  # Yoast's person id, the object not on the page
    {"@type": "Person", "name": "W. Schmale"},
])
def test_a_site_published_by_a_person_is_written_by_its_owner(publisher: dict[str, str]) -> None:
    """A JSON-LD publisher that is a person makes the site a personal one: the author of the site's name is its
    owner writing, not the site, even where no given name opens it; published by an organisation,
    the same name is only the site."""
    author = {"@type": "Person", "name": "W. Schmale"}
    graph = {"@type": "Article", "headline": "Abgebrochene Forschung", "author": author, "publisher": publisher}
    site = meta({"og:site_name": "W. Schmale"})
    url = "https://www.geschichte-europas.eu/abgebrochene-forschung/"
    assert _credits(page(html(site, "<p>Text.</p>", graph), url)).authors == ("W. Schmale",)
    graph["publisher"] = {"@type": "Organization", "name": "W. Schmale"}
    assert _credits(page(html(site, "<p>Text.</p>", graph), url)).authors == ()


def test_a_jsonld_person_named_like_the_site_is_the_writer_where_the_name_is_a_person_s() -> None:
    """An author typed Person whose name is the site's, under a publisher typed Organization (a blog's SEO plugin
    names the site for its owner, hakibenita.com): a given name first makes it the owner's name, and the writer;
    a brand typed Person ("Ultima Hora") is still only the site."""
    url = "https://www.geschichte-europas.eu/abgebrochene-forschung/"
    for name, writers in (("Wolfgang Schmale", ("Wolfgang Schmale",)), ("Ultima Hora", ())):
        graph = {"@type": "Article", "headline": "Abgebrochene Forschung", "author": {"@type": "Person", "name": name},
                 "publisher": {"@type": "Organization", "name": name}}
        assert _credits(page(html(meta({"og:site_name": name}), "<p>Text.</p>", graph), url)).authors == writers


def test_a_jsonld_author_is_typed_by_the_object_its_id_names() -> None:
    """Yoast gives the author a name and an ``@id`` and types it in its graph: the Person of that id. Named like
    the site, a given name first, that person is the owner writing; typed Organization there, only the site."""
    person = {"@type": "Person", "@id": "https://battery.example/#/schema/person/24dc", "name": "Cornelius Karow"}
    author = {"name": "Cornelius Karow", "@id": person["@id"]}
    graph = {"@graph": [{"@type": "Article", "headline": "Ultium Cells", "author": author}, person]}
    site, url = meta({"og:site_name": "Cornelius Karow"}), "https://battery.example/2022/12/06/ultium/"
    assert _credits(page(html(site, "<p>Text.</p>", graph), url)).authors == ("Cornelius Karow",)
    person["@type"] = "Organization"
    assert _credits(page(html(site, "<p>Text.</p>", graph), url)).authors == ()


@pytest.mark.parametrize("line, expected", [
    ("<p>Blog Beitrag von Margarita Koreneva</p>", ("Margarita Koreneva",)),
    ("<p>Ein Beitrag von Anna Schmidt</p>", ("Anna Schmidt",)),
    ('<div class="quelle">Quelle: Pressemitteilung<br/>Foto: © stock.adobe.com<br/>Autor: <a href="/anwalt/">'
     "Rechtsanwalt</a> Sebastian Einbock<br/>Stand: 18.02.2022</div>", ("Sebastian Einbock",)),
    ('<div class="quelle">Quelle: Pressemitteilung<br/>Foto: Anna Schmidt</div>', ()),  # no "By"-word: a credit
])
def test_a_german_contribution_line_and_a_labelled_line_among_line_breaks(line: str,
                                                                          expected: tuple[str, ...]) -> None:
    body = f"<h1>Ohne Bewerbung kein Wohngeld</h1><p>Das Gericht hat entschieden.</p>{line}"
    assert authors(page(html(body=body))).authors == expected


def test_a_lone_word_after_a_full_name_in_a_person_is_the_writers_place() -> None:
    assert split_byline("Markus M. Haefliger, London, Beat Bumbacher", person=True).authors \
        == ("Markus M. Haefliger", "Beat Bumbacher")
    assert split_byline("Elba, Marco Rossi", person=True).authors == ("Elba", "Marco Rossi")  # first: a name


def test_the_sites_desk_written_twice_beside_its_picture_is_no_credit() -> None:
    body = ('<h1>Unfall</h1><p>Ein Mann starb.</p><div class="authors"><div class="author"><div class="author__image">'
            '<span class="label">N-Land</span><a href="https://n-land.example/autor/redaktion"><img alt="N-Land '
            'Redaktion"/></a></div><div class="author__name">N-Land Redaktion</div></div></div>')
    found = _credits(page(html(meta({"og:site_name": "N-Land"}), body), "https://n-land.example/top-story/unfall"))
    assert found.authors == () and found.organizations == ()
    other = _credits(page(html(meta({"og:site_name": "Pegnitz-Zeitung"}), body), "https://pz.example/unfall"))
    assert other.organizations != ()  # another paper's desk is a credit


AXIOS = ('<h1>Axios Future</h1><div class="flex caption"><div><a title="{name}" href="https://www.axios.example/authors/'
         '{slug}/"><div><img alt="{name}" src="/head.png"/></div></a></div><div><span>{name}</span></div></div>'
         '<p>The story itself.</p>')


@pytest.mark.parametrize("name, slug, expected", [
    ("Steve LeVine", "stevelevine", ("Steve LeVine",)),
    ("Steve LeVine", "axiosteam", ()),  # the path names someone else
    ("Axios Newsroom", "axiosnewsroom", ()),  # a desk
    ("Kathrin Führes", "kathrin-fuehres-684124", ("Kathrin Führes",)),  # the umlaut written out, an id after it
    ("Dominik Sołtys", "dominik-soltys", ("Dominik Sołtys",)),  # the accent dropped
])
def test_a_name_shown_beside_a_link_to_the_writers_page(name: str, slug: str, expected: tuple[str, ...]) -> None:
    assert _credits(page(html(body=AXIOS.format(name=name, slug=slug)), "https://www.axios.example/a")).authors \
        == expected


def test_links_to_many_writers_pages_are_a_list_of_stories_not_a_credit() -> None:
    writers = [("Anna Schmidt", "annaschmidt"), ("Jan Meyer", "janmeyer"), ("Tom Okafor", "tomokafor")]
    body = "".join(AXIOS.format(name=n, slug=s) for n, s in writers)
    assert _credits(page(html(body=body), "https://www.axios.example/a")).authors == ()
    aside = f"<aside>{AXIOS.format(name='Anna Schmidt', slug='annaschmidt')}</aside><p>Text.</p>"
    assert _credits(page(html(body=aside), "https://www.axios.example/a")).authors == ()


PROFILE = '<h1>Asamblea</h1><div class="meta"><div><a href="{href}"> {name}</a></div></div><p>La Asamblea votó.</p>'
FURTHER = ('<div class="row"><h3>Otra nota</h3><div><div><div><div><a href="/user/profile/glabrador">Gabriel Labrador'
           '</a></div></div></div></div></div>')


@pytest.mark.parametrize("name, href, expected", [
    ("Rebeca Monge", "/user/profile/rmonge", ("Rebeca Monge",)),  # the first name's initial and the surname
    ("Richard Adams", "https://www.elfaro.example/profile/richardadams", ("Richard Adams",)),
    ("Rebeca Monge", "https://www.xing.example/profile/rmonge", ()),  # another site's member: someone the text names
    ("Rebeca Monge", "/user/profile/jdoe", ()),  # the path names someone else
])
def test_a_name_linked_to_its_members_page_on_the_site(name: str, href: str, expected: tuple[str, ...]) -> None:
    body = PROFILE.format(name=name, href=href)
    found = bylines.linked_writers(page(html(body=body), "https://www.elfaro.example/a"), rules(), ())
    assert found.authors == expected


def test_a_writer_linked_far_from_the_first_writer_is_another_storys() -> None:
    body = PROFILE.format(name="Rebeca Monge", href="/user/profile/rmonge") + FURTHER
    found = bylines.linked_writers(page(html(body=body), "https://www.elfaro.example/a"), rules(), ())
    assert found.authors == ("Rebeca Monge",)


@pytest.mark.parametrize("line, expected", [
    ("Quelle: Raphael Bischof (Text), Stefan Scheuteri (Bild)", ("Raphael Bischof",)),
    ("Stefan Scheuteri (Bild), Raphael Bischof (Text)", ("Raphael Bischof",)),
    ("Stefan Scheuteri (Bild)", ()),
    ("Die Gemeinde (Text) lädt ein", ()),  # no person's name before the part
])
def test_a_credit_line_marks_the_texts_writer(line: str, expected: tuple[str, ...]) -> None:
    body = f'<h1>Cup-Vorschau</h1><p>Der BSV Stans freut sich.</p><div class="c-text-element">{line}</div>'
    assert authors(page(html(body=body))).authors == expected


@pytest.mark.parametrize("line, expected", [
    ('<div style="float:left">© dpa-AFX | Abb.: Fraport | 07.11.2023 08:03</div>', ("dpa-AFX",)),
    ('<div class="c-copyright">© 2020 The Canadian Press</div>', ()),  # a dated rights notice: the distributor's
    ('<div>© Meyer Verlag | 07.11.2023</div>', ()),  # no agency
    ('<div><img src="/a.jpg"/><span class="sp_cred">© AFP</span></div>', ()),  # a picture's credit
    ('<footer>© AFP</footer>', ()),
])
def test_an_agency_holding_the_texts_copyright_under_it_is_credited(line: str, expected: tuple[str, ...]) -> None:
    body = f"<h1>Fraport verdient</h1><article><p>{'Der Flughafen meldet Rekorde. ' * 30}</p>{line}</article>"
    assert authors(page(html(body=body))).organizations == expected


@pytest.mark.parametrize("name, sites, publisher", [
    ("Hanns-Seidel-Stiftung e.V", ["HSS - Hanns-Seidel-Stiftung e.V.", "hss.de"], True),  # one of the site's names
    ("LN", ["LN - Lübecker Nachrichten", "ln-online.de"], True),
    ("Konrad-Adenauer-Stiftung", ["HSS - Hanns-Seidel-Stiftung e.V.", "hss.de"], False),
])
def test_each_part_of_a_sites_name_with_its_description_names_the_publisher(name: str, sites: list[str],
                                                                            publisher: bool) -> None:
    assert is_publisher(name, rules(), sites) is publisher


@pytest.mark.parametrize("body, orgs", [
    # an agency signing off a paragraph that holds a "read more" box after it
    ("<p>Die FDP lehnt die Pläne ab. (dpa)<aside><ul><li><a href='/x'>Weiterlesen: Experte warnt</a></li></ul>"
     "</aside></p>", ("dpa",)),
    # an editor's initials and the agency on a line of their own, the photo credit on the next
    ("<p>Zeugen melden sich bitte bei der Polizei.</p><p>erb/ots<br>Foto: dahancoo / Pixabay</p>", ("ots",)),
    # "with material from" the agency, after the last sentence
    ("<p>Eingekauft wird dann eh nur noch im Internet, das hält den Klimawandel auf. (Mit Material von dts)</p>",
     ("dts",)),
    ("<p>Der Bericht wurde am Montag vorgestellt.</p><p>mit Material der dpa</p>", ("dpa",)),
    # an agency's sign-off after a dash, on a line of its own after a break
    ("<p>أجريت الفحوص خلال الساعات الأخيرة.<br><span>--(بترا)</span></p>", ("بترا",)),
])
def test_an_agency_closing_the_text_is_credited(body: str, orgs: tuple[str, ...]) -> None:
    assert authors(page(html(body="<article><h1>Schlagzeile</h1>" + body + "</article>"))).organizations == orgs


@pytest.mark.parametrize("note, outlet", [
    ('<p class="editors_note">This post originally appeared on <a href="https://grist.org/x">Grist</a>.</p>', "Grist"),
    ("<p><em>This article was originally published on The Conversation. Read the original article.</em></p>",
     "The Conversation"),
    ("<p>Dieser Beitrag erschien zuerst bei Der Standard.</p>", "Der Standard"),
    ("<p>Der Text ist zuerst im Tagesspiegel erschienen.</p>", "Tagesspiegel"),
    ("<p><i>Cet article a été initialement publié sur Mediapart.</i></p>", "Mediapart"),
    ("<p>Este artículo fue publicado originalmente en El Faro.</p>", "El Faro"),
])
def test_the_outlet_a_republished_story_first_ran_in_is_credited(note: str, outlet: str) -> None:
    body = "<article><h1>Despite everything, emissions dipped</h1><p>By Nathanael Johnson</p>" + note + BODY_TEXT
    assert authors(page(html(body=body))).organizations == (outlet,)


BODY_TEXT = "<p>" + "Just a week into the new year, the first estimate is in. " * 4 + "</p>"


@pytest.mark.parametrize("note, head, footer", [
    ("<p>This article originally appeared on VICE US.</p>", meta({"og:site_name": "Vice"}), ""),  # an edition
    ("<p><em>This article originally appeared on The Atlantic.</em></p>", meta({"og:site_name": "CityLab"}),
     "<div class='legal'>Citylab.com © 2019 The Atlantic Monthly Group</div>"),  # the site's owner
    ("<p>This story was first published in 2019.</p>", "", ""),  # a year, no outlet
    ("<p>It was first published on Monday.</p>", "", ""),  # a day, no outlet
    ("<p>This article was originally published in German by Der Spiegel.</p>", "", ""),  # a language
    ("<p>This post originally appeared on Example News.</p>", meta({"og:site_name": "Example News"}), ""),
])
def test_a_first_run_in_the_site_its_edition_or_its_owner_is_no_credit(note: str, head: str, footer: str) -> None:
    body = "<article><h1>Why neon is the symbol of a century</h1><p>By Sarah Archer</p>" + note + BODY_TEXT
    p = page(html(head=head, body=body + "</article>" + footer))
    assert authors(p, site_names(p)).organizations == ()


def test_a_chinese_writer_s_label_and_source_line_give_the_writer_and_the_outlet() -> None:
    body = ("<table><tr><td><a href='/journalist'><strong>新华社记者看河北</strong></a></td></tr>"
            "<tr><td><font>作者：\n          记者王敬照\n        </font></td><td><font>编辑：王华军</font></td></tr>"
            "<tr><td><font>新华网河北频道 ( 2012-06-04 09:20:26 )</font>"
            "<font>稿件来源：\n   河北日报 </font></td></tr></table>"
            + BODY_TEXT)
    found = authors(page(html(body=body, title="话剧《约定无期限》河北各市巡演结束"), "https://he.example.com/a"))
    assert found == Byline(("王敬照",), ("河北日报",))


def test_a_chinese_source_line_naming_the_site_itself_is_no_credit() -> None:
    body = "<p>作者：王敬照</p><p>来源：新华网</p>" + BODY_TEXT
    found = authors(page(html(body=body, title="短缺药品保供稳价-新华网"), "https://www.news.example.cn/a"))
    assert found == Byline(("王敬照",), ())


def test_a_writer_json_ld_names_by_first_name_takes_the_full_name_the_text_opens_with() -> None:
    jsonld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Nils"}}
    body = ('<div class="post-wrap sidebar-on sidebar-right post-1 type-post hentry"><article><h1>Das Patriarchat</h1>'
            "<p><strong>Eine Kolumne von Nils Pickert</strong></p>" + BODY_TEXT + "</article></div>")
    assert authors(page(html(jsonld=jsonld, body=body))).authors == ("Nils Pickert",)


def test_a_name_alone_in_bold_closing_the_text_signs_it() -> None:
    last = "<p>" + "Tappara gastiert nun in Ängelholm, um den Sieger der Saison zu ermitteln. " * 3 + "</p>"
    signed = "<article><h1>München verliert</h1>" + last + "<p><b><i>Stefan Wasmer</i></b></p></article>"
    assert authors(page(html(body=signed))).authors == ("Stefan Wasmer",)
    captioned = "<article><h1>München verliert</h1><p><b>Stefan Wasmer</b></p>" + last + "</article>"
    assert authors(page(html(body=captioned))).authors == ()  # not after the text: a name in bold is no signature
    two = ("<article><h1>München verliert</h1><div>" + last + "<p><b>Stefan Wasmer</b></p></div><div>" + last
           + "<p><i>Anna Schmidt</i></p></div></article>")
    assert authors(page(html(body=two))).authors == ()  # two texts signed: stories of a list, not the article's


LAST = "<p>" + "The cop was assisted to the hospital where she was treated and released on Friday. " * 2 + "</p>"


def test_a_name_after_a_dash_in_the_last_paragraph_signs_the_text() -> None:
    body = "<article><h1>Woman attacks inspector</h1>" + LAST + "<p>The incident drew onlookers.</p><p>– David Dunkley</p>"
    assert authors(page(html(body=body + "</article>"))).authors == ("David Dunkley",)
    said = "<article><h1>Woman attacks inspector</h1><p>– David Dunkley</p>" + LAST + "</article>"
    assert authors(page(html(body=said))).authors == ()  # not under the text


def test_a_name_in_italics_on_the_last_line_of_the_text_signs_it_over_a_tag_the_page_never_shows() -> None:
    jsonld = {"@type": "Article", "author": {"@type": "Person", "name": "Winfried Hille"}}
    body = "<article><h1>Hope!</h1>" + LAST.replace("</p>", "<br><em>Claudia Duwe</em></p>") + "</article>"
    assert authors(page(html(jsonld=jsonld, body=body))).authors == ("Claudia Duwe",)
    book = body.replace("</article>", "<p>Zum Weiterlesen: Claudia Duwe, Der Zukunft wieder vertrauen</p></article>")
    assert authors(page(html(jsonld=jsonld, body=book))).authors == ("Claudia Duwe",)  # a note naming her again
    more = body.replace("</article>", "<p>Die Stadt prüft den Fall weiter.</p></article>")
    assert authors(page(html(jsonld=jsonld, body=more))).authors == ("Winfried Hille",)  # the text goes on: no signature


def test_an_agency_after_a_dash_ending_the_text_is_credited() -> None:
    body = ("<article><h1>Championships set for July</h1>" + LAST.replace(" </p>", " — AFP</p>")
            + "<figure><figcaption>Tori Bowie in action. — AFP pic</figcaption></figure></article>")
    assert authors(page(html(body=body))).organizations == ("AFP",)


def test_the_source_a_part_of_the_line_under_the_headline_names_is_credited() -> None:
    line = "<p>22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Cesar Greco/Palmeiras</p>"
    body = "<article><h1>Goiás supera Palmeiras</h1>" + line + LAST + "</article>"
    assert authors(page(html(body=body))).organizations == ("Agência Brasil",)


@pytest.mark.parametrize("desk", ["Redacción fama", "Redaktion datev.de", "Redação Esportes"])
def test_a_newsroom_word_and_a_section_or_site_is_the_site_s_desk(desk: str) -> None:
    jsonld = {"@type": "Article", "author": {"@type": "Organization", "name": desk}}
    assert authors(page(html(jsonld=jsonld, body=LAST))).organizations == ()
    agency = {"@type": "Article", "author": {"@type": "Organization", "name": "Redazione ANSA"}}
    assert authors(page(html(jsonld=agency, body=LAST))).organizations != ()


def test_the_group_the_writers_e_mail_domain_names_is_their_employer_not_a_credit() -> None:
    byline = ('<div class="byline">By Leonardo Castañeda | <a href="mailto:lcastaneda@bayareanewsgroup.com">'
              "lcastaneda@bayareanewsgroup.com</a> | Bay Area News Group</div>")
    found = authors(page(html(body="<article><h1>Stranded in Bolivia</h1>" + byline + LAST + "</article>")))
    assert found.authors == ("Leonardo Castañeda",) and found.organizations == ()
    mailed = byline.replace("bayareanewsgroup.com", "example.com")
    found = authors(page(html(body="<article><h1>Stranded in Bolivia</h1>" + mailed + LAST + "</article>")))
    assert found.organizations == ("Bay Area News Group",)


@pytest.mark.parametrize("text", ["Material von", "Artikel von", "Ein Beitrag von"])
def test_words_ending_in_a_name_particle_are_no_name(text: str) -> None:
    assert not is_name(text, rules())


def test_a_source_signing_off_the_text_is_no_writer() -> None:
    body = "<article><h1>Ladensterben</h1><p>" + "Die Geschäfte stehen leer. " * 8 + "(Mit Material von dts)</p></article>"
    assert authors(page(html(body=body))) == Byline((), ("dts",))


@pytest.mark.parametrize("byline, expected", [
    ("By Staff and News Service Reports", Byline((), ())),  # the site's desk and unnamed wires: no credit
    ("Atlantic Merchant Capital Investors", Byline((), ("Atlantic Merchant Capital Investors",))),
    ("Eidgenössisches Departement", Byline((), ("Eidgenössisches Departement",))),
    ("Arya Group", Byline((), ("Arya Group",))),  # a company's group, named in the author tag
    ("Grupo Clarín", Byline((), ("Grupo Clarín",))),
])
def test_desks_and_bodies_are_no_persons(byline: str, expected: Byline) -> None:
    assert split_byline(byline) == expected


def test_an_author_box_under_the_text_names_the_writer_one_of_several_none() -> None:
    box = '<div class="author-bio footer"><h3>Martin Junker</h3><p><a href="/author/martin">Alles von Martin</a></p></div>'
    text = "<article><h1>Firmenwagen</h1>" + BODY_TEXT + "</article>"
    assert authors(page(html(body=text + box))).authors == ("Martin Junker",)
    other = box.replace("Martin Junker", "Anna Schmidt")
    assert authors(page(html(body=text + box + other))).authors == ()  # the site's writers listed
    assert authors(page(html(body=text + f"<footer>{box}</footer>"))).authors == ()  # the site's footer


def test_authors_of_cited_works_are_not_the_pages() -> None:
    cited = ('<li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle">'
             '<meta itemprop="author" content="NH. Shear, SP. Spielberg, "><meta itemprop="datePublished" content="1988">'
             "</li>")
    writer = ('<ul><li itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">'
              'Marwan H. Adwan</span><span itemprop="affiliation" itemscope itemtype="http://schema.org/Organization">'
              '<meta itemprop="name" content="The University of Jordan"></span></li></ul>')
    found = authors(page(html(body=f"<article><h1>DRESS</h1>{writer}{BODY_TEXT}<ol>{cited * 3}</ol></article>")))
    assert found == Byline(("Marwan H. Adwan",), ())  # neither the references' authors nor the affiliation


def test_an_affiliation_is_no_credit() -> None:
    body = ('<article><h1>DRESS</h1><p class="author">Marwan H. Adwan</p>' + BODY_TEXT
            + '<ol class="c-article-author-affiliation__list"><li>Division of Rheumatology, The University of Jordan, '
              "Amman<p>Marwan H. Adwan</p></li></ol></article>")
    assert authors(page(html(body=body))) == Byline(("Marwan H. Adwan",), ())


@pytest.mark.parametrize("account", ["wordpressadmin", "siteadmin", "gastautor"])
def test_a_generic_account_run_together_with_a_name_is_no_writer(account: str) -> None:
    link = f'<a rel="author" href="https://blog.example.de/author/{account}/">{account}</a>'
    assert authors(page(html(body=f"<article><h1>Wahlzensur</h1><p>Von {link}</p>{BODY_TEXT}</article>"))).authors == ()


def test_the_blogs_own_account_after_by_is_the_writer() -> None:
    line = ('<div class="meta">Posted in <a href="/category/datenschutz/" rel="category tag">Datenschutz</a> by '
            "damianduchamps on August 3, 2019</div>")
    text = html(body=f"<div class='post'><h2>Office 365</h2>{line}{BODY_TEXT}</div>")
    on_blog = page(text, "https://damianduchamps.wordpress.com/2019/08/03/office-365/")
    assert authors(on_blog, ["Damian Duchamps' Blog", "damianduchamps"]).authors == ("damianduchamps",)
    tagged = page(html(head=meta({"twitter:creator": "@damianduchamps"}), body=text.split("<body>")[1]))
    assert authors(tagged).authors == ("damianduchamps",)
    assert authors(page(text)).authors == ()  # elsewhere a lower-case word after "by" is no name
    staff = html(head=meta({"twitter:creator": "@News4Max"}), body=f"<article><h1>Orionids</h1><p>Published on "
                 f"October 17, 2023 By News4Max Staff</p>{BODY_TEXT}</article>")
    assert authors(page(staff)).authors == ()  # the account before "Staff" is the site's desk


def test_a_writers_hcard_in_the_articles_own_footer_names_the_writer() -> None:
    card = ('<footer class="entry-meta"><span class="byline"> von <span class="author vcard"><a class="url fn n" '
            'href="https://andrea.example.com/author/andreab/" rel="author">Andrea</a></span></span></footer>')
    assert authors(page(html(body=f"<article><h1>Aren't we all</h1>{BODY_TEXT}{card}</article>"))).authors \
        == ("Andrea",)
    assert authors(page(html(body=f"<article><h1>Aren't we all</h1>{BODY_TEXT}</article>{card}"))).authors == ()


@pytest.mark.parametrize("label", ["Autor/in:", "Autor*in:", "Autor:in:"])
def test_gender_neutral_author_labels_open_a_byline(label: str) -> None:
    assert split_byline(f"{label} Korinna Hennig") == Byline(("Korinna Hennig",), ())


def test_the_open_graph_article_author_tag_names_the_writer() -> None:
    text = html(head=meta({"og:article:author": "Hagen Ritter"}), body=f"<article><h1>Wettstreit</h1>{BODY_TEXT}</article>")
    assert authors(page(text)).authors == ("Hagen Ritter",)


def test_a_web_address_beside_a_name_is_no_credit() -> None:
    assert split_byline("Par Tokpanan Doré, http://wwww.guineenews.org") == Byline(("Tokpanan Doré",), ())
    assert split_byline("Anna Schmidt www.anna-schmidt.de") == Byline(("Anna Schmidt",), ())


def test_a_paper_named_by_the_sites_initials_is_the_publisher() -> None:
    assert is_publisher("Preußische Allgemeine Zeitung", rules(), ["paz.de", "paz"])
    assert not is_publisher("Preußische Allgemeine Zeitung", rules(), ["faz.net", "faz"])
    assert not is_publisher("Anna Maria Schmidt", rules(), ["ams.de", "ams"])  # a person's initials: no paper



def test_the_shown_name_with_initials_completes_the_json_ld_name() -> None:
    byline = ('<div class="author-byline">By <a href="/person/n/timothy-hj-nerozzi">Timothy H.J. Nerozzi</a></div>')
    jsonld = {"@type": "NewsArticle", "headline": "Treaty", "author": [{"@type": "Person", "name": "Timothy Nerozzi"}]}
    assert authors(page(html(body=f"<article><h1>Treaty</h1>{byline}{BODY_TEXT}</article>", jsonld=jsonld))).authors \
        == ("Timothy H.J. Nerozzi",)
    assert bylines._initialled("Timothy H.J. Nerozzi", ["timothy", "nerozzi"])
    assert not bylines._initialled("Timothy H.J. Smith", ["timothy", "nerozzi"])  # another surname
    assert not bylines._initialled("Timothy Harold Nerozzi", ["timothy", "nerozzi"])  # a middle name is no initial


def test_an_hcard_that_is_its_own_formatted_name_names_the_writer() -> None:
    meta_line = '<p class="headline_meta">by <span class="author vcard fn">oz</span> on December 4, 2006</p>'
    assert authors(page(html(body=f"<article><h1>Top 100</h1>{meta_line}{BODY_TEXT}</article>"))).authors == ("oz",)


def test_the_account_wordpress_marks_on_the_authors_replies_names_the_writer() -> None:
    meta_line = '<div class="meta">Gesellschaftspolitik — jancak @ 00:11</div>'
    replies = ('<ol class="commentlist"><li class="comment comment-author-margit">Margit: schön</li>'
               '<li class="comment byuser comment-author-jancak bypostauthor">jancak: danke</li></ol>')
    text = f"<article><h1>Ins neue Jahr</h1>{meta_line}{BODY_TEXT}</article>{replies}"
    assert authors(page(html(body=text))).authors == ("jancak",)
    assert authors(page(html(body=text.replace(meta_line, "")))).authors == ()  # shown only in the comments


def test_an_agency_in_the_dateline_opening_the_text_is_credited() -> None:
    lead = "<p>Hamburg (dpa/lno) – Trotz eines Gespräches bleiben die Fronten verhärtet, sagte die Sprecherin.</p>"
    assert authors(page(html(body=f"<article><h1>Fronten</h1>{lead}{BODY_TEXT}</article>"))) == Byline((), ("dpa",))
    own = page(html(body=f"<article><h1>Fronten</h1>{lead}{BODY_TEXT}</article>"), "https://www.dpa.com/de/x")
    assert authors(own, ["dpa"]).organizations == ()  # on the agency's own site, the dateline names the site
    wire = lead.replace("(dpa/lno)", "(AP)")
    credited = f'<article><h1>Fronten</h1><p class="byline">By Hillel Italie The Associated Press</p>{wire}{BODY_TEXT}'
    assert authors(page(html(body=credited + "</article>"))).organizations == ("The Associated Press",)
    told = "<p>Berlin (Anna Schmidt) – Trotz eines Gespräches bleiben die Fronten verhärtet.</p>"
    assert authors(page(html(body=f"<article><h1>Fronten</h1>{told}{BODY_TEXT}</article>"))).organizations == ()


def test_a_page_builders_layout_wrapper_is_no_sidebar_widget() -> None:
    info = ('<div class="elementor-widget-container"><ul><li class="elementor-post-info__item '
            'elementor-post-info__item--type-author"><span>von: </span>Anna Schmidt</li></ul></div>')
    listing = ('<div class="elementor-widget-posts"><div class="elementor-widget-container"><span class="author">'
               "Jan Meyer</span></div></div>")
    assert authors(page(html(body=f"<article><h1>Ladensterben</h1>{info}{BODY_TEXT}{listing}</article>"))).authors \
        == ("Anna Schmidt",)


def test_a_wrapper_around_the_content_and_its_sidebar_is_no_sidebar() -> None:
    byline = ('<header class="entry-header"><h1>Reiki</h1><span class="by-author"> von <span class="author vcard">'
              '<a class="url fn n" href="/author/markhosak/" rel="author">Mark Hosak</a></span></span></header>')
    post = f'<article class="post hentry">{byline}{BODY_TEXT}</article>'
    for wrapper in ("content-sidebar-wrap", "has-sidebar"):
        wrapped = f'<div class="{wrapper}"><div id="primary">{post}</div><div id="secondary" class="sidebar"></div></div>'
        assert authors(page(html(body=wrapped))).authors == ("Mark Hosak",), wrapper
    sidebar = '<div class="sidebar"><span class="author">Jan Meyer</span></div>'
    assert authors(page(html(body=f"<article><h1>Reiki</h1>{BODY_TEXT}</article>{sidebar}"))).authors == ()


@pytest.mark.parametrize("line, expected", [
    ("Text von Christian Seiler Illustration von Markus Roost", Byline(("Christian Seiler",))),
    ("Von Anna Schmidt, Fotos von Jan Meyer", Byline(("Anna Schmidt",))),
    ("By Jane Doe | Photos by John Roe", Byline(("Jane Doe",))),
    ("Text und Fotos: Anna Schmidt", Byline(("Anna Schmidt",))),  # one person credited for both
])
def test_a_credit_for_the_pictures_in_a_byline_names_no_writer(line: str, expected: Byline) -> None:
    assert split_byline(line, rules()) == expected


def test_a_main_wrapper_naming_the_layout_sidebar_is_no_sidebar_and_durch_opens_a_german_byline() -> None:
    meta_line = ('<div class="post-meta"><a class="post-meta-time">08/08/2017</a><a class="post-meta-author" '
                 'href="https://www.su-squad.de">durch Stephan Markus</a></div>')
    post = f'<div class="blogpost"><h1>Fall in love</h1>{meta_line}{BODY_TEXT}</div>'
    wrapped = f'<div class="mainwrap single-default sidebar">{post}</div>'
    assert authors(page(html(body=wrapped))).authors == ("Stephan Markus",)
    sidebar = wrapped.replace("mainwrap single-default sidebar", "widget-area sidebar")
    assert authors(page(html(body=sidebar))).authors == ()
    sentence = "<p>Durch Corona-Krise und Lockdown verlor der Verein viele Mitglieder.</p>"
    assert authors(page(html(body=f"<article><h1>Verein</h1>{sentence}{BODY_TEXT}</article>"))).authors == ()


def test_the_writers_institution_marked_in_the_byline_is_no_credit() -> None:
    synopsis = ('<div class="content-authors-synopsis"><span class="nobr">Colin Manning</span>, <span class="nobr">'
                'Hayley J. Fowler</span>, <em class="institution_name">Newcastle University</em></div>')
    found = authors(page(html(body=f"<article><h1>Storm</h1>{synopsis}{BODY_TEXT}</article>")))
    assert found == Byline(("Colin Manning", "Hayley J. Fowler"))


def test_the_agencies_that_contributed_to_a_report_are_credited_and_the_persons_are_no_writers() -> None:
    byline = '<p class="byline">By Doug Stanglin</p>'
    for line, orgs in (("<p><i>The Associated Press contributed to this report.</i></p>", ("The Associated Press",)),
                       ("<p><i>Contributing: Liz Szabo, Michael Winter, Associated Pres</i>s.</p>",
                        ("Associated Press",)),
                       ("<p>Anna Schmidt contributed reporting.</p>", ())):
        found = authors(page(html(body=f"<article><h1>Ebola</h1>{byline}{BODY_TEXT}{line}</article>")))
        assert found == Byline(("Doug Stanglin",), orgs), line


@pytest.mark.parametrize("byline, persons", [
    ("By Alexia Tsotsis, View Author Page", ("Alexia Tsotsis",)),
    ("By Jordan Robertson and Rachel Metz, AP Technology Writers", ("Jordan Robertson", "Rachel Metz")),
    ("By World's Editorial Writers", ()),
])
def test_a_profile_link_and_a_plural_role_are_no_writers(byline: str, persons: tuple[str, ...]) -> None:
    assert split_byline(byline).authors == persons


def test_a_name_linked_to_a_writers_page_in_the_articles_header_is_the_writer() -> None:
    item = '<li><a href="/author/modejournalistin/">Kathrin Bierling</a></li><li><time>21.05.2019</time></li>'
    header = f'<div class="post"><h1>Nie ohne meinen Duschkopf</h1><div class="meta"><ul>{item}</ul></div>'
    assert authors(page(html(body=f"{header}{BODY_TEXT}</div>"))).authors == ("Kathrin Bierling",)
    teasers = f'<div class="post"><h1>Nie ohne meinen Duschkopf</h1>{BODY_TEXT}</div>'
    more = f'<div><div><div><ul>{item}</ul></div></div></div>'  # another story's writer, away from the headline
    assert authors(page(html(body=teasers + more))).authors == ()
    desk = item.replace("Kathrin Bierling", "Redaktion Mode")
    assert authors(page(html(body=f'<div class="post"><h1>Duschkopf</h1><ul>{desk}</ul>{BODY_TEXT}</div>'))).authors == ()


@pytest.mark.parametrize("url", ["https://news.example/arm/news/616000.html", "http://[::1", None])
def test_a_byline_linking_to_the_sites_front_page_is_the_site(url: str | None) -> None:
    home = '<div class="article-author"><a href="https://news.example/arm/">Լուրեր Հայաստանից - NEWS.am</a></div>'
    found = authors(page(html(body=f"<article><h1>Վերնագիր</h1>{home}{BODY_TEXT}</article>"), url=url))
    on_site = url is not None and "news.example" in url  # without the page's address, no front page is known
    assert found.authors == (() if on_site else ("Լուրեր Հայաստանից",))
    writer = home.replace('href="https://news.example/arm/"', 'href="/arm/author/anna-petrosyan/"').replace(
        "Լուրեր Հայաստանից - NEWS.am", "Anna Petrosyan")
    assert authors(page(html(body=f"<article><h1>Վերնագիր</h1>{writer}{BODY_TEXT}</article>"), url=url)).authors == (
        "Anna Petrosyan",)


@pytest.mark.parametrize("outlet", ["المدينة نيوز", "Almadenah News"])
def test_an_outlet_ending_the_title_is_the_site_even_where_no_tag_names_it(outlet: str) -> None:
    text = html(meta({"author": outlet}), title=f"أميركا: 50 ألفا حصيلة الوفيات - {outlet}",
                body=f"<article><h1>أميركا: 50 ألفا حصيلة الوفيات</h1>{BODY_TEXT}</article>")
    assert authors(page(text, url="https://www.almadenahnews.example/article/1")) == Byline((), (), publisher=True)
    blog = html(meta({"author": "Jan Meyer"}), title="Parken in Paris - Jan Meyer",
                body=f"<article><h1>Parken in Paris</h1>{BODY_TEXT}</article>")
    assert authors(page(blog, url="https://blog.example/parken")).authors == ("Jan Meyer",)  # a blog's author


def test_a_tagged_writer_the_page_never_shows_gives_way_to_its_marked_byline() -> None:
    tagged = {"@type": "NewsArticle", "headline": "Silvia Pinal", "author": {"@type": "Person", "name": "Rocío García"}}
    agency = ('<div class="byline"><span class="by">Por:</span> <a href="/autor/agencia-reforma/">'
              '<span class="author_name">Agencia Reforma</span></a></div>')
    found = authors(page(html(jsonld=tagged, body=f"<article><h1>Silvia Pinal</h1>{agency}{BODY_TEXT}</article>")))
    assert found == Byline((), ("Agencia Reforma",))
    writer = '<div class="byline"><span class="author_name">Graciela Cuevas</span></div>'
    found = authors(page(html(jsonld=tagged, body=f"<article><h1>Silvia Pinal</h1>{writer}{BODY_TEXT}</article>")))
    assert found.authors == ("Graciela Cuevas",)
    shown = writer.replace("Graciela Cuevas", "Rocío García")  # the tagged writer shown: the tag stands
    found = authors(page(html(jsonld=tagged, body=f"<article><h1>Silvia Pinal</h1>{shown}{BODY_TEXT}</article>")))
    assert found.authors == ("Rocío García",)


@pytest.mark.parametrize("text, organisation", [
    ("Ministry of Health and Social Care", "Ministry of Health and Social Care"),
    ("Department for Environment, Food and Rural Affairs", "Department for Environment, Food and Rural Affairs"),
    ("Deutsche Gesellschaft für Ernährung", "Deutsche Gesellschaft für Ernährung"),
    ("Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF",
     "Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF"),
])
def test_a_body_named_for_what_it_does_is_one_organisation(text: str, organisation: str) -> None:
    """Its "and" and its commas join what it is for, no second credit and no person ("Social Care")."""
    assert split_byline(text) == Byline((), (organisation,))


def test_a_body_s_name_beside_its_abbreviation_or_a_writer_stays_apart_from_them() -> None:
    assert split_byline("Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF").organizations == \
        ("Bayerische Landesanstalt für Wald und Forstwirtschaft", "LWF")
    assert split_byline("By Anna Schmidt, Ministry of Health") == Byline(("Anna Schmidt",), ("Ministry of Health",))
    assert split_byline("Anna Schmidt for Reuters") == Byline(("Anna Schmidt",), ("Reuters",))  # a writer: no body
    assert split_byline("Anna Schmidt und Jan Meyer") == Byline(("Anna Schmidt", "Jan Meyer"))


def test_the_publisher_s_name_and_motto_as_json_ld_author_credits_the_publisher_not_its_parts() -> None:
    """"Noticias de El Salvador - La Prensa Gráfica | Informate con la verdad" as both author and publisher: the
    site, and the byline on the page names the writers; a person's name as both stays a writer (a personal blog)."""
    name = "Noticias de El Salvador - La Prensa Gráfica | Informate con la verdad"
    graph = {"@type": "NewsArticle", "headline": "Fiscal", "author": {"@type": "Person", "name": name},
             "publisher": {"@type": "Organization", "name": name}}
    body = '<h1>Fiscal</h1><div class="content-author">Por Laura Jordán / Javier Urbina</div><p>Texto.</p>'
    url = "https://www.laprensagrafica.example/elsalvador/fiscal.html"
    assert _credits(page(html("", body, graph), url)).authors == ("Laura Jordán", "Javier Urbina")
    graph["author"], graph["publisher"] = {"@type": "Person", "name": "Andreas Kalt"}, \
        {"@type": "Person", "name": "Andreas Kalt"}
    blog = '<h1>15 Jahre</h1><p>Text.</p>'  # the writer named in JSON-LD only
    assert _credits(page(html("", blog, graph), "https://rete-mirabile.example/15-jahre/")).authors == ("Andreas Kalt",)


@pytest.mark.parametrize("name, person", [("Mobasir hassan", "Mobasir Hassan"), ("giampiero maggio", "Giampiero Maggio"),
                                          ("marta de la cruz", "Marta de la Cruz")])
def test_a_person_named_in_lower_case_is_a_person(name: str, person: str) -> None:
    assert split_byline(name, person=True) == Byline((person,))


@pytest.mark.parametrize("name", ["staff writer", "john von", "the newsroom team", "admin"])
def test_lower_case_words_of_no_name_are_still_no_person(name: str) -> None:
    assert split_byline(name, person=True).authors == ()


def test_a_lower_case_byline_is_read_as_a_name_only_where_the_source_says_person() -> None:
    assert split_byline("giampiero maggio").authors == ()


def test_a_jsonld_person_written_in_lower_case_is_the_writer() -> None:
    text = html(jsonld={"@type": "BlogPosting", "author": {"@type": "Person", "name": "Mobasir hassan"}})
    assert authors(page(text)).authors == ("Mobasir Hassan",)


@pytest.mark.parametrize("byline, persons", [
    ("Recueilli par Patrick ANGEVIN.", ("Patrick Angevin",)),
    ("Par Jean-Pierre DUPONT et Marie DURAND", ("Jean-Pierre Dupont", "Marie Durand")),
    ("Charles de GAULLE", ("Charles de Gaulle",)),
])
def test_a_surname_written_in_capitals_is_a_name(byline: str, persons: tuple[str, ...]) -> None:
    assert split_byline(byline).authors == persons


@pytest.mark.parametrize("byline", ["ACLU Speech", "Do UOL", "Redaktion ZDF"])
def test_an_acronym_after_a_word_that_opens_no_name_is_still_no_person(byline: str) -> None:
    assert split_byline(byline).authors == ()


@pytest.mark.parametrize(("name", "expected"), [
    ("佐藤 花子", ("佐藤 花子",)), ("佐藤\u3000花子", ("佐藤 花子",)), ("王敬照", ("王敬照",)),
    ("ジョン・スミス", ("ジョン・スミス",)),
    ("日本経済新聞社編集局", ()),  # longer than a name: a desk
    ("政治部", ()), ("記者", ()),  # a desk or a title, no one's name
])
def test_a_cjk_jsonld_person_is_read_by_its_script(name: str, expected: tuple[str, ...]) -> None:
    jsonld = {"@type": "NewsArticle", "author": {"@type": "Person", "name": name}}
    assert authors(page(html(jsonld=jsonld))).authors == expected


def test_a_japanese_desk_before_its_writer_and_a_japanese_agency_credit() -> None:
    text = "。".join(["政府は5日、臨時閣議を開き、補正予算案を決定した"] * 6) + "。"
    desk = f"<article><h1>補正予算案が衆院通過</h1><div class=\"byline\">政治部　山田太郎</div><p>{text}</p></article>"
    assert authors(page(html(body=desk))).authors == ("山田太郎",)
    signed = f"<article><h1>米ロ首脳が会談</h1><p>{text}（共同）</p></article>"
    assert authors(page(html(body=signed))).organizations == ("共同",)
    dated = f"<article><h1>米ロ首脳が会談</h1><p>【ワシントン時事】{text}</p><p>{text}</p></article>"
    assert authors(page(html(body=dated))).organizations == ("時事",)
    plain = f"<article><h1>米ロ首脳が会談</h1><p>【ワシントン】{text}</p></article>"  # no agency in the dateline
    assert authors(page(html(body=plain))).organizations == ()


def test_joomla_s_created_by_line_is_a_byline() -> None:
    info = ('<dl class="article-info"><dd class="published">Publicado: Jueves, 21 Abril 2022 04:45</dd>'
            '<dd class="createdby">Escrito por Jose Pablo Segura Vargas</dd></dl>')
    body = "<div class='item-page'><h2>Alajuelense se distancia</h2>" + info + LAST + "</div>"
    assert authors(page(html(body=body))).authors == ("Jose Pablo Segura Vargas",)


def test_a_note_on_the_writer_in_italics_closing_the_text_names_the_writer() -> None:
    note = ('<p style="text-align: center"><em>Candice Sealey is the Founder &amp; Principal Consultant at Ignite! '
            "a Full-service Marketing &amp; PR Consultancy.</em></p>")
    body = "<article><h1>Make your social media shine</h1>" + LAST + note + "</article>"
    assert authors(page(html(body=body))).authors == ("Candice Sealey",)
    quoted = "<article><h1>Make your social media shine</h1>" + note + LAST + "</article>"
    assert authors(page(html(body=quoted))).authors == ()  # not under the text


def test_hidden_parts_and_links_to_act_on_are_no_part_of_the_byline() -> None:
    byline = ('<div class="byline">By <span class="author">Rajeev Dhir | NJ Advance Media for NJ.com</span> '
              '<span style="display:none; visibility:hidden;">The Star-Ledger</span> <br>'
              '<a id="email_author" onclick="emailAuthor()">Email the author</a> | <a href="/t">Follow on Twitter</a></div>')
    on_site = page(html(body="<article><h1>ATM skimming</h1>" + byline + LAST + "</article>"),
                   url="https://www.nj.com/news/index.ssf/2016/12/story.html")
    found = authors(on_site, site_names(on_site))
    assert found.authors == ("Rajeev Dhir",) and found.organizations == ()
    elsewhere = page(html(body="<article><h1>ATM skimming</h1>" + byline + LAST + "</article>"),
                     url="https://www.example.com/news/story.html")
    assert authors(elsewhere, site_names(elsewhere)).organizations == ("NJ Advance Media for NJ.com",)  # another site's


def test_a_picture_s_author_in_its_microdata_is_no_writer() -> None:
    picture = ('<div itemprop="image" itemscope itemtype="http://schema.org/ImageObject">'
               '<meta itemprop="author" value="Brian Brainerd | The Denver Post | Getty Images"></div>')
    found = authors(page(html(body="<article><h1>Coal loses steam</h1>" + picture + LAST + "</article>")))
    assert found.authors == () and found.organizations == ()
    written = '<meta itemprop="author" value="Tom DiChristopher">'
    assert authors(page(html(body="<article><h1>Coal loses steam</h1>" + written + LAST + "</article>"))).authors \
        == ("Tom DiChristopher",)


def test_a_marked_byline_s_one_chinese_name_beside_its_date_is_the_writer() -> None:
    byline = ('<div class="author"><span class="name">谢若含</span><span class="date">2017-03-01 14:27:02</span>'
              "</div>")
    text = "<p>" + "这个约会软件想用你和对方的相似好恶来帮你找对象。" * 4 + "</p>"
    assert authors(page(html(body="<article><h2>约会软件</h2>" + byline + text + "</article>"))).authors == ("谢若含",)
    section = byline.replace('<span class="date">2017-03-01 14:27:02</span>', "<span>智能</span>")
    assert authors(page(html(body="<article><h2>约会软件</h2>" + section + text + "</article>"))).authors == ()
    handle = byline.replace("谢若含", "아츠손")  # Hangul beside a date: as often a user's handle as a name
    assert authors(page(html(body="<article><h2>约会软件</h2>" + handle + text + "</article>"))).authors == ()


@pytest.mark.parametrize("name", ["Der Spendenteddy", "der Michel", "Die Gärtnerin"])
def test_a_pen_name_of_an_article_and_a_word_is_a_person_where_the_source_says_person(name: str) -> None:
    assert split_byline(name, person=True) == Byline((name,))
    assert split_byline(name).authors == ()  # in a plain byline "Der …" opens a paper's or a body's name


@pytest.mark.parametrize("name", ["Die Redaktion", "Das Team", "Der Standard Redaktion", "Die Zeit"])
def test_a_desk_or_the_sites_own_paper_typed_person_is_still_no_person(name: str) -> None:
    assert split_byline(name, sites=("ZEIT ONLINE", "Die Zeit"), person=True).authors == ()


def test_a_pen_name_in_a_jsonld_person_and_a_linked_von_byline_is_the_writer() -> None:
    person = {"@type": "Person", "name": "Der Spendenteddy", "url": "https://publikum.example/author/der-spendenteddy/"}
    byline = ('<div class="post-meta"><a href="/author/der-spendenteddy/" class="author"><span>Von </span> '
              'Der Spendenteddy</a></div>')
    text = html(jsonld={"@type": "Article", "author": person}, body=f"<article><h1>Japan</h1>{byline}{BODY_TEXT}</article>")
    found = authors(page(text, url="https://publikum.example/japan/"))
    assert found == Byline(("Der Spendenteddy",))


def test_a_linked_name_under_the_headline_is_read_without_its_von() -> None:
    item = '<li><a href="/author/modejournalistin/"><span>Von </span> Kathrin Bierling</a></li><li>21.05.2019</li>'
    header = f'<div class="post"><h1>Nie ohne meinen Duschkopf</h1><div class="meta"><ul>{item}</ul></div>'
    assert authors(page(html(body=f"{header}{BODY_TEXT}</div>"))).authors == ("Kathrin Bierling",)
    paper = header.replace("Kathrin Bierling", "Der Tagesspiegel")  # "Von Der Tagesspiegel" names no person
    assert authors(page(html(body=f"{paper}{BODY_TEXT}</div>"))).authors == ()


def test_the_pen_name_in_a_blogger_post_authors_hcard_is_the_writer() -> None:
    footer = ("<div class='post-footer'><span class='post-author vcard'> Eingestellt von <span class='fn'>der Michel"
              "</span></span> <span class='post-timestamp'> um 21:11</span></div>")
    comment = "<div class='comment-author vcard'><span class='fn'>der Leser</span></div>"
    found = authors(page(html(body=f"<div class='post'><h3>Tach auch!</h3>{BODY_TEXT}{footer}</div>{comment}")))
    assert found == Byline(("der Michel",))


def test_an_agency_in_a_credit_line_right_under_the_headline_credits_the_story() -> None:
    header = ('<header><hgroup><h3>National</h3><h1>Losing face: 6,000 surgical masks stolen</h1></hgroup>'
              '<p class="credit">JIJI</p></header>')
    assert authors(page(html(body=f"<article>{header}{BODY_TEXT}</article>"))).organizations == ("JIJI",)
    # the same credit under a picture credits the picture
    pictured = '<div class="photo"><img src="m.jpg"><p class="credit">JIJI</p></div>'
    assert authors(page(html(body=f"<article><h1>Masks stolen</h1>{BODY_TEXT}{pictured}</article>"))).organizations == ()
    beside = header.replace('<p class="credit">JIJI</p>', '<p class="credit"><img src="m.jpg">JIJI</p>')
    assert authors(page(html(body=f"<article>{beside}{BODY_TEXT}</article>"))).organizations == ()


def test_a_section_link_in_the_byline_names_no_credit() -> None:
    meta_line = ('<div class="meta"><a class="categoria_link" href="https://noticias.example/category/el-mundo/">El Mundo'
                 '</a> <a class="categoria_link" href="https://noticias.example/category/politica/">Política</a> | '
                 'octubre 7, 2020 | 7:09 am | <a href="https://noticias.example/author/agenciaefe/" rel="author">'
                 'Agencia Efe</a>. </div>')
    found = authors(page(html(body=f"<article><h1>Borrell</h1>{meta_line}{BODY_TEXT}</article>")))
    assert found.organizations == ("Agencia Efe",)
    unlinked = meta_line.replace('href="https://noticias.example/category/el-mundo/"', 'href="/el-mundo/"')
    assert "El Mundo" in authors(page(html(body=f"<article><h1>Borrell</h1>{unlinked}{BODY_TEXT}</article>"))).organizations


@pytest.mark.parametrize("line, expected", [
    ('<div class="entry-meta">Posted on May 3, 2020 by John Smith in News</div>', ("John Smith",)),
    ('<div id="meta"><p>Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN <a href="/c/f/">Fashion</a></p></div>',
     ("Sina Giebel",)),
    ('<p class="meta">14. Juni 2019 von Berlin nach Hamburg</p>', ()),  # a sentence, no writer
    ('<p class="meta">14. Juni 2019 | von Redaktion</p>', ()),  # the site's desk
    ("<p>Posted on May 3, 2020 by John Smith in News</p>", ()),  # no date line: a paragraph of the text
    ('<div class="news-single-timedata">05.02.2020 <span>- Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</span></div>',
     ("Eberhard Fuhr",)),  # a label, the name in a part of the line, a role after it
    ('<div class="post-date">12.03.2021 | Autorin: Anna Schmidt</div>', ("Anna Schmidt",)),
])
def test_the_writer_after_the_date_in_a_date_line(line: str, expected: tuple[str, ...]) -> None:
    body = f"<article><h1>Ear Candy</h1>{line}<p>Text of the post, long enough.</p></article>"
    assert authors(page(html(body=body))).authors == expected


@pytest.mark.parametrize("line, persons", [
    ("Ein Interview von Eugen Zentner mit Sonja Silberhorn.", ("Eugen Zentner",)),  # who was interviewed: no writer
    ("Interview by Anna Schmidt with the mayor", ("Anna Schmidt",)),
    ("Das Interview führte Anna Schmidt.", ("Anna Schmidt",)),
    ("Von Anna Schmidt mit Jan Meyer", ("Anna Schmidt", "Jan Meyer")),  # no interview: "mit" joins writers
])
def test_an_interview_credits_its_interviewer(line: str, persons: tuple[str, ...]) -> None:
    assert split_byline(line).authors == persons


def test_an_interview_line_in_the_text_outweighs_a_posting_account_the_page_never_shows() -> None:
    head = meta({"author": "Paul Soldan"})
    jsonld = {"@type": "Article", "author": {"@type": "Person", "name": "Paul Soldan"}}
    body = ("<article><h1>Interview mit Schriftstellerin Sonja Silberhorn</h1><p><strong>„Es gibt mehr Leser.“</strong></p>"
            "<p><em>Ein Interview von <strong>Eugen Zentner</strong> mit <strong>Sonja Silberhorn</strong>.</em></p>"
            + BODY_TEXT + "</article>")
    assert authors(page(html(head, body=body, jsonld=jsonld))).authors == ("Eugen Zentner",)


def test_a_pulled_quote_s_speaker_is_no_byline() -> None:
    pulled = ('<div class="pull-quote"><blockquote>I totally agree with my wife.</blockquote>'
              '<div class="pull-quote__author"><span class="author">Boris Kingma</span></div></div>')
    body = "<article><h1>Why your office is too cold</h1>" + LAST + pulled + LAST + "</article>"
    assert authors(page(html(body=body))).authors == ()
    quoted = "<blockquote><p>We did it.</p><cite class='author'>Anna Schmidt</cite></blockquote>"
    assert authors(page(html(body=body.replace(pulled, quoted)))).authors == ()
    byline = "<article><h1>Why your office is too cold</h1><p class='author'>Wendy Koch</p>" + LAST + pulled + "</article>"
    assert authors(page(html(body=byline))).authors == ("Wendy Koch",)


@pytest.mark.parametrize("line, persons", [
    ("On Twitter: Follow <a href='https://twitter.com/wendykoch'>Wendy Koch</a> and get more energy coverage at NatGeo.",
     ("Wendy Koch",)),
    ("Follow Jane Doe on Twitter: @janedoe", ("Jane Doe",)),
    ("Follow us on Twitter for more stories.", ()),  # the site's account, no writer
    ("Follow The Ledger on Facebook", ()),
])
def test_a_writer_s_account_commended_under_the_text_credits_them(line: str, persons: tuple[str, ...]) -> None:
    body = "<article><h1>Why your office is too cold</h1>" + LAST + f"<p><i>{line}</i></p></article>"
    assert authors(page(html(body=body))).authors == persons


def test_a_note_on_the_writer_under_the_text_signs_it_where_each_paragraph_has_a_box_of_its_own() -> None:
    boxed = "".join(f"<div class='parbase text'><p>{'Girls are steered toward toys that teach caring. ' * 3}</p></div>"
                    for _ in range(3))
    note = ("<div class='parbase text'><p><i>Natasha Daly is an assistant editor at National Geographic. Follow her on "
            "<a href='https://twitter.com/natashaldaly'>Twitter</a>.</i></p></div>")
    body = f"<article><h1>How toys may be harming your daughter</h1>{boxed}{note}</article>"
    assert authors(page(html(body=body))).authors == ("Natasha Daly",)
    opening = f"<article><h1>How toys may be harming your daughter</h1>{note}{boxed}</article>"
    assert authors(page(html(body=opening))).authors == ()  # above the text: no signature


@pytest.mark.parametrize("lines, persons", [
    ("Anchor: Wednesday is forecast to be even colder.<br/> Max Lee has more.<br/><br/> Report: People wore layers.",
     ("Max Lee",)),
    ("Host: The vote is tonight.<br/>NPR's Jane Doe reports.<br/>", ("Jane Doe",)),
    ("The committee has more.<br/>", ()),  # no person's name
    ("Max Lee has more.<br/>Anna Schmidt reports.<br/>", ()),  # two reporters: no one script's
])
def test_a_broadcast_script_s_hand_over_names_its_reporter(lines: str, persons: tuple[str, ...]) -> None:
    body = f"<article><h1>Colder temperatures forecast</h1><div>{lines}</div>{LAST}</article>"
    assert authors(page(html(body=body))).authors == persons
