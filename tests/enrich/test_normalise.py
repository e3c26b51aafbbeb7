"""Normalisation rules on hand-made mentions (no model)."""

from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.mentions import clean, prepare
from pipeline.enrich.entities.merge import merge


def test_clean_strips_articles_possessives_and_numeric_tails() -> None:
    assert clean("the ESA that") == "ESA" and clean("Everton 2-1") == "Everton"
    assert clean("the Kurdish People’s Protection Units") == "Kurdish People's Protection Units"
    assert clean("Kurdistan Workers’ Party") == "Kurdistan Workers' Party"
    assert clean("Turkey’s") == "Turkey"
    assert clean("Apple 1.8 billion") == "Apple"


def test_clean_drops_control_and_zero_width_characters_a_replayed_text_may_hold() -> None:
    assert clean("Путин\x00") == "Путин" and clean("\ufeffOlaf\u200b Scholz\x07") == "Olaf Scholz"
    assert clean("Mohammad\u200cReza") == "Mohammad\u200cReza"  # a joiner Persian needs stays
    found = prepare([Mention("Vladimir\x00 Putin\x1f", "PERSON"), Mention("\x00\ufeff", "PERSON")])
    assert [m.text for m in found] == ["Vladimir Putin"]  # and a name of control characters only is noise


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
    assert entities["United Nations"].surface_forms == ("United Nations", "UN") and entities["United Nations"].count == 2
    assert entities["Idlib"].label == "GPE" and entities["Idlib"].count == 3
    assert set(entities["European Central Bank"].surface_forms) == {"European Central Bank", "ECB"}  # gazetteer name
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


def _found(text: str, *spans: tuple[str, str]) -> list[Mention]:
    """Mentions at the first occurrence of each surface after the previous one."""
    out, at = [], 0
    for surface, label in spans:
        start = text.index(surface, at)
        out.append(Mention(surface, label, start, start + len(surface)))
        at = start + len(surface)
    return out


def _kinds(text: str, *spans: tuple[str, str]) -> dict[str, str]:
    return {e.name: e.kind for e in merge(prepare(_found(text, *spans), text), text)}


def test_document_vote_labels_every_mention_of_an_entity_alike_and_ties_go_to_the_longest_mention() -> None:
    text = "Kellaway Construction won. Kellaway denied it. Acme Widgets Group grew; Acme Widgets Group and Acme hired."
    kinds = _kinds(text, ("Kellaway Construction", "ORG"), ("Kellaway", "GPE"), ("Acme Widgets Group", "ORG"),
                   ("Acme Widgets Group", "ORG"), ("Acme", "PERSON"))
    assert kinds == {"Kellaway Construction": "organization", "Acme Widgets Group": "organization"}


def test_possessive_compound_is_split_into_its_owner_and_the_company() -> None:
    text = "Erik Halvorsen bought it. Halvorsen's Norvik grew."
    kinds = _kinds(text, ("Erik Halvorsen", "PERSON"), ("Halvorsen's Norvik", "PERSON"))
    assert kinds == {"Erik Halvorsen": "person", "Norvik": "organization"}


def test_titles_roles_and_descriptors_are_stripped() -> None:
    text = "Judge Miriam Holt ruled. Chipmaker Veltrix Semiconductor fell. Founder of Baltic Freight Tom Wierz spoke."
    kinds = _kinds(text, ("Judge Miriam Holt", "PERSON"), ("Chipmaker Veltrix Semiconductor", "ORG"),
                   ("Founder of Baltic Freight", "ORG"), ("Tom Wierz", "PERSON"))
    assert set(kinds) == {"Miriam Holt", "Veltrix Semiconductor", "Baltic Freight", "Tom Wierz"}


def test_leading_and_trailing_function_words_are_trimmed() -> None:
    assert clean("The European Space Agency that") == "European Space Agency"
    assert clean("and Reuters") == "Reuters"
    assert clean("Bank of England") == "Bank of England"


