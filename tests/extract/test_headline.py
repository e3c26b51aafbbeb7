"""Headline rules: site names stripped at a separator, candidates chosen by agreement, the raw title kept apart."""

from __future__ import annotations

import pytest

from pipeline.extract import ExtractionError, extract_html
from pipeline.extract.headline import agree, candidates, choose, headline, headline_sites, page_title, site_names, strip_site
from tests.extract.pages import html, meta, page


@pytest.mark.parametrize("title, sites, expected", [
    ("Stadtwerke bauen Fernwärme aus - Münchner Bote", ["Münchner Bote"], "Stadtwerke bauen Fernwärme aus"),
    ("Rates held again | CBC News", ["CBC News"], "Rates held again"),
    ("Vláda schválila rozpočet - Seznam Zprávy", ["Seznam Zprávy"], "Vláda schválila rozpočet"),
    ("Le Monde :: La réforme passe", ["Le Monde"], "La réforme passe"),
    ("Budget – Politik – SPIEGEL", ["spiegel"], "Budget – Politik"),
    ("Rates held again — The Ledger", ["Ledger"], "Rates held again"),
    ("Brexit: what happens next", ["Ledger"], "Brexit: what happens next"),  # no site name: kept whole
    ("Rates held again - National", ["Global News"], "Rates held again - National"),
])
def test_site_names_are_stripped_at_the_ends(title: str, sites: list[str], expected: str) -> None:
    assert strip_site(title, sites) == expected


def test_a_site_name_prefix_is_stripped_at_a_colon_too_a_kicker_is_not() -> None:
    assert strip_site("Ledger: the budget passes", ["Ledger"]) == "the budget passes"
    assert strip_site("Brexit: what happens next", ["Ledger"]) == "Brexit: what happens next"
    assert strip_site("Ledger | the budget passes", ["Ledger"]) == "the budget passes"


@pytest.mark.parametrize("a, b, same", [
    ("Rates held again", "rates held again.", True),
    ("„Wir bleiben“ – sagt sie", '"Wir bleiben" - sagt sie', True),
    ("Rates held again", "Rates held again - National", True),
    ("Rates held again", "World | Rates held again", True),
    ("Rates held again", "Rates held again and again", False),
    ("Rates", "Rates - National", False),  # one word is too little to count as agreement
])
def test_agreement_is_normalised_and_allows_a_separated_tail(a: str, b: str, same: bool) -> None:
    assert agree(a, b) is same


def test_site_names_come_from_og_jsonld_application_name_publisher_and_host() -> None:
    p = page(html(meta({"og:site_name": "Münchner Bote", "application-name": "MB App", "publisher": "Bote GmbH"}),
                  jsonld={"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Bote Verlag"}}),
             url="https://www.merkur-online.de/x")
    assert site_names(p) == ["Münchner Bote", "MB App", "Bote GmbH", "Bote Verlag", "merkur-online",
                             "merkur-online.de"]


def test_the_page_title_with_a_suffix_loses_to_agreeing_headlines() -> None:
    text = html(meta({"og:title": "Rates held again"}), body="<article><h1>Rates held again</h1></article>",
                title="Rates held again - National")
    assert headline(page(text, url="https://globalnews.ca/news/1")) == "Rates held again"
    assert page_title(page(text)) == "Rates held again - National"


def test_an_seo_title_outvoted_by_the_visible_and_structured_headline() -> None:
    text = html(meta({"og:title": "Budget 2026: everything you need to know"}),
                body="<article><h1>Opposition rejects draft budget</h1></article>",
                jsonld={"@context": "https://schema.org", "@graph": [
                    {"@type": "WebPage", "name": "Budget"},
                    {"@type": ["NewsArticle"], "headline": "Opposition rejects draft budget"}]},
                title="Budget 2026: everything you need to know | Ledger")
    assert headline(page(text)) == "Opposition rejects draft budget"


def test_jsonld_in_a_list_counts_and_the_title_is_stripped_of_the_og_site_name() -> None:
    text = html(meta({"og:site_name": "Seznam Zprávy"}), jsonld=[{"@type": "ReportageNewsArticle",
                                                              "headline": "Vláda schválila rozpočet"}],
                title="Vláda schválila rozpočet - Seznam Zprávy")
    found = candidates(page(text))
    assert [c.source for c in found] == ["jsonld", "title"]
    assert headline(page(text)) == "Vláda schválila rozpočet"


def test_an_h1_marked_as_the_alternative_headline_yields_to_the_marked_headline() -> None:
    body = ('<article><h1 itemprop="alternativeHeadline">Millennial Decorating Mistakes</h1>'
            '<h2 itemprop="headline">The 5 Biggest Decorating Mistakes Millennials Make</h2></article>')
    assert headline(page(html(body=body, title="Millennial Decorating Mistakes | Example"))) == (
        "The 5 Biggest Decorating Mistakes Millennials Make")


def test_an_h1_ending_in_a_colon_is_a_label_not_the_headline() -> None:
    head = meta({"og:title": "Why Slack says hummus", "twitter:title": "Why Slack says hummus"})
    text = html(head, body="<h1>The Schmooze:</h1><h2>Why Slack says hummus</h2>",
                title="Why Does Slack Say Hummus? - The Schmooze - Forward.com")
    assert headline(page(text, url="https://forward.com/schmooze/1/")) == "Why Slack says hummus"
    kicked = html(head, body="<h1>The Schmooze: Why Slack says hummus</h1>")  # a kicker inside the heading stays
    assert headline(page(kicked, url="https://forward.com/schmooze/1/")) != "The Schmooze:"


def test_the_article_h1_wins_over_a_logo_h1_in_the_header() -> None:
    text = html(body="<header><h1>The Ledger</h1></header><main><h1>Tram line approved</h1></main>",
                title="Tram line approved - The Ledger")
    assert [c.text for c in candidates(page(text)) if c.source == "h1"] == ["Tram line approved"]
    assert headline(page(text)) == "Tram line approved"


