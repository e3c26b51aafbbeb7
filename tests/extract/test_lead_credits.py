"""The writer a Chinese, Japanese or Korean story credits where its text begins."""

from __future__ import annotations

from pipeline.extract.lead_credits import lead_credit
from pipeline.extract.regions import chrome_or_own
from tests.extract.pages import html, page


def credited(first: str, around: str = "") -> tuple[tuple[str, ...], tuple[str, ...]]:
    tree = page(html(body=f"<h1>見出し</h1><p>{first}</p>{around}")).tree
    found = lead_credit(tree, skip=chrome_or_own)
    return found.authors, found.organizations


def test_a_japanese_paper_s_place_and_correspondents() -> None:
    assert credited("【エルサレム＝酒井圭吾】イスラエルとイスラム主義組織ハマスの戦闘が続く") == (("酒井圭吾",), ())
    assert credited("【ワシントン＝田中洋一、阿部真司】米政府は") == (("田中洋一", "阿部真司"), ())


def test_a_chinese_agency_s_dateline_and_reporters() -> None:
    assert credited("新华社北京6月1日电（记者张伟、李娜）国务院新闻办公室1日发布") == (("张伟", "李娜"), ())
    assert credited("新华社北京6月1日电 国务院新闻办公室1日发布") == ((), ())  # no reporter named


def test_a_korean_agency_s_reporter_and_the_agency_apart() -> None:
    assert credited("(서울=연합뉴스) 홍길동 기자 = 정부는 1일") == (("홍길동",), ("연합뉴스",))


def test_no_credit_from_a_bracket_that_is_not_one_or_from_another_story() -> None:
    assert credited("【速報】政府は1日") == ((), ())
    teaser = "<div class='related-posts'><p>【パリ＝山田花子】仏政府は</p></div>"
    assert credited("政府は1日、発表した。", teaser) == ((), ())


def test_a_page_without_markup_has_no_credit() -> None:
    assert lead_credit(None, skip=chrome_or_own).authors == ()


def test_the_page_s_authors_come_from_the_credit_where_no_byline_names_them() -> None:
    from pipeline.extract import extract_html

    text = "イスラエルとイスラム主義組織ハマスの戦闘が続くパレスチナ自治区ガザで、外国籍保有者がエジプトに退避した。" * 6
    doc = html(body=f"<article><h1>ガザから退避</h1><p>【エルサレム＝酒井圭吾】{text}</p></article>", title="ガザから退避")
    assert extract_html(doc, "https://www.example.jp/world/20231102-1/").authors == ("酒井圭吾",)
