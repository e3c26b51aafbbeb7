"""Normalisation rules on hand-made mentions (no model)."""

from pipeline.enrich.entities.mentions import Mention, clean, prepare
from pipeline.enrich.entities.merge import merge


def test_clean_strips_articles_possessives_and_numeric_tails() -> None:
    assert clean("Syria’s National Security Bureau") == "National Security Bureau"
    assert clean("the Kurdish People’s Protection Units") == "Kurdish People's Protection Units"
    assert clean("Kurdistan Workers’ Party") == "Kurdistan Workers' Party"
    assert clean("Turkey’s") == "Turkey"
    assert clean("Apple 1.8 billion") == "Apple"


def test_prepare_drops_noise_and_fixes_reliable_labels() -> None:
    found = prepare([Mention("jihadist", "NORP"), Mention("SANA", "PERSON"), Mention("Idlib", "ORG"),
                     Mention("Turkish", "GPE"), Mention("Monday", "DATE"), Mention("Sochi", "NORP")])
    assert [(m.text, m.label) for m in found] == [("SANA", "ORG"), ("Idlib", "GPE"), ("Turkish", "NORP"), ("Sochi", "GPE")]


def _at(text: str, surface: str, label: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(surface, label, start, start + len(surface))


def test_merge_short_names_acronyms_and_majority_labels() -> None:
    text = ("Hakan Fidan met officials of the United Nations (UN). Fidan said the UN would help. "
            "Bashar al-Assad spoke; al-Assad forces moved on Idlib. Idlib was shelled. Idlib is calm. "
            "The European Central Bank (no acronym given) and the ECB agreed. Syrians and Syrian officials.")
    mentions = prepare([
        _at(text, "Hakan Fidan", "PERSON"), _at(text, "United Nations", "ORG"), _at(text, "Fidan", "PERSON", 1),
        _at(text, "UN", "ORG", 1), _at(text, "Bashar al-Assad", "PERSON"), _at(text, "al-Assad", "ORG", 1),
        _at(text, "Idlib", "ORG"), _at(text, "Idlib", "GPE", 1), _at(text, "Idlib", "GPE", 2),
        _at(text, "European Central Bank", "ORG"), _at(text, "ECB", "ORG"),
        _at(text, "Syrians", "NORP"), _at(text, "Syrian", "NORP", 1),
    ])
    entities = {e.name: e for e in merge(mentions, text)}
    assert set(entities["Hakan Fidan"].surface_forms) == {"Hakan Fidan", "Fidan"}
    assert entities["Bashar al-Assad"].label == "PERSON" and entities["Bashar al-Assad"].count == 2
    assert entities["UN"].surface_forms == ("United Nations", "UN") and entities["UN"].count == 2
    assert entities["Idlib"].label == "GPE" and entities["Idlib"].count == 3
    assert set(entities["ECB"].surface_forms) == {"European Central Bank", "ECB"}  # tie: the acronym
    assert entities["Syrian"].count == 2 and entities["Syrian"].kind == "group"


def test_surname_never_swallows_a_known_place() -> None:
    text = "Michael Jordan visited Jordan."
    mentions = prepare([_at(text, "Michael Jordan", "PERSON"), _at(text, "Jordan", "GPE", 1)])
    assert sorted((e.name, e.kind) for e in merge(mentions, text)) == [("Jordan", "place"), ("Michael Jordan", "person")]


def test_one_word_portfolio_before_a_job_title_is_not_an_organisation() -> None:
    text = "Defense Minister Hulusi Akar met Defense officials and the Finance Ministry."
    found = [
        Mention("Defense", "ORG", 0, 7),  # 'Defense Minister': a portfolio in a title
        Mention("Defense", "ORG", 33, 40),  # 'Defense officials': not a title, kept for the model's call
        Mention("Finance Ministry", "ORG", 59, 75),
    ]
    assert [(m.text, m.start) for m in prepare(found, text)] == [("Defense", 33), ("Finance Ministry", 59)]
    assert [m.text for m in prepare(found)] == ["Defense", "Defense", "Finance Ministry"]  # no text, no rule
