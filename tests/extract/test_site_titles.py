"""Site and section names learned from a host's page titles (pipeline/extract/site_titles.py)."""

from __future__ import annotations

from pipeline.extract.site_titles import repeated_parts, without_parts

CHRONICLES = ["Didier Porte souhaite la Santé à Balkany | Chroniques", "La rentrée des classes | Chroniques",
              "Le retour du printemps | Chroniques"]


def test_a_tail_ending_three_titles_with_different_rests_is_a_name() -> None:
    assert repeated_parts(CHRONICLES) == ["Chroniques"]
    assert repeated_parts(CHRONICLES[:2]) == []  # two titles are not yet enough


def test_a_part_repeated_before_the_headline_is_left_to_it() -> None:
    titles = ["Ukraine war: Talks resume", "Ukraine war: Grain deal extended", "Ukraine war: Winter aid arrives"]
    assert repeated_parts(titles) == []  # a kicker written in the headline itself, as often as a site's name


def test_the_same_title_seen_again_does_not_count_twice() -> None:
    assert repeated_parts([CHRONICLES[0]] * 5) == []
    assert repeated_parts([CHRONICLES[0], CHRONICLES[0], CHRONICLES[1]]) == []


def test_a_part_as_long_as_a_headline_is_no_name() -> None:
    long_tail = "What the minister said on Tuesday about the budget vote"
    titles = [f"Live {n} - {long_tail}" for n in range(5)]
    assert long_tail not in repeated_parts(titles)


def test_a_learned_name_is_cut_off_the_headline_s_end() -> None:
    assert without_parts(CHRONICLES[0], ["Chroniques"]) == "Didier Porte souhaite la Santé à Balkany"
    assert without_parts("Le retour | Chroniques | Là-bas", ["Chroniques", "Là-bas"]) == "Le retour"
    assert without_parts("Chroniques | Le retour", ["Chroniques"]) == "Chroniques | Le retour"  # heads stay
    assert without_parts("Le retour du printemps", ["Chroniques"]) == "Le retour du printemps"


def test_a_headline_that_is_only_the_name_stays_and_a_name_inside_a_word_is_not_cut() -> None:
    assert without_parts("Chroniques", ["Chroniques"]) == "Chroniques"
    assert without_parts("Les Chroniques de Narnia | Cinéma", ["Chroniques"]) == "Les Chroniques de Narnia | Cinéma"
