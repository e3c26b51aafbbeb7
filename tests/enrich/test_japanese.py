"""Japanese names as an editor writes them (pipeline.enrich.entities.japanese), and the common rules where a script
has no spaces and no letter case: noise, grounding, family names, abbreviations (mentions, grounding, merge)."""

from __future__ import annotations

import pytest

from pipeline.enrich.entities.grounding import Said
from pipeline.enrich.entities.japanese import ENE_LABELS, OTHER, ROLE, label_of, normalise
from pipeline.enrich.entities.mention import Mention
from pipeline.enrich.entities.mentions import is_noise
from pipeline.enrich.entities.merge import merge


def _one(name: str, label: str, text: str) -> list[tuple[str, str]]:
    start = text.index(name)
    found = normalise([Mention(name, label, start, start + len(name))], text)
    assert all(text[m.start:m.end] == m.text for m in found), found  # spans still point at the text
    return [(m.label, m.text) for m in found]


@pytest.mark.parametrize(("name", "label", "text", "expected"), [
    ("林芳正官房長官", ROLE, "林芳正官房長官は記者会見で述べた。", [("PERSON", "林芳正")]),
    ("ドナルド・トランプ大統領", "PERSON", "アメリカのドナルド・トランプ大統領と会談", [("PERSON", "ドナルド・トランプ")]),
    ("加藤財務相", ROLE, "加藤財務相は閣議後に", [("PERSON", "加藤")]),
    ("菅義偉前首相", ROLE, "菅義偉前首相が出席した", [("PERSON", "菅義偉")]),
    ("岸田氏", "PERSON", "岸田氏は語った", [("PERSON", "岸田")]),
    ("官房長官", ROLE, "官房長官は述べた", []),  # a role alone
    ("同社社長", ROLE, "同社社長は述べた", []),
    ("米国大統領", ROLE, "米国大統領は述べた", []),  # a country's role, no one named
    ("日本代表", ROLE, "日本代表の森保一監督", []),
    ("ペスコフ", "ORG", "ロシア大統領府のペスコフ報道官は", [("PERSON", "ペスコフ")]),  # a title only people carry
    ("トヨタ", "ORG", "トヨタ社長は述べた", [("ORG", "トヨタ")]),  # a company's title: still the company
    ("自由民主党", OTHER, "自由民主党と公明党", [("ORG", "自由民主党")]),  # tagged as a product
    ("公明党", "PERSON", "自由民主党と公明党", [("ORG", "公明党")]),
    ("日本サッカー協会", "LOC", "日本サッカー協会によると", [("ORG", "日本サッカー協会")]),
    ("春闘", OTHER, "春闘の結果", []),  # another kind: no name
    ("利上げ", "GPE", "利上げを決めた", []),  # an inflected word
    ("閣議後", "ORG", "閣議後の記者会見で", []),  # after the cabinet meeting: a time
    ("茨城県鹿嶋市", "GPE", "茨城県鹿嶋市のスタジアム", [("GPE", "茨城県"), ("GPE", "鹿嶋市")]),
    ("首都キーウ", "GPE", "首都キーウを訪れた", [("GPE", "キーウ")]),
    ("日米", "GPE", "日米同盟の強化", []),  # two countries' short forms
    ("「トヨタ自動車」", "ORG", "「トヨタ自動車」の", [("ORG", "トヨタ自動車")]),
])
def test_japanese_names_as_an_editor_writes_them(name: str, label: str, text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert _one(name, label, text) == expected


def test_the_model_labels_map_to_newslines_and_non_names_stay_apart() -> None:
    assert (label_of("Person"), label_of("Company"), label_of("Political_Party"), label_of("Province")) == (
        "PERSON", "ORG", "ORG", "GPE")
    assert label_of("Position_Vocation") == ROLE and label_of("Product_Other") == OTHER
    assert label_of("Date") == "Date" and label_of("Money") == "Money"  # not names: the rules never see them
    assert set(ENE_LABELS.values()) == {"PERSON", "ORG", "GPE", "LOC", "NORP", ROLE}


def test_a_name_without_letter_case_is_not_noise() -> None:
    assert not is_noise("東京") and not is_noise("トランプ")
    assert is_noise("jihadist") and is_noise("東") and is_noise("2025")


def test_a_name_in_a_script_without_spaces_is_said_inside_a_longer_run() -> None:
    said = Said.of("石破茂首相は5日、ドナルド・トランプ大統領と会談した。")
    assert said("石破茂") and said("ドナルド・トランプ") and said("トランプ")
    assert not said("岸田文雄")
    assert not Said.of("the Rotterdammers came")("Rotterdam")  # spaced scripts keep word boundaries
    assert not Said.of("サッカーJ1リーグ")("1リーグ")  # a Latin letter before the digit: part of 'J1'


def _entities(*mentions: tuple[str, str], text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    found, at = [], 0
    for name, label in mentions:
        at = text.index(name, at)
        found.append(Mention(name, label, at, at + len(name)))
        at += len(name)
    return {e.name: (e.label, e.surface_forms) for e in merge(found, text)}


def test_family_names_and_foreign_surnames_join_the_full_name() -> None:
    text = "石破茂首相はドナルド・トランプ大統領と会談した。石破首相は、トランプ氏と合意したと述べた。"
    found = _entities(("石破茂", "PERSON"), ("ドナルド・トランプ", "PERSON"), ("石破", "PERSON"),
                      ("トランプ", "PERSON"), text=text)
    assert found == {"石破茂": ("PERSON", ("石破茂", "石破")),
                     "ドナルド・トランプ": ("PERSON", ("ドナルド・トランプ", "トランプ"))}


def test_a_name_mentioned_once_is_kept_where_names_have_no_spaces() -> None:
    assert set(_entities(("林芳正", "PERSON"), text="林芳正官房長官は述べた。")) == {"林芳正"}
    assert not _entities(("Halvorsen", "PERSON"), text="Halvorsen said.")  # one word, once: no support


def test_an_abbreviation_joins_the_organisation_it_is_drawn_from() -> None:
    text = "自由民主党と公明党は協議した。自民党の幹部は、日本銀行と日銀の会合に触れた。"
    found = _entities(("自由民主党", "ORG"), ("公明党", "ORG"), ("自民党", "ORG"), ("日本銀行", "ORG"),
                      ("日銀", "ORG"), text=text)
    assert found == {"自由民主党": ("ORG", ("自由民主党", "自民党")), "公明党": ("ORG", ("公明党",)),
                     "日本銀行": ("ORG", ("日本銀行", "日銀"))}


def test_an_organisation_ending_does_not_make_a_prefecture_an_organisation() -> None:
    assert _one("京都市交通局", OTHER, "京都市交通局は発表した") == [("ORG", "京都市交通局")]  # tagged as a museum
    assert _one("ロシア大統領府", "GPE", "ロシア大統領府の報道官") == [("ORG", "ロシア大統領府")]
    assert _one("京都府", "GPE", "京都府の知事") == [("GPE", "京都府")]
