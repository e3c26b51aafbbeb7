"""The writer a Chinese, Japanese or Korean story names where its text begins, in the form its agency or paper
uses: "【エルサレム＝酒井圭吾】" (a Japanese paper's place and correspondent), "新华社北京6月1日电（记者张伟、李娜）"
(a Chinese agency's dateline and reporters), "(서울=연합뉴스) 홍길동 기자 =" (a Korean agency's place, name and
reporter, the agency an organisation of its own)."""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml.etree import _Element

from pipeline.extract.credits import Byline

HAN_KANA = r"[\u4e00-\u9fff\u3040-\u309f\u30a0-\u30ff]{2,6}"  # a Japanese name: Han, perhaps with kana
HAN = r"[\u4e00-\u9fff]{2,4}"
HANGUL = r"[\uac00-\ud7a3]{2,4}"
PARTED = r"\s*[、，,・·ㆍ]\s*"
LEADS = (
    re.compile(rf"^【[^＝=】]{{1,12}}[＝=](?P<names>{HAN_KANA}(?:{PARTED}{HAN_KANA}){{0,3}})】"),
    re.compile(rf"^[^（(]{{2,30}}[电電]\s*[（(]\s*(?:记者|記者)\s*(?P<names>{HAN}(?:(?:{PARTED}|\s+){HAN}){{0,3}})\s*[）)]"),
    re.compile(rf"^[(（]\s*[\uac00-\ud7a3]{{1,8}}\s*=\s*(?P<outlet>[\uac00-\ud7a3A-Za-z0-9]{{2,10}})\s*[)）]\s*"
               rf"(?P<names>{HANGUL}(?:{PARTED}{HANGUL}){{0,3}})\s*(?:기자|특파원)\s*="),
)
OPENING = 80  # characters of a paragraph the credit opens
TAGS = ("p", "div", "span", "td")


def lead_credit(tree: _Element | None, skip: Callable[[_Element], bool]) -> Byline:
    """The writers (and the Korean agency) credited where the first paragraph so opened begins, outside the
    elements ``skip`` rejects (page chrome, other stories)."""
    for el in tree.iter(*TAGS) if tree is not None else ():
        text = (el.text or "").lstrip()
        if not text or text[0] not in "【(（" and not ("电" in text[:30] or "電" in text[:30]):
            continue
        for pattern in LEADS:
            if (match := pattern.match(text[:OPENING])) and not skip(el):
                names = tuple(n for n in re.split(PARTED + r"|\s+", match["names"]) if n)
                outlet = match.groupdict().get("outlet")
                return Byline(names, (outlet,) if outlet else ())
    return Byline()