def test_an_unknown_suffix_is_dropped_when_another_candidate_lacks_it() -> None:
    found = [*candidates(page(html(meta({"og:title": "Bridge reopens after repairs"}),
                                    title="Bridge reopens after repairs - Daily Fixture")))]
    assert choose(found, []) == "Bridge reopens after repairs"


def test_only_a_title_is_used_stripped() -> None:
    assert headline(page(html(title="Bridge reopens | Example"), url="https://example.org/a")) == "Bridge reopens"
    assert headline(page(html())) is None


def test_a_kicker_span_in_the_h1_is_spaced_and_agrees_with_the_punctuated_headline() -> None:
    text = html(body="<article><h1><span>Energie</span><span>Stadtwerke bauen aus</span></h1></article>",
                jsonld={"@type": "NewsArticle", "headline": "Energie: Stadtwerke bauen aus"})
    found = candidates(page(text))
    assert [c.text for c in found if c.source == "h1"] == ["Energie Stadtwerke bauen aus"]
    assert agree(found[0].text, found[1].text)


def test_a_web_page_with_article_fields_stands_in_for_a_missing_article_object() -> None:
    text = html(jsonld={"@type": "WebPage", "headline": "Tram line approved"}, title="Tram | Other")
    assert [c.source for c in candidates(page(text))][0] == "jsonld"


def test_site_names_match_across_umlaut_spellings_and_jsonld_entities_are_decoded() -> None:
    assert strip_site("Neue Regeln für Mieter - Süddeutsche Zeitung", ["sueddeutsche"]) == "Neue Regeln für Mieter"
    text = html(jsonld={"@type": "NewsArticle", "headline": "&quot;Wir bleiben&quot; &amp; mehr"})
    assert [c.text for c in candidates(page(text))] == ['"Wir bleiben" & mehr']


def test_soft_hyphens_are_dropped_and_the_head_title_is_the_page_title() -> None:
    text = html(body="<svg><title>Logo</title></svg><article><h1>Fern\u00adwärme\u200b für alle</h1></article>",
                title="Fernwärme für alle - Bote")
    assert page_title(page(text)) == "Fernwärme für alle - Bote"
    assert [c.text for c in candidates(page(text)) if c.source == "h1"] == ["Fernwärme für alle"]


def test_the_jsonld_article_of_this_page_comes_before_related_ones() -> None:
    text = html(jsonld=[{"@type": "NewsArticle", "headline": "Related story", "url": "https://example.org/other"},
                        {"@type": "NewsArticle", "headline": "This story", "mainEntityOfPage": {
                            "@id": "https://www.example.org/this/"}}])
    assert page(text, url="https://example.org/this").articles()[0]["headline"] == "This story"
    assert page(text, url=None).articles()[0]["headline"] == "Related story"


def test_a_candidate_that_is_just_the_site_name_is_no_headline() -> None:
    text = html(meta({"og:title": "Beispiel Zeitung", "og:site_name": "Beispiel Zeitung"}),
                body="<main><h1>Beispiel Zeitung</h1></main>", title="Koalition einigt sich | Beispiel Zeitung")
    assert headline(page(text)) == "Koalition einigt sich"


def test_a_logo_h1_is_passed_over_for_the_h1_the_title_agrees_with() -> None:
    text = html(body="<div id='top'><h1>L'Alsacienne du matin</h1></div><div><h1>Les eurodéputés adoptent la "
                     "directive</h1></div>",
                title="Strasbourg : les eurodéputés adoptent la directive - L'Alsacienne du matin")
    assert headline(page(text, url="https://www.lalsaciennedumatin.fr/a")) == "Les eurodéputés adoptent la directive"


def test_site_names_with_letters_unicode_does_not_decompose() -> None:
    assert strip_site("Wiadomości Wrocław - Nowy wał na Odrze", ["wiadomosciwroclaw"]) == "Nowy wał na Odrze"


def test_a_section_h1_gives_way_to_the_h2_that_agrees_with_the_title() -> None:
    body = "<h1>Allergies Health Center</h1><h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>"
    assert headline(page(html(body=body, title="Babies Who Eat Peanuts Early May Avoid Allergy"))) == (
        "Babies Who Eat Peanuts Early May Avoid Allergy")


def test_what_the_title_adds_to_og_title_is_the_site_name() -> None:
    text = html(head=meta({"og:title": "Open Verilog flow for GreenPak4 devices"}),
                body="<h1>Silicon Exposed</h1>", title="Silicon Exposed: Open Verilog flow for GreenPak4 devices")
    assert headline(page(text)) == "Open Verilog flow for GreenPak4 devices"


def test_a_headline_long_application_name_is_not_a_site_name() -> None:
    title = "Nintendo's first iPhone game will launch in December for $10"
    text = html(head=meta({"og:title": title, "application-name": title}),
                body=f"<h1>msn back to msn home news</h1><article><h1>{title}</h1></article>", title=title)
    assert headline(page(text)) == title


def test_a_bracketed_source_after_the_headline_is_not_part_of_it() -> None:
    text = html(head=meta({"og:title": "Trend Micro launches a Wi-Fi app (CNET Japan) - Yahoo News",
                           "og:site_name": "Yahoo News"}),
                body="<h1>Trend Micro launches a Wi-Fi app</h1>",
                title="Trend Micro launches a Wi-Fi app (CNET Japan) - Yahoo News")
    assert headline(page(text)) == "Trend Micro launches a Wi-Fi app"


def test_a_full_width_colon_cuts_the_site_name() -> None:
    assert strip_site("首脳会談の成否 ：東京経済新聞", ["東京経済新聞"]) == "首脳会談の成否"


