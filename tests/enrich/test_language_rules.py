"""Language-specific fixes of raw mentions: German inflection, Italian leading sentence words."""

from pipeline.enrich.entities import german, italian
from pipeline.enrich.entities.mention import Mention


def _at(text: str, name: str, label: str) -> Mention:
    start = text.index(name)
    return Mention(name, label, start, start + len(name))


def test_german_weak_adjective_after_a_definite_article_takes_the_nominative() -> None:
    text = "Die Agrarpolitik der Europäischen Union und Analysten der Deutschen Bank; Hessen Mobil baut."
    found = german.normalise([_at(text, "Europäischen Union", "ORG"), _at(text, "Deutschen Bank", "ORG"),
                              _at(text, "Hessen Mobil", "ORG")], text)
    assert [m.text for m in found] == ["Europäische Union", "Deutsche Bank", "Hessen Mobil"]


def test_german_adjective_without_an_article_or_in_a_person_is_left_alone() -> None:
    text = "Europäischen Union heißt es. Der Grünen Peter sprach."
    found = german.normalise([_at(text, "Europäischen Union", "ORG"), _at(text, "Grünen Peter", "PERSON")], text)
    assert [m.text for m in found] == ["Europäischen Union", "Grünen Peter"]


def test_german_genitive_place_only_when_the_base_is_known_or_said() -> None:
    text = "Die Lage Österreichs und Leverkusens, nicht Paris; Leverkusen gewann. Des Rheins Ufer."
    found = german.normalise([_at(text, "Österreichs", "GPE"), _at(text, "Leverkusens", "GPE"),
                              _at(text, "Paris", "GPE"), _at(text, "Leverkusen", "GPE"), _at(text, "Rheins", "LOC")],
                             text)
    assert [m.text for m in found] == ["Österreich", "Leverkusen", "Paris", "Leverkusen", "Rheins"]


def test_italian_leading_sentence_words_go_but_not_from_persons() -> None:
    text = "Dalla Germania. Anche Coldiretti. L'Inter vince. Nello Musumeci e Stefano Lo Russo."
    found = italian.normalise([_at(text, "Dalla Germania", "GPE"), _at(text, "Anche Coldiretti", "ORG"),
                               _at(text, "L'Inter", "ORG"), _at(text, "Nello Musumeci", "PERSON"),
                               _at(text, "Lo Russo", "PERSON")], text)
    assert [m.text for m in found] == ["Germania", "Coldiretti", "Inter", "Nello Musumeci", "Lo Russo"]
    assert [text[m.start:m.end] for m in found] == [m.text for m in found]
