"""The speaker a page of a published speech credits under its headline."""

from __future__ import annotations

import pytest

from pipeline.extract.bylines import authors
from pipeline.extract.credits import Byline, rules
from pipeline.extract.page import parse_html
from pipeline.extract.regions import chrome_or_own
from pipeline.extract.speech_credits import speech_credit
from tests.extract.pages import BODY, html, page


def _credit(body: str) -> Byline:
    return speech_credit(parse_html(html(body=body)), rules(), (), chrome_or_own)


@pytest.mark.parametrize("line, speaker", [
    ("Bern, 17.08.2007 - Rede von Bundesrat Moritz Leuenberger beim SP-Städtegipfel, Basel", "Moritz Leuenberger"),
    ("Grußwort von Staatsministerin Dr. Beate Merk zur Eröffnung", "Beate Merk"),
    ("Remarks by President Jane Doe at the Summit of the Americas", "Jane Doe"),
    ("Discours de M. Jean Dupont devant le Sénat", "Jean Dupont"),
    ("Discurso del Presidente Pedro Sánchez en el Congreso", "Pedro Sánchez"),
])
def test_the_line_under_the_headline_credits_the_speaker(line: str, speaker: str) -> None:
    assert _credit(f"<main><h1>Städteschutz statt Alpentrutz</h1><p><strong>{line}</strong></p>{BODY}</main>") \
        == Byline((speaker,))


@pytest.mark.parametrize("body", [
    # a release holding a transcript: the speech's heading comes after the release's own summary
    "<h1>Weekly Address</h1><p>In this week's address, the Vice President laid out the plan.</p>"
    "<p><strong>Remarks of Vice President Joe Biden</strong></p>",
    # a speech named, no speaker: "the year", an office, a lower-case run
    "<h1>Rückblick</h1><p>Die Rede von der Zeitenwende hallt nach.</p>",
    "<h1>Awards</h1><p>Speech of the year: the shortlist</p>",
    "<h1>Parlament</h1><p>Rede von Bundesregierung und Opposition</p>",
    # the line in the site's navigation, not under the headline
    "<nav><p>Rede von Anna Schmidt</p></nav><h1>Parlament</h1><p>Der Bundestag hat beschlossen.</p>",
])
def test_no_speaker_is_credited_without_such_a_line_under_the_headline(body: str) -> None:
    assert _credit(f"<main>{body}{BODY}</main>") == Byline()


def test_a_speech_page_with_no_byline_credits_its_speaker_and_a_byline_comes_first() -> None:
    speech = "<article><h1>Städteschutz</h1><p>Rede von Moritz Leuenberger beim Städtegipfel</p>" + BODY
    assert authors(page(html(body=speech + "</article>"))).authors == ("Moritz Leuenberger",)
    bylined = speech + '<p class="byline">Von Anna Schmidt</p></article>'
    assert authors(page(html(body=bylined))).authors == ("Anna Schmidt",)