@pytest.mark.parametrize("second", ['<a href="/">Isla Hoy Mallorca</a>', "<br/><span>Senior editor Mei Chen</span>"])
def test_the_headline_part_of_an_h1_that_also_holds_a_logo_link_or_the_writer(second: str) -> None:
    text = html(meta({"twitter:title": "Council approves the new harbour plan"}),
                body=f"<div><h1><span>Council approves the new harbour plan</span>{second}</h1></div>",
                title="Council approves the new harbour plan » Local » Isla Hoy Mallorca")
    assert headline(page(text, url="https://www.islahoy.es/a")) == "Council approves the new harbour plan"


def test_a_visible_h1_that_reads_on_from_the_shortened_tags_is_the_headline() -> None:
    text = html(meta({"og:title": "Exhausted F1 star Lewis Hamilton crashes car - CNN.com", "og:site_name": "CNN"}),
                "<article><h1>Exhausted F1 star Lewis Hamilton crashes car after 'heavy partying'</h1></article>",
                title="Exhausted F1 star Lewis Hamilton crashes car - CNN.com")
    assert headline(page(text, "https://edition.cnn.com/a")) == \
        "Exhausted F1 star Lewis Hamilton crashes car after 'heavy partying'"
    tail = html(meta({"og:title": "Rates held again by the central bank"}),
                "<article><h1>Rates held again by the central bank (Video)</h1></article>")
    assert headline(page(tail)) == "Rates held again by the central bank"


def test_what_the_title_adds_is_part_of_the_headline_when_the_h1_shows_it_too() -> None:
    text = html(meta({"og:title": "How We Are Controlling The Future Of TV Scheduling"}),
                "<article><h1>Changing Channels: How We Are Controlling The Future Of TV Scheduling</h1></article>",
                title="Changing Channels: How We Are Controlling The Future Of TV Scheduling")
    assert headline(page(text)) == "Changing Channels: How We Are Controlling The Future Of TV Scheduling"


def test_a_title_that_is_the_site_s_domain_gives_way_to_the_article_s_heading() -> None:
    text = html(body='<main><div class="posttitle"><h2>Der neue Trend: Muss- statt Wunschkoalition</h2></div>'
                     '<p>Text</p></main>', title="carta.info")
    assert headline(page(text, "http://carta.info/der-neue-trend/")) == "Der neue Trend: Muss- statt Wunschkoalition"


def test_a_kicker_set_apart_in_the_heading_is_not_part_of_the_headline() -> None:
    kicker = html(meta({"og:title": "Flixbus attackiert Deutsche Bahn"}),
                  '<nav><ol><li><h1 itemprop="headline">Deutschlandtakt: Flixbus attackiert Deutsche Bahn</h1></li></ol>'
                  '</nav><article><h2><strong>Deutschlandtakt</strong> Flixbus attackiert Deutsche Bahn</h2></article>',
                  title="Deutschlandtakt: Flixbus attackiert Deutsche Bahn - Wirtschaft - SZ")
    assert headline(page(kicker)) == "Flixbus attackiert Deutsche Bahn"
    one_text = html(meta({"og:title": "Flixbus attackiert Deutsche Bahn"}),
                    "<article><h1>Deutschlandtakt: Flixbus attackiert Deutsche Bahn</h1></article>")
    assert headline(page(one_text)) == "Deutschlandtakt: Flixbus attackiert Deutsche Bahn"


def test_a_site_name_after_a_guillemet_separator_is_cut() -> None:
    title = "Wie Freenet Kunden gewinnen will › Meedia"
    text = html(meta({"og:title": title}), title=title)
    assert headline(page(text, "https://meedia.de/2019/01/01/freenet/")) == "Wie Freenet Kunden gewinnen will"


def test_a_bare_bar_after_the_site_name_and_ruby_readings_in_the_h1() -> None:
    title = "NEWS WEB EASY|子どもへの体罰を禁止する法律ができる"
    h1 = "<h1><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を禁止する法律ができる</h1>"
    text = html(meta({"og:title": title, "og:site_name": "NEWS WEB EASY"}), title=title, body=f"<article>{h1}</article>")
    assert headline(page(text, "https://www3.nhk.or.jp/news/easy/k100.html")) == "子どもへの体罰を禁止する法律ができる"


def test_a_blog_name_in_the_h1_over_the_post_is_the_site_and_the_post_title_the_headline() -> None:
    title = "鉄山～弥山～八経ヶ岳 オオヤマレンゲ咲いてます （7/2） - 適当でええねん！！"
    text = html(meta({"og:title": title, "og:site_name": title}), title=title,
                body="<h1>適当でええねん！！</h1><h3>鉄山～弥山～八経ヶ岳 オオヤマレンゲ咲いてます （7/2）</h3><p>本文</p>")
    post = "鉄山～弥山～八経ヶ岳 オオヤマレンゲ咲いてます （7/2）"
    assert headline(page(text, url="https://blog.example.jp/x/e/1")) == post
    # the same <title> where no lower heading shows the post's title: the <h1> is not taken for the blog's name
    alone = html(title="Kabinett beschließt Etat - Nachrichten aus Berlin", body="<h1>Nachrichten aus Berlin</h1>")
    assert "Nachrichten aus Berlin" not in headline_sites(page(alone))


def test_the_title_part_the_description_repeats_is_the_headline() -> None:
    text = html(meta({"description": "Eintracht Frankfurt stellt Weichen für die Zukunft"}),
                title="EFC Bayrische Bembel - Eintracht Frankfurt stellt Weichen für die Zukunft - Eintracht Presse "
                      "- News")
    assert headline(page(text, url="http://bayrische-bembel.example/a")) == \
        "Eintracht Frankfurt stellt Weichen für die Zukunft"
    undescribed = html(title="EFC Bayrische Bembel - Eintracht Frankfurt stellt Weichen für die Zukunft - News")
    assert headline(page(undescribed, url="http://bayrische-bembel.example/a")) != \
        "Eintracht Frankfurt stellt Weichen für die Zukunft"


