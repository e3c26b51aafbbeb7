"""Byline formats of the wider web: bylines that run on into their date ("Posted by Anna Smith on May 6, 2014") or
their section ("by Nathan Tempey in News"), labels ("Bericht: Anna Schmidt"), editors credited beside writers
("Reporting by …; Editing by …"), and "By"-lines quoted from elsewhere."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_html
from pipeline.extract.bylines import authors, unlabelled
from pipeline.extract.credits import Byline, split_byline
from pipeline.extract.page import parse_html
from tests.extract.pages import BODY, html, page


@pytest.mark.parametrize("line, persons", [
    ("Posted by John Smith on May 6, 2014", ("John Smith",)),
    ("Posted by John Smith on Tuesday, May 6, 2014", ("John Smith",)),
    ("Posted by John Smith at 10:30", ("John Smith",)),
    ("Erstellt von Fabian Müller am 6. Mai 2014", ("Fabian Müller",)),
    ("Von Anna Schmidt am Dienstag, 6. Mai 2014 um 10:30", ("Anna Schmidt",)),
    ("Publié par Jean Dupont le 6 mai 2014", ("Jean Dupont",)),
    ("Pubblicato da Giulia Bianchi il 06/05/2014", ("Giulia Bianchi",)),
    ("Por Juan Pérez el 6 de mayo de 2014", ("Juan Pérez",)),
    ("Escrito por João Silva em 6 de maio de 2014", ("João Silva",)),
])
def test_the_word_joining_a_byline_to_its_date_goes_with_the_date(line: str, persons: tuple[str, ...]) -> None:
    assert split_byline(line) == Byline(persons, ())


def test_a_connector_is_cut_only_before_a_date() -> None:
    # no date after it: the line is not read as a byline that ends in a date, and nothing is credited
    assert split_byline("Posted by John Smith on") == Byline()


@pytest.mark.parametrize("line, persons", [
    ("by Nathan Tempey in News on Mar 9, 2017 10:15 am", ("Nathan Tempey",)),
    ("Posted by Anna Smith in Politics on May 3, 2020", ("Anna Smith",)),
    ("Von Anna Schmidt in Berlin", ("Anna Schmidt",)),
])
def test_the_section_or_place_a_writer_filed_in_is_no_credit(line: str, persons: tuple[str, ...]) -> None:
    assert split_byline(line) == Byline(persons, ())


def test_a_role_before_a_place_is_not_read_as_a_name() -> None:
    assert split_byline("Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien").authors == ("Uta Staschewski",)


def test_an_embedded_post_s_by_line_does_not_credit_the_article() -> None:
    post = ('<div class="fb-post"><blockquote cite="https://graph.facebook.com/1/posts/2/"><p>Preise explodieren.</p>'
            '<p>Posted by <a href="https://www.facebook.com/pamela.rendi.wagner">Pamela Rendi-Wagner</a> on&nbsp;'
            '<a href="https://graph.facebook.com/1/posts/2/">Sunday, February 6, 2022</a></p></blockquote></div>')
    body = "<article><h1>Mieterhöhung verhindern</h1>" + BODY + post + "</article>"
    assert authors(page(html(body=body))).authors == ()
    own = "<article><h1>Mieterhöhung verhindern</h1><p>Posted by Anna Weber on Sunday, February 6, 2022</p>" + BODY
    assert authors(page(html(body=own + "</article>"))).authors == ("Anna Weber",)


@pytest.mark.parametrize("line, persons", [
    ("Reporting by John Smith; Editing by Jane Doe", ("John Smith",)),
    ("Reporting by John Smith in London; Additional reporting by Anna Lee; Writing by Tom Hale; "
     "Editing by Jane Doe and Mark Potter", ("John Smith", "Anna Lee", "Tom Hale")),
    ("Reporte de Juan Pérez; Editado en español por Ana Ruiz", ("Juan Pérez",)),
    ("Von Anna Schmidt, redigiert von Jan Meyer", ("Anna Schmidt",)),
    ("Revised Edition Edited by Adrian Parr", ("Adrian Parr",)),  # the only credit there is
])
def test_an_editor_credited_after_the_writers_wrote_nothing(line: str, persons: tuple[str, ...]) -> None:
    assert split_byline(line).authors == persons


@pytest.mark.parametrize("line, persons", [
    ("Bericht: Anna Schmidt", ("Anna Schmidt",)),
    ("Redakteur: Jan Meyer", ("Jan Meyer",)),
    ("Crónica: Ana Ruiz", ("Ana Ruiz",)),
    ("Pressekontakt: Anna Schmidt", ()),  # a contact, no writer
])
def test_a_label_for_the_writing_or_its_writer_leaves_the_name(line: str, persons: tuple[str, ...]) -> None:
    assert split_byline(line).authors == persons


def test_a_date_line_names_its_writer_after_the_date_in_italian() -> None:
    body = ("<article><h1>Il consiglio approva il bilancio</h1>"
            "<div class='date'>Pubblicato il 6 maggio 2014 da Marco Rossi</div>" + BODY + "</article>")
    assert authors(page(html(body=body))).authors == ("Marco Rossi",)


@pytest.mark.parametrize("line, persons, organisations", [
    ("Von Anna Schmidt und der dpa", ("Anna Schmidt",), ("dpa",)),
    ("Par Jean Dupont avec l'AFP", ("Jean Dupont",), ("AFP",)),
    ("Por Juan Pérez con la Efe", ("Juan Pérez",), ("Efe",)),
    ("Die Zeit", (), ("Die Zeit",)),  # an article opening a paper's name stays
])
def test_an_agency_after_the_article_a_sentence_gives_it_is_credited(
        line: str, persons: tuple[str, ...], organisations: tuple[str, ...]) -> None:
    assert split_byline(line) == Byline(persons, organisations)


@pytest.mark.parametrize("line, persons", [
    ("Von unserem Korrespondenten Jan Meyer", ("Jan Meyer",)),
    ("Von unserer Redakteurin Anna Schmidt", ("Anna Schmidt",)),
    ("Von unserem Korrespondenten Jan Meyer, Brüssel", ("Jan Meyer",)),
    ("De notre correspondant Jean Dupont", ("Jean Dupont",)),
])
def test_our_correspondent_s_name_is_the_writer(line: str, persons: tuple[str, ...]) -> None:
    assert split_byline(line) == Byline(persons, ())


def test_writers_marked_one_by_one_in_a_byline_are_not_run_together() -> None:
    line = ("<div class='authors'><span class='author'>Anna Schmidt</span><span class='author'>Jan Meyer</span>"
            "</div>")
    body = "<article><h1>Haushalt beraten</h1>" + line + BODY + "</article>"
    assert authors(page(html(body=body))).authors == ("Anna Schmidt", "Jan Meyer")
    one = "<div class='author'><span>María José</span> <span>García López</span></div>"  # one name in two parts
    body = "<article><h1>Haushalt beraten</h1>" + one + BODY + "</article>"
    assert authors(page(html(body=body))).authors == ("María José García López",)


@pytest.mark.parametrize("box, persons", [
    ("<div class='author-box'><h4>Über die Autorin</h4><p><strong>Anna Schmidt</strong> ist Redakteurin im Ressort "
     "Politik.</p></div>", ("Anna Schmidt",)),
    ("<div class='author-box'><h4>Über die Autorin</h4><p>Sie schreibt seit 2010 für <strong>Die Zeit</strong>.</p>"
     "</div>", ()),  # bold, but not opening the text, and no person
])
def test_an_author_box_under_a_heading_that_names_no_one_gives_the_name_in_bold(
        box: str, persons: tuple[str, ...]) -> None:
    body = "<article><h1>Haushalt beraten</h1>" + BODY + box + "</article>"
    assert authors(page(html(body=body))).authors == persons


@pytest.mark.parametrize("line, persons", [
    ("Автор: Иван Петров", ("Иван Петров",)),
    ("Текст: Анна Иванова", ("Анна Иванова",)),
    ("بقلم: محمد علي", ("محمد علي",)),
    ("Yazar: Ahmet Yılmaz", ("Ahmet Yılmaz",)),
    ("Του Γιάννη Παπαδόπουλου", ("Γιάννη Παπαδόπουλου",)),
    ("Írta: Kovács Anna", ("Kovács Anna",)),
    ("Kirjoittaja: Matti Meikäläinen", ("Matti Meikäläinen",)),
    ("Skrivet av Anna Svensson", ("Anna Svensson",)),
    ("Piše: Marko Marković", ("Marko Marković",)),
])
def test_the_by_word_of_more_languages_opens_a_byline(line: str, persons: tuple[str, ...]) -> None:
    assert split_byline(line) == Byline(persons, ())


def test_a_label_of_a_language_the_rules_do_not_know_is_no_part_of_the_name() -> None:
    # "Napisao" (Croatian, "wrote") is no by-word the rules list: the extractor's own find reads the line as one
    # name, and the label the page writes before a colon is taken off it
    text = ("<html lang='hr'><head><title>Proračun</title></head><body><article><h1>Proračun</h1>"
            "<div class='author'>Napisao: Marko Marković</div>" + BODY + BODY + "</article></body></html>")
    assert extract_html(text, "https://example.hr/vijesti/proracun").authors == ("Marko Marković",)
    assert unlabelled(parse_html(text), ("Marko Marković", "Napisao Marko Marković")) == ("Marko Marković",)


def test_a_petition_s_list_of_signers_credits_no_one() -> None:
    signed = ("<div class='dk-speakup-signaturelist'><h3>Neueste Signaturen</h3><table>"
              "<tr><td class='dk-speakup-signaturelist-name'>Sebastian Hamberger</td></tr>"
              "<tr><td class='dk-speakup-signaturelist-name'>Tanja Schweizer</td></tr></table></div>")
    body = "<article><h1>Der Film</h1>" + BODY + signed + "</article>"
    assert authors(page(html(body=body))).authors == ()
    # one writer's signature under a post is a credit still
    own = "<div class='post-signature'><span class='author'>Hagen von Eitzen</span></div>"
    assert authors(page(html(body="<article><h1>Der Film</h1>" + BODY + own + "</article>"))).authors \
        == ("Hagen von Eitzen",)


@pytest.mark.parametrize("name, persons, organisations", [
    ("Smith, John", ("John Smith",), ()),
    ("Müller, Anna-Lena", ("Anna-Lena Müller",), ()),
    ("John Smith, Jane Doe", ("John Smith", "Jane Doe"), ()),  # two full names: two writers
    ("Reuters, AFP", (), ("Reuters", "AFP")),  # agencies, whatever the type says
])
def test_one_person_s_name_written_family_name_first_is_read_in_order(
        name: str, persons: tuple[str, ...], organisations: tuple[str, ...]) -> None:
    jsonld = {"@type": "NewsArticle", "headline": "Budget", "author": {"@type": "Person", "name": name}}
    found = authors(page(html(body="<article><h1>Budget</h1>" + BODY + "</article>", jsonld=jsonld)))
    assert (found.authors, found.organizations) == (persons, organisations)


@pytest.mark.parametrize("line, persons", [
    ("By John Smith, Special to The Times", ("John Smith",)),
    ("From staff reports", ()),
])
def test_the_paper_a_writer_wrote_for_and_its_staff_reports_credit_no_organisation(
        line: str, persons: tuple[str, ...]) -> None:
    assert split_byline(line) == Byline(persons, ())