def test_first_name_and_surname_go_to_the_nearest_full_name_before_them() -> None:
    text = "Gordon Ashby was jailed. Ashby denied it. Carol Ashby wept. Ashby's wife said Gordon was innocent."
    entities = merge(prepare(_found(text, ("Gordon Ashby", "PERSON"), ("Ashby", "ORG"), ("Carol Ashby", "PERSON"),
                                    ("Ashby's", "PERSON"), ("Gordon", "PERSON")), text), text)
    forms = {e.name: set(e.surface_forms) for e in entities}
    assert forms == {"Gordon Ashby": {"Gordon Ashby", "Ashby", "Gordon"}, "Carol Ashby": {"Carol Ashby", "Ashby"}}


def test_shortened_organisation_names_merge_into_the_longer_one() -> None:
    text = "Norvik Shipping Group agreed. Norvik will pay. Leeds Crown Court and Leeds City Council met in Leeds."
    entities = merge(prepare(_found(text, ("Norvik Shipping Group", "ORG"), ("Norvik", "ORG"),
                                    ("Leeds Crown Court", "ORG"), ("Leeds City Council", "ORG"), ("Leeds", "GPE")),
                             text), text)
    forms = {e.name: e.count for e in entities}
    assert forms == {"Norvik Shipping Group": 2, "Leeds Crown Court": 1, "Leeds City Council": 1, "Leeds": 1}


def test_one_word_person_without_support_is_dropped_or_demoted() -> None:
    text = "A rocket left Kourou. SpaceX flew. Riverside voted. Lagarde spoke; Lagarde left."
    kinds = _kinds(text, ("Kourou", "PERSON"), ("SpaceX", "PERSON"), ("Riverside", "PERSON"), ("Lagarde", "PERSON"),
                   ("Lagarde", "PERSON"))
    assert kinds == {"SpaceX": "organization", "Lagarde": "person"}  # brand demoted, twice-named person kept


def test_person_evidence_given_name_apposition_and_organisation_evidence() -> None:
    text = ("Omer Ozkizilcik, an analyst, spoke. American Jordan Ellis lost. Kyle Orton, an expert, agreed. "
            "Bernstein analyst Stacy Liang and Owen Pryce of Peel Hunt doubted the App Store.")
    kinds = _kinds(text, ("Ozkizilcik", "GPE"), ("American Jordan Ellis", "ORG"), ("Kyle Orton", "ORG"),
                   ("Bernstein", "PERSON"), ("Stacy Liang", "PERSON"), ("Owen Pryce", "PERSON"), ("Peel Hunt", "PERSON"),
                   ("App Store", "PERSON"))
    assert kinds == {"Omer Ozkizilcik": "person", "American": "group", "Jordan Ellis": "person", "Kyle Orton": "person",
                     "Bernstein": "organization", "Stacy Liang": "person", "Owen Pryce": "person",
                     "Peel Hunt": "organization", "App Store": "organization"}


def test_span_across_paragraphs_is_two_mentions() -> None:
    text = "Everton\n\nWolverhampton Wanderers won."
    kinds = _kinds(text, ("Everton\n\nWolverhampton Wanderers", "ORG"))
    assert kinds == {"Everton": "organization", "Wolverhampton Wanderers": "organization"}


def test_a_person_named_on_a_picture_credit_line_is_not_in_the_story() -> None:
    text = ("Anna Weber sprach in Berlin.\nFoto: Michael Kappeler/dpa\n"
            "Źródło zdjęcia głównego: ELVIS GONZALEZ/PAP/EPA\nFotografen wie Jan Novak warteten.")
    mentions = [_at(text, name, label) for name, label in (
        ("Anna Weber", "PERSON"), ("Michael Kappeler", "PERSON"), ("dpa", "ORG"), ("ELVIS GONZALEZ", "PERSON"),
        ("Jan Novak", "PERSON"))]
    # the credits' photographers go, their agencies stay; a line that only begins like a credit is prose
    names = [m.text for m in prepare(mentions, text)]
    assert "Michael Kappeler" not in names and "ELVIS GONZALEZ" not in names
    assert {"Anna Weber", "dpa", "Jan Novak"} <= set(names)
    long_line = "Foto: " + "ein langer Satz " * 15 + "mit Jan Novak."
    assert [m.text for m in prepare([_at(long_line, "Jan Novak", "PERSON")], long_line)] == ["Jan Novak"]