def test_one_seo_title_copied_into_every_tag_gives_way_to_the_h1() -> None:
    seo = "Firmenwagen: Leasen oder Finanzieren? Was lohnt sich?"
    tags = meta({"og:title": seo, "twitter:title": seo})
    text = html(tags, title=seo, body="<article><h1>Firmenwagen: Leasing oder Finanzierung?</h1><p>Text</p></article>")
    assert headline(page(text, url="https://fincompare.example/firmenwagen")) == "Firmenwagen: Leasing oder Finanzierung?"
    # the same title with the site's name after it in <title> is still that one field
    named = html(meta({"og:title": seo, "og:site_name": "Fincompare"}), title=seo + " - Fincompare",
                 body="<article><h1>Firmenwagen: Leasing oder Finanzierung?</h1></article>")
    assert headline(page(named, url="https://fincompare.example/firmenwagen")) == "Firmenwagen: Leasing oder Finanzierung?"
    # tags agreeing in different words (a section's name after one of them: not one copied field) outweigh the <h1>
    plain = "Firmenwagen: Leasen oder Finanzieren, was lohnt sich"
    told = html(meta({"og:title": plain + " | Ratgeber"}), jsonld={"@type": "NewsArticle", "headline": plain},
                title=plain + " - Fincompare", body="<article><h1>Firmenwagen: Leasing oder Finanzierung?</h1></article>")
    assert headline(page(told, url="https://fincompare.example/firmenwagen")) == plain
    # a one-word <h1> no tag agrees with is a place or a section, not the headline
    place = html(tags, title=seo, body="<article><h1>Bangkok</h1><p>Text</p></article>")
    assert headline(page(place, url="https://farang.example/a")) == seo


def test_a_kicker_or_subline_the_h1_marks_as_one_is_not_the_headline() -> None:
    quoted = "„Wir dekorieren auf der Titanic die Liegestühle um“"
    tags = meta({"og:title": f"Die Zukunft der Arbeit - {quoted}"})
    text = html(tags, title=f"Die Zukunft der Arbeit - {quoted}",
                body=f'<article><h1><span class="overline">Die Zukunft der Arbeit</span>{quoted}</h1></article>')
    assert headline(page(text, url="https://www.deutschlandfunk.example/a")) == quoted
    sub = html(meta({"og:title": "Schneesport mit Rücksicht auf Wildtiere"}),
               body='<article><h1 class="m-stage__headline">Schneesport mit Rücksicht auf Wildtiere <span '
                    'class="m-stage__subline">Verhaltenstipps für den Schneesport</span></h1></article>')
    assert headline(page(sub, url="https://www.sac.example/a")) == "Schneesport mit Rücksicht auf Wildtiere"


@pytest.mark.parametrize("kicker", ["catchline catchline--regular", "article_surtitre", "articulo-antetitulo",
                                    "nota-volanta", "occhiello", "title pre-title"])
def test_a_kicker_in_the_heading_marked_as_the_headline_is_not_the_headline(kicker: str) -> None:
    tags = meta({"og:title": "Israel/Palästina: Ein Krieg der Karten – die historischen Hintergründe"})
    body = (f'<h2 class="headline__title"><div class="{kicker}"><span>Israel und Palästina</span></div> '
            '<span>Ein Krieg der Karten – wir erklären die historischen Hintergründe</span></h2><p>Text</p>')
    text = html(tags, title="Israel/Palästina: Ein Krieg der Karten – die historischen Hintergründe", body=body)
    assert headline(page(text, url="https://www.zeitung.example/a")) == \
        "Ein Krieg der Karten – wir erklären die historischen Hintergründe"


def test_a_blog_title_with_its_motto_after_the_blogs_name() -> None:
    title = "Das schwulste Musikvideo der Welt : Krimiblog-Archiv | Ermittlungen zum Verfall | Gegründet 2005"
    text = html(title=title, body="<h1>Krimiblog-Archiv</h1><h3>Das schwulste Musikvideo der Welt</h3><p>Text</p>")
    assert headline(page(text, url="http://archiv.krimiblog.example/?p=2895")) == "Das schwulste Musikvideo der Welt"
    assert strip_site("Rates held again | The Ledger | Since 1901", ["The Ledger"]) == "Rates held again"


def test_a_kicker_set_apart_by_a_hidden_separator_is_not_the_headline() -> None:
    kicked = "Pflaster-Desaster: Gladbacher Fußgängerzone in schlechtem Zustand"
    body = ('<article><header><h2 class="dm_article_headline"><strong>Pflaster-Desaster</strong><span '
            'class="hiddenElement">:</span> Gladbacher Fußgängerzone in schlechtem Zustand</h2></header></article>')
    text = html(meta({"og:title": kicked}), title="Bergisch Gladbach: die Stadt verklagt die Baufirma", body=body)
    assert headline(page(text, url="https://www.rundschau.example/a")) == "Gladbacher Fußgängerzone in schlechtem Zustand"
    # the same separator shown: the heading is one line, kept whole and read without a space before the colon
    shown = body.replace(' class="hiddenElement"', "")
    assert headline(page(html(meta({"og:title": kicked}), body=shown), url="https://www.rundschau.example/a")) == kicked


