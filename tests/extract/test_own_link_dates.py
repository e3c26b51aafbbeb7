"""The time a list of posts shows beside a link to the page being read."""

from __future__ import annotations

from pipeline.extract.dates import best, page_stamps
from pipeline.extract.own_link_dates import own_link_stamp
from tests.extract.pages import html, page

URL = "https://www.example.at/2021/10/20/zentrum-eroeffnet/"
ITEM = "<li><a href='{href}'><strong>Zentrum eröffnet<span class='news-time'>20.10.2021 - 10:24</span></strong></a></li>"


def listed(href: str, extra: str = "") -> str:
    return html(body=f"<h1>Zentrum eröffnet</h1><p>Text.</p>{extra}<aside><ul>{ITEM.format(href=href)}</ul></aside>")


def test_a_recent_posts_list_gives_the_time_of_the_post_being_read() -> None:
    assert own_link_stamp(page(listed(URL), URL)) == "2021-10-20 10:24"
    assert own_link_stamp(page(listed("/2021/10/20/zentrum-eroeffnet"), URL)) == "2021-10-20 10:24"  # relative
    stamp = best(page_stamps(page(listed(URL), URL))[0])
    assert stamp is not None and (stamp.at.hour, stamp.at.minute, stamp.precision) == (10, 24, "minute")


def test_no_time_from_links_to_other_pages_or_to_a_comment() -> None:
    assert own_link_stamp(page(listed("https://www.example.at/2021/10/19/other/"), URL)) is None
    assert own_link_stamp(page(listed(URL + "#comment-12"), URL)) is None  # a comment's permalink
    assert own_link_stamp(page(listed(URL), None)) is None
    hostile = "<a href='http://[ccpa-preferences]/'>20.10.2021 - 10:24</a>"  # no URL parser reads it
    assert own_link_stamp(page(listed(URL, hostile), URL)) == "2021-10-20 10:24"


def test_a_link_to_another_article_of_the_same_script_is_another_page() -> None:
    url = "https://news.example.org/article.php?id=12"
    assert own_link_stamp(page(listed("article.php?id=13"), url)) is None
    assert own_link_stamp(page(listed("article.php?id=12"), url)) == "2021-10-20 10:24"
