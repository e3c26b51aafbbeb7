"""Chinese names from jieba's tagged words: the words joined into names (:mod:`chinese_words`) and the rules that
check them (:mod:`chinese`). The word lists are jieba's own tags, written out, so each rule is tested alone."""

from __future__ import annotations

from pipeline.enrich.entities import chinese, jieba_ner
from pipeline.enrich.entities.chinese_words import compounds, names_after_titles, tagged, with_dotted_names
from pipeline.enrich.entities.mention import Mention


def _names(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    line = "".join(w for w, _ in words)
    return [(line[s:e], label) for label, s, e in tagged(compounds(words))]


def test_an_institution_named_over_several_words_is_one_organisation() -> None:
    words = [("在", "p"), ("国家", "n"), ("发展", "vn"), ("和", "c"), ("改革", "vn"), ("委员会", "n"), ("召开", "v")]
    assert _names(words) == [("国家发展和改革委员会", "ORG")]
    assert _names([("合作伙伴", "n"), ("中国", "ns"), ("排球", "n"), ("协会", "n")]) == [("中国排球协会", "ORG")]


def test_a_company_needs_a_proper_name_and_a_generic_one_is_none() -> None:
    assert _names([("伙伴", "n"), ("索尼", "nr"), ("集团", "n")]) == [("索尼集团", "ORG")]
    assert _names([("这家", "r"), ("科技", "n"), ("公司", "n")]) == []  # "a tech company"


def test_one_word_ministries_and_abbreviations_but_not_regions_ranks_counts_or_events() -> None:
    assert _names([("水利部", "n"), ("副", "b"), ("部长", "n")]) == [("水利部", "ORG")]
    assert _names([("国家", "n"), ("发改委", "j")]) == [("国家发改委", "ORG")]
    for word, tag in (("东南部", "n"), ("领导干部", "n"), ("千万部", "m"), ("奥运会", "j")):
        assert _names([(word, tag)]) == [], word


def test_a_local_body_keeps_its_province_and_a_venue_starts_at_its_place() -> None:
    assert _names([("广东省", "ns"), ("商务厅", "nt")]) == [("广东省商务厅", "ORG")]
    assert _names([("中国", "ns"), ("商务部", "nt")]) == [("中国", "GPE"), ("商务部", "ORG")]  # a country's own
    words = [("四川省", "ns"), ("成都市", "ns"), ("凤凰山", "ns"), ("体育场", "n")]
    assert _names(words) == [("四川省", "GPE"), ("成都市", "GPE"), ("凤凰山体育场", "GPE")]


def test_a_transliterated_name_is_joined_across_its_dot_with_its_last_syllable() -> None:
    words = [("费利佩", "nr"), ("·", "x"), ("阿尔梅", "nr"), ("达", "v"), ("说", "v")]
    assert _names(words) == [("费利佩·阿尔梅达", "PERSON")]
    assert _names([("王毅", "nr"), ("·", "x"), ("说", "v")]) == [("王毅", "PERSON")]  # no name after the dot
    assert _names([("瓦德", "nrt"), ("普尔", "nr"), ("到", "v")]) == [("瓦德普尔", "PERSON")]


def test_a_dotted_name_is_one_person_however_the_dictionary_cut_it() -> None:
    line = "阿米娜·基巴卡说"  # jieba: 阿米/nrt 娜/x ·/x 基/a 巴卡/ns 说/v
    spans = [("PERSON", 0, 2), ("GPE", 5, 7)]
    assert with_dotted_names(line, spans) == [("PERSON", 0, 7)]
    assert with_dotted_names("王毅·说", [("PERSON", 0, 2)]) == [("PERSON", 0, 2)]  # one part only
    words = [("坦桑尼亚", "ns"), ("财政部", "nt"), ("与", "p"), ("德国", "ns"), ("外交部", "nt")]
    assert _names(words) == [("坦桑尼亚财政部", "ORG"), ("德国外交部", "ORG")]  # a foreign country's own body
    assert _names([("南京大学", "nt"), ("商学院", "nt")]) == [("南京大学商学院", "ORG")]


def test_a_name_cut_in_two_after_a_title_is_one_person() -> None:
    words = [("董事长", "n"), ("魏", "nr"), ("哲家", "n"), ("表示", "v")]
    assert names_after_titles(words) == [("董事长", "n"), ("魏哲家", "nr"), ("表示", "v")]
    assert names_after_titles([("行政长官", "n"), ("李家", "nrfg"), ("超", "v")])[1] == ("李家超", "nr")
    for words in ([("市长", "n"), ("盛阅春", "nr"), ("到", "v")],  # a full name already: not "盛阅春到"
                  [("教授", "n"), ("王", "nr"), ("说", "v")],  # a verb of saying
                  [("会议", "n"), ("周", "nr"), ("启航", "v")]):  # no title before
        assert names_after_titles(words) == words


def _fixed(name: str, label: str, text: str = "") -> list[tuple[str, str]]:
    text = text or name
    start = text.find(name)
    found = chinese.normalise([Mention(name, label, start, start + len(name))], text)
    return [(m.text, m.label) for m in found]


def test_persons_must_look_like_names() -> None:
    assert _fixed("王文涛", "PERSON") == [("王文涛", "PERSON")]  # a surname and a given name jieba lacks
    assert _fixed("特朗普", "PERSON") == [("特朗普", "PERSON")]  # transliterated
    for word in ("强降雨", "明显提高", "欧方同", "卫星", "鸿蒙"):  # rain, "clearly raised", ..., a satellite
        assert _fixed(word, "PERSON") == [], word
    assert jieba_ner.dictionary_tag("强降雨") == "nr"  # why: jieba's dictionary lists it as a person
    assert _fixed("周启航", "PERSON", "商学院教授周启航认为") == [("周启航", "PERSON")]  # "启航" is a word, but a title
    assert _fixed("周启航", "PERSON") == []  # stands before it


def test_places_and_organisations_by_what_they_are_and_how_they_end() -> None:
    assert _fixed("乌克兰", "PERSON") == [("乌克兰", "GPE")]
    assert _fixed("熊本县", "PERSON") == [("熊本县", "GPE")]
    assert _fixed("香港特别行政区", "ORG") == [("香港特别行政区", "GPE")]
    assert _fixed("国家体育总局", "PERSON") == [("国家体育总局", "ORG")]
    assert _fixed("徐直军", "PERSON") == [("徐直军", "PERSON")]  # 军 ends a name here, not an army
    assert _fixed("普京", "GPE", "俄罗斯总统普京表示") == [("普京", "PERSON")]  # the dictionary's "place"
    assert _fixed("中美", "GPE") == []  # a pair of countries
    assert _fixed("马德里", "PERSON") == [("马德里", "GPE")]  # Madrid: GeoNames knows it, abroad
    assert _fixed("王文涛", "PERSON") == [("王文涛", "PERSON")]


def test_a_country_before_a_company_is_two_names_before_its_own_body_one() -> None:
    assert _fixed("韩国三星电子", "ORG") == [("韩国", "GPE"), ("三星电子", "ORG")]
    assert _fixed("美国商务部", "ORG") == [("美国商务部", "ORG")]
    assert _fixed("中国女排", "ORG") == [("中国女排", "ORG")]