@pytest.mark.parametrize("title, sites, expected", [
    ('VDA-Chefin Müller: "Das Autohaus ist alternativlos" | autohaus.de', ["autohaus.de", "autohaus"],
     'VDA-Chefin Müller: "Das Autohaus ist alternativlos"'),  # the site's word inside a quotation
    ("Best of Houzz 2022: Das sind die beliebtesten Projekte auf Houzz", ["houzz"],
     "Best of Houzz 2022: Das sind die beliebtesten Projekte auf Houzz"),  # an award named after the site
    ("EFC Bayrische Bembel Regensburg - Eintracht stellt Weichen", ["bayrische-bembel"], "Eintracht stellt Weichen"),
])
def test_a_part_holding_the_sites_name_inside_other_words_is_no_site_name(title: str, sites: list[str],
                                                                           expected: str) -> None:
    assert strip_site(title, sites) == expected


def test_a_kicker_span_and_its_hidden_separator_leave_no_dash_before_the_headline() -> None:
    body = ('<article><h1 itemprop="headline"><span class="teaser-small__kicker">Corona-Pandemie</span>'
            '<span class="visually-hidden"> - </span><span class="h1">„Es kommt darauf an, wie die Menschen sterben“</span>'
            '</h1></article>')
    text = html(meta({"og:title": "Corona-Pandemie - „Es kommt darauf an, wie die Menschen sterben“"}),
                title="Corona-Pandemie - „Es kommt darauf an, wie die Menschen sterben“ | Cicero Online", body=body)
    assert headline(page(text, url="https://www.cicero.example/a")) == "„Es kommt darauf an, wie die Menschen sterben“"


@pytest.mark.parametrize("title, sites, expected", [
    ("GdP-Vize Klemmer: Mangelnde Wertschätzung", ["GdP", "gdp.de"], "GdP-Vize Klemmer: Mangelnde Wertschätzung"),
    ("Skibergsteigen: Schnell und leicht", ["Bergsteigen.com", "bergsteigen"], "Skibergsteigen: Schnell und leicht"),
    ("Bergsteigen.com: Schnell und leicht", ["Bergsteigen.com", "bergsteigen"], "Schnell und leicht"),
    ("GdP-Vize | Mangelnde Wertschätzung", ["GdP"], "Mangelnde Wertschätzung"),  # a bar sets a site's mark apart
])
def test_before_a_colon_only_the_sites_whole_name_is_cut(title: str, sites: list[str], expected: str) -> None:
    assert strip_site(title, sites) == expected


def test_the_publisher_microdata_names_the_site() -> None:
    body = ('<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
            '<span itemprop="name">Deutsches Rotes Kreuz e.V.</span></div><h1>Hilfe</h1>')
    assert "Deutsches Rotes Kreuz e.V." in site_names(page(html(body=body), url="https://www.drk.example/a"))


def test_a_page_whose_only_title_is_a_separator_has_none() -> None:
    body = '<article><h1><span class="visually-hidden"> - </span></h1><p>' + "Der Rat tagte lange. " * 40 + "</p></article>"
    assert headline(page(html(body=body), url="https://www.example.hn/a")) is None
    with pytest.raises(ExtractionError, match="no title found"):
        extract_html(html(body=body, title="-"), "https://www.example.hn/a")


def test_a_blog_name_and_its_archive_before_the_post_in_the_title() -> None:
    title = "Four Years Remaining » Blog Archive » Interning of Small Integers in Python"
    body = ('<h1><a href="http://fouryears.example/">Four Years Remaining</a></h1><div class="post">'
            '<h2><a href="/2019/10/21/interning/" rel="bookmark">Interning of Small Integers in Python</a></h2>'
            "<p>Text</p></div>")
    text = html(title=title, body=body)
    assert headline(page(text, url="http://fouryears.example/2019/10/21/interning/")) == \
        "Interning of Small Integers in Python"
    # no lower heading reads as the post: the title's parts are not taken for the blog's
    alone = html(title=title, body="<h1>Four Years Remaining</h1><p>Text</p>")
    assert "Blog Archive" not in headline_sites(page(alone, url="http://fouryears.example/2019/10/21/interning/"))


@pytest.mark.parametrize("h1, tagged, shown", [
    ("Politics | St. Louis Park elects a new mayor", "St. Louis Park elects a new mayor",
     "St. Louis Park elects a new mayor"),
    ("Heute schon an morgen denken", "SARS-2/COVID-19 - Heute schon an morgen denken", "Heute schon an morgen denken"),
    ("Crime and Public Safety | Another child dead from fentanyl", "Another child dead from fentanyl",
     "Another child dead from fentanyl"),  # a desk's name of four words
    # five words before the separator: a headline of its own, not a section's name
    ("Five words before the bar | Another child dead from fentanyl", "Another child dead from fentanyl",
     "Five words before the bar | Another child dead from fentanyl"),
    # a kicker before a colon is the headline's own
    ("Ex-Nationalspieler: Jansen kämpft um sein Comeback", "Jansen kämpft um sein Comeback",
     "Ex-Nationalspieler: Jansen kämpft um sein Comeback"),
])
def test_a_section_or_topic_before_a_separator_is_not_the_headlines(h1: str, tagged: str, shown: str) -> None:
    text = html(meta({"og:title": tagged}), f"<h1>{h1}</h1><p>Text</p>", {"@type": "NewsArticle", "headline": tagged},
                title=f"{tagged} – Twin Cities")
    assert headline(page(text)) == shown


def test_the_separator_after_a_kicker_the_h1_marks_is_dropped_with_it() -> None:
    """Tagesspiegel writes the colon after its overline in a span of its own: without the kicker it is no part of
    the headline; a headline of the same words with no kicker marked keeps its colon."""
    body = ('<article><h1 itemprop="headline"><span class="ts-overline">Abstandsregeln und Fieberkontrollen </span>'
            '<span class="ts-colon">: </span><span class="ts-headline">Wie Firmen ihre Beschäftigten schützen</span>'
            '</h1></article>')
    assert headline(page(html(body=body), url="https://www.tagesspiegel.example/a")) \
        == "Wie Firmen ihre Beschäftigten schützen"
    plain = body.replace("ts-overline", "ts-lead")
    assert headline(page(html(body=plain), url="https://www.tagesspiegel.example/a")) \
        == "Abstandsregeln und Fieberkontrollen: Wie Firmen ihre Beschäftigten schützen"


def test_a_kicker_in_small_print_above_the_headline_is_not_the_headline() -> None:
    body = "<article><h1 itemprop='headline'> <small>Tunesien</small><br> Große Aufgaben für die neue Regierung </h1>"
    tagged = html(meta({"og:title": "Große Aufgaben für die neue Regierung"}), body=body + "<p>Text.</p></article>")
    assert headline(page(tagged, url="https://www.hss.example/a")) == "Große Aufgaben für die neue Regierung"
    untagged = html(body=body + "<p>Text.</p></article>")  # no tag gives the headline alone: the heading whole
    assert headline(page(untagged, url="https://www.hss.example/a")) == "Tunesien Große Aufgaben für die neue Regierung"


def test_an_h1_ending_a_breadcrumb_trail_is_not_the_headline_the_heading_shown_without_its_kicker_is() -> None:
    text = html(meta({"og:title": "Vanlife in Schweden: Skandinavien im Wohnmobil erleben"}),
                jsonld={"@type": "NewsArticle", "headline": "Vanlife in Schweden"},
                title="Vanlife in Schweden - Skandinavien im Wohnmobil | outdoor-magazin.com",
                body='<div class="v-breadcrumb"><div class="slide"><h1>Vanlife in Schweden - Skandinavien im Wohnmobil'
                     '</h1></div></div><article><h2 class="v-headline-wrap"><span class="v-subline">Vanlife in Schweden'
                     '</span><span class="v-headline">Skandinavien im Wohnmobil erleben</span></h2><p>Text.</p></article>')
    assert headline(page(text, url="https://www.outdoor-magazin.com/a")) == "Skandinavien im Wohnmobil erleben"


def test_a_body_class_naming_breadcrumbs_leaves_the_h1_the_headline() -> None:
    text = html(jsonld={"@type": "NewsArticle", "headline": "Von Youtube-Netzwerken lernen: Ein Modell für Lokalblogs"},
                title="Ein Netzwerk für Lokalblogs | Cashcamp 2020",
                body='<div class="has-breadcrumbs"><article><h1>Von Youtube-Netzwerken lernen: Ein Modell für Lokalblogs'
                     '</h1><p>Text.</p></article></div>').replace("<body>", '<body class="single fusion-breadcrumbs">')
    assert headline(page(text)) == "Von Youtube-Netzwerken lernen: Ein Modell für Lokalblogs"


def test_with_no_h1_the_one_title_part_shown_as_a_heading_is_the_headline() -> None:
    body = "<div class='post'><h2>Alles Neue mach der Mai…</h2><p>Text.</p></div><h3>One Comment</h3>"
    text = html(title="Alles Neue mach der Mai… | Bibliothek 2.0 und mehr", body=body)
    assert headline(page(text, url="https://bibliothek2null.de/2014/05/18/mai/")) == "Alles Neue mach der Mai…"
    title = "Alles Neue mach der Mai… | Bibliothek 2.0 und mehr"
    assert headline(page(html(title=title, body="<p>Text.</p>"), url="https://bibliothek2null.de/a")) == title


def test_the_site_is_cut_at_the_separator_nearest_it() -> None:
    sites = ["INDUSTRIEMAGAZIN", "industriemagazin.at"]
    assert strip_site("Luftfahrtbranche hebt nach Corona ab - und FACC profitiert | INDUSTRIEMAGAZIN", sites) \
        == "Luftfahrtbranche hebt nach Corona ab - und FACC profitiert"


def test_a_part_holding_quoted_words_is_no_site_name() -> None:
    title = "Wolfgang Schmale „Abgebrochene Forschung“ – Eine neue Studie von Heinz Duchhardt | Wolfgang Schmale"
    assert strip_site(title, ["Wolfgang Schmale"]) \
        == "Wolfgang Schmale „Abgebrochene Forschung“ – Eine neue Studie von Heinz Duchhardt"


def test_a_topic_label_inside_the_h1_is_a_kicker() -> None:
    h1 = '<h1><div class="topic-label">100. Geburtstag</div> Holocaust-Überlebende Margot Friedländer wird 100 Jahre</h1>'
    assert headline(page(html(body=f"<article>{h1}</article>"))) \
        == "Holocaust-Überlebende Margot Friedländer wird 100 Jahre"


def test_an_h1_kept_out_of_sight_gives_way_to_the_one_shown() -> None:
    shown = "Auf das erste Elektron kommt es an"
    text = html(meta({"og:title": shown}), title="News - Eawag",
                body=f'<h1 class="header pagetitle hidden">News</h1><div class="news"><h1>{shown}</h1><p>Text</p></div>')
    assert headline(page(text, url="https://www.eawag.example/de/news/elektron/")) == shown
    # the only <h1>, hidden, still counts: a page may keep its headline for screen readers
    alone = html(meta({"og:title": shown}), title=f"{shown} - Eawag", body=f'<h1 class="sr-only">{shown}</h1><p>Text</p>')
    assert headline(page(alone, url="https://www.eawag.example/de/news/elektron/")) == shown


def test_an_h1_of_the_sites_name_and_motto_is_no_headline() -> None:
    """``<title>`` adds the site's name and its motto after og:title; an ``<h1>`` (hidden by its attribute) that
    reads the same is the site's logo text, not a headline to cut the name from."""
    shown = "Un bloque internacional en el desfile del 1ro. de Mayo"
    tags = meta({"og:title": shown, "twitter:title": shown})
    text = html(tags, title=f"{shown} - Juventud Rebelde - Diario de la juventud cubana",
                body="<h1 hidden>Juventud Rebelde - Diario de la Juventud Cubana</h1><p>Text</p>")
    p = page(text, url="http://www.juventudrebelde.example/internacional/2022-05-01/un-bloque")
    assert {"Juventud Rebelde", "Diario de la juventud cubana"} <= set(headline_sites(p))
    assert headline(p) == shown
    # a section before the site's name is no part of it: "Video | ARD Mediathek"
    video = html(meta({"og:title": shown, "og:site_name": "ARD Mediathek"}), title=f"{shown} | Video | ARD Mediathek")
    assert "Video" not in headline_sites(page(video, url="https://www.ardmediathek.example/video/x"))


def test_the_hidden_attribute_keeps_an_h1_out_of_sight() -> None:
    shown = "Elektronen auf Wanderschaft"
    text = html(meta({"og:title": shown}), title="News - Eawag",
                body=f'<h1 hidden>News</h1><div class="news"><h1>{shown}</h1><p>Text</p></div>')
    assert headline(page(text, url="https://www.eawag.example/de/news/elektron/")) == shown


def test_a_kicker_heading_above_the_h1_does_not_make_the_h1_a_blog_name() -> None:
    tags = meta({"og:title": "Die Arbeitswelt von morgen: Sieben Berufe, die Zukunft haben"})
    body = ('<article><header><div class="topline"><h2>Die Arbeitswelt von morgen</h2></div>'
            "<h1>Sieben Berufe, die Zukunft haben</h1></header><p>Text</p></article>")
    text = html(tags, jsonld={"@type": "NewsArticle", "headline": "Sieben Berufe, die Zukunft haben"}, body=body,
                title="Die Arbeitswelt von morgen: Sieben Berufe, die Zukunft haben - channelpartner.de")
    assert headline(page(text, url="https://www.channelpartner.example/a/berufe")) == "Sieben Berufe, die Zukunft haben"


def test_without_an_h1_the_heading_marked_as_the_headline_outweighs_one_copied_seo_title() -> None:
    seo = "Medienbericht: Corona-Lockdown steht vor 4-wöchiger Verlängerung"
    shown = "Medienbericht: Bund und Länder planen Lockdown-Verlängerung"
    tags = meta({"og:title": seo, "twitter:title": seo})
    box = '<div class="contact"><h2 class="box-headline">Ansprechpartner</h2></div>'
    body = (f'{box}<div class="header"><h2 class="article-headline-kicker">Weitere vier Wochen dicht machen?</h2>'
            f'<h2 class="header__headline-title">{shown}</h2></div><p>Text</p>')
    text = html(tags, title=seo, body=body)
    assert headline(page(text, url="https://www.rtl.example/cms/lockdown-4723862.html")) == shown
    unmarked = body.replace("header__headline-title", "header__intro")
    assert headline(page(html(tags, title=seo, body=unmarked), url="https://www.rtl.example/cms/a.html")) == seo


def test_a_site_name_before_a_colon_inside_the_headline_is_the_site_speaking() -> None:
    said = "UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen wegen Klimawandel auf Hilfe angewiesen"
    assert strip_site(said, ["DRK"]) == said
    assert strip_site("Parken in Paris | Jovelblog | Reisen und mehr", ["Jovelblog"]) == "Parken in Paris"


def test_an_h1_of_a_login_box_s_words_is_no_headline() -> None:
    tagged = "Woman attacks female inspector with stone at police station"
    text = html(meta({"og:title": tagged}), '<div class="modal"><h1>Log In</h1></div><p>Text</p>',
                title=f"{tagged} – Jamaica Observer")
    assert headline(page(text, url="https://www.jamaicaobserver.example/news/woman-attacks/")) == tagged
    shown = html(meta({"og:title": tagged}), "<h1>Log In Frenzy</h1><p>Text</p>", title=f"{tagged} – Jamaica Observer")
    assert headline(page(shown, url="https://www.jamaicaobserver.example/news/woman-attacks/")) == "Log In Frenzy"


def test_a_chinese_title_s_underscored_section_and_site_give_way_to_the_heading_that_shows_its_head() -> None:
    headline_text = "这个约会软件，想用你和对方的相似好恶来帮你找对象"
    doc = html(title=f"{headline_text}_智能_好奇心日报",
               body="<header><a href='/' class='logo'><h1 class='hidden'>好奇心日报</h1></a></header>"
                    f"<h2>栏目中心</h2><article><h2>{headline_text}</h2><p>正文。</p></article>")
    assert headline(page(doc, "https://www.qdaily.com/articles/38435.html")) == headline_text
    assert strip_site("深圳发布新规_新闻_新浪网", ["新浪网"]) == "深圳发布新规_新闻"  # the site's name cut at "_" too


def test_an_h1_closing_a_trail_of_links_is_the_seo_title_not_the_headline() -> None:
    trail = ("<div class='db_artbredcram'><ul><li><a href='/'>Home</a></li><li><a href='/local/'>Local</a></li>"
             "<li><h1>Chhetu Patel, a resident of the United States, died due to corona</h1></li></ul></div>")
    shown = "<section><h1><span>વડોદરા / </span>અમેરિકામાં રહેતાં છીતુ પટેલનું કોરોનાથી મોત</h1></section>"
    doc = html(meta({"og:title": "અમેરિકામાં રહેતાં છીતુ પટેલનું કોરોનાથી મોત"}), body=trail + shown,
               title="Chhetu Patel, a resident of the United States, died due to corona|અમેરિકામાં રહેતાં છીતુ પટેલનું કોરોનાથી મોત")
    assert headline(page(doc)) == "અમેરિકામાં રહેતાં છીતુ પટેલનું કોરોનાથી મોત"
    menu = "<ul><li><a href='/'>Home</a></li><li><a href='/a'>A</a></li><li><h1>Tram line approved</h1></li></ul>"
    assert [c.text for c in candidates(page(html(body=menu, title="Tram line approved"))) if c.source == "h1"] == []


def test_a_kicker_or_a_hidden_button_in_the_marked_headline_is_no_part_of_it() -> None:
    kicked = ("<article><div class='imp-h1' itemprop='headline'><span class='highline'>Kind krank</span> Was Arbeitgeber "
              "über die Rechte von Eltern wissen müssen</div></article>")
    doc = html(meta({"og:title": "Kind krank? Was Arbeitgeber jetzt wissen müssen"}), body=kicked,
               title="Kind krank: Was Arbeitgeber wissen müssen | impulse")
    assert headline(page(doc)) == "Was Arbeitgeber über die Rechte von Eltern wissen müssen"
    button = ("<h1 itemprop='headline'><i class='subline'>Singen, basteln</i><i class='hidden'>: </i><span> Kindergottes"
              "dienst in Velpe <a href='/editor' style='display: none'>CC-Editor öffnen</a></span></h1>")
    doc = html(meta({"og:title": "Kindergottesdienst in Velpe"}), body=f"<article>{button}</article>",
               title="Singen, basteln: Kindergottesdienst in Velpe")
    assert headline(page(doc)) == "Kindergottesdienst in Velpe"


def test_the_part_of_the_heading_marked_as_the_headline_is_the_headline() -> None:
    marked = ("<header><h2><span><svg><polygon points='0 0'/></svg><em>Streetart in Bonn</em></span> <span "
              "data-cy='article_headline'>Was hinter dem neuen Wandgraffiti in Beuel steckt</span></h2></header>")
    doc = html(meta({"og:title": "Streetart in Bonn: Was hinter dem neuen Wandgraffiti in Beuel steckt"}),
               body=f"<article>{marked}<p>Seit kurzem schmücken die Wände ein Graffitigemälde.</p></article>",
               title="Mural in Bonn: Graffiti an Stiftung Gemeindepsychatrie in Beuel")
    assert headline(page(doc)) == "Was hinter dem neuen Wandgraffiti in Beuel steckt"
    classed = "<h1><span class='kicker'>Bonn</span> <span class='article-headline'>Neues Graffiti in Beuel</span></h1>"
    assert headline(page(html(body=f"<article>{classed}</article>"))) == "Neues Graffiti in Beuel"
    # two parts marked alike, or the kicker's own mark: the heading is read as before
    two = "<h1><span class='headline'>Bonn</span> <span class='headline'>Neues Graffiti in Beuel</span></h1>"
    assert headline(page(html(body=f"<article>{two}</article>"))) == "Bonn Neues Graffiti in Beuel"
    kicker = "<h1><span class='headline-kicker'>Bonn:</span> Neues Graffiti in Beuel</h1>"
    assert headline(page(html(body=f"<article>{kicker}</article>"))) == "Neues Graffiti in Beuel"


def test_a_title_that_stands_alone_loses_the_parts_after_its_bars() -> None:
    title = ("ATLANTIS DONATES MEDICAL SUPPLIES TO BAARK | Nassau / Paradise Island, Bahamas | Bahamas Local News - "
             "Nassau")
    assert headline(page(html(title=title), url="https://www.bahamaslocal.example/news/1")) \
        == "ATLANTIS DONATES MEDICAL SUPPLIES TO BAARK"
    # a part after the bar longer than the first: the title is kept, less the site's name
    kept = "Storm closes the bridge | Storm closes all the bridges of the island for the night"
    assert headline(page(html(title=f"{kept} | Bahamas Local News"), url="https://www.bahamaslocal.example/news/2")) \
        == kept
    # a heading on the page decides instead
    shown = html(title="Storm closes the harbour bridge | Nassau, Bahamas", body="<h1>Storm closes the bridge</h1>")
    assert headline(page(shown, url="https://www.bahamaslocal.example/news/3")) == "Storm closes the bridge"


def test_the_headline_keeps_the_letter_case_its_heading_shows() -> None:
    body = ("<header><h1><a href='/'>The Tribune</a></h1></header><div class='story'><div id='story_headline'>"
            "<h2 class='header'>Two More Gunned Down</h2></div><div class='content'><p>Police said.</p></div></div>")
    doc = html(meta({"og:title": "Two more gunned down"}), title="Two more gunned down | The Tribune", body=body)
    assert headline(page(doc, url="https://www.tribune242.example/news/a")) == "Two More Gunned Down"
    # a heading with other words, or one in the navigation, changes nothing
    other = html(meta({"og:title": "Two more gunned down"}), body="<nav><h2>TWO MORE GUNNED DOWN</h2></nav>"
                 "<article><h2>Two more gunned down in Nassau</h2></article>")
    assert headline(page(other, url="https://www.tribune242.example/news/b")) == "Two more gunned down"


@pytest.mark.parametrize("title, head, h1s, expected", [
    ("Council approves budget | Daily Planet", "", ("Daily Planet", "Council approves budget"), "Council approves budget"),
    ("Daily Planet: Council approves budget", "", ("Daily Planet", "Council approves budget"), "Council approves budget"),
    # a tag says which part is the headline, whatever the order
    ("Daily Planet: Council approves budget", meta({"og:title": "Council approves budget"}),
     ("Daily Planet", "Council approves budget"), "Council approves budget"),
    ("Council approves budget - Daily Planet", meta({"og:title": "Council approves budget"}),
     ("Daily Planet", "Council approves budget"), "Council approves budget"),
])
def test_a_site_banner_h1_over_the_post_s_own_is_the_site_s_name(
        title: str, head: str, h1s: tuple[str, ...], expected: str) -> None:
    body = "".join(f"<h1>{h}</h1>" for h in h1s)
    assert headline(page(html(head, body=body, title=title))) == expected
