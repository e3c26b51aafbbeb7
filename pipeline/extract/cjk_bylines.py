"""Writers' lines in Chinese, Japanese and Korean, where no letter case tells a name from other words: a title
before the name ("編集委員　中沢克二", "本报记者 张伟 李娜") or after it ("山田太郎記者", "홍길동 기자"), or a label
("作者：记者王敬照", "作者：王敬照"), each name two to four Han or Hangul characters, alone on a short line (a heading's
part, a span, a paragraph); and the outlet a source line names ("稿件来源：河北日报")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lxml.etree import _Element

from pipeline.extract.page import short_text

HAN = r"[\u4e00-\u9fff]{2,4}"  # a name in Han characters, family and given name
NAME = rf"(?:{HAN}|[\uac00-\ud7a3]{{2,4}})"
CJK = re.compile(r"[\u4e00-\u9fff\uac00-\ud7a3]")
LONGEST = 30  # a writer's line is this short; a longer text is a sentence of the article
TAGS = ("span", "p", "div", "address", "em", "strong", "b", "a", "li", "dd", "font", "td")
SEPARATORS = re.compile(r"[\s、，,・/]+")
# a person's name as a JSON-LD Person writes it: two to four Han or Hangul characters, family and given name
# perhaps parted by a space ("佐藤 花子", "佐藤　花子", "王敬照"), or katakana parts joined by a middle dot
PERSON = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,3}[ \u3000][\u4e00-\u9fff]{1,3}|[\uac00-\ud7a3]{2,4}"
                    r"|[\u30a1-\u30fa\u30fc]{2,}(?:・[\u30a1-\u30fa\u30fc]{2,})+)$")


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NAMES = rf"{NAME}(?:[\s、，,・/]+{NAME}){{0,2}}?"
# a label naming the writer ("作者：", "撰文:"): a title may follow it ("作者：记者王敬照")
LABELS = r"(?:作者|撰文|采写|採寫|文|글)\s*[：:]\s*"
# a label naming the text's source ("稿件来源：河北日报"), not a picture's ("图片来源：")
SOURCE = re.compile(r"^(?:稿件来源|稿件來源|来源|來源|消息来源|出處|출처)\s*[：:]\s*"
                    r"(?P<outlet>[\u4e00-\u9fff\uac00-\ud7a3]{2,12})$")
SOURCE_LINES = "//body//*[" + " or ".join(f"contains(text(), '{w}')" for w in ("来源", "來源", "出處", "출처")) + "]"


def _pattern(titles: Iterable[str], suffixes: Iterable[str]) -> re.Pattern[str]:
    before, after = _alternatives(titles), _alternatives(suffixes)
    return re.compile(rf"^(?:{LABELS}(?:(?:{before})\s*)?(?P<labelled>{NAMES})|(?:{before})\s*(?P<names>{NAMES})"
                      rf"|(?P<name>{NAME})\s*(?:{after})){REPORT}$")


# what kind of report, after the names ("記者林宸誼／即時報導", "本报记者 张伟/综合报道")
REPORT = r"(?:\s*[／/][\u4e00-\u9fff]{0,4}(?:報導|报道|報道))?"


def line_names(text: str, titles: Iterable[str], suffixes: Iterable[str]) -> tuple[str, ...]:
    """The names of one writer's line ("記者林宸誼／即時報導": 林宸誼), none if it is not one."""
    titles, suffixes = tuple(titles), tuple(suffixes)
    match = _pattern(titles, suffixes or titles).match(text.strip()) if titles else None
    return _names(match) if match else ()


def person_name(text: str) -> str | None:
    """``text`` as a Chinese, Japanese or Korean person's name (a full-width space made plain), else None."""
    name = text.strip().replace("\u3000", " ")
    return name if PERSON.match(name) else None


def _names(match: re.Match[str]) -> tuple[str, ...]:
    names = match["labelled"] or match["names"]
    return tuple(SEPARATORS.split(names)) if names else (match["name"],)



def writer_names(tree: _Element | None, titles: Iterable[str], suffixes: Iterable[str],
                 skip: Callable[[_Element], bool]) -> tuple[str, ...]:
    """The names on the first short line that a label marks as the writer's ("作者：记者王敬照"), else on the first
    that is only a title and names (elements ``skip`` rejects aside)."""
    titles, suffixes = tuple(titles), tuple(suffixes)
    if tree is None or not titles:
        return ()
    pattern = _pattern(titles, suffixes or titles)
    first: tuple[str, ...] = ()
    spread = written_in_cjk(tree)  # a line laid out across the markup is read only on such a page
    for el in tree.iter(*TAGS):
        text = _line(el, spread).strip(" |·/-–—")  # "이용민 기자 | " before the e-mail link
        if not text or not (match := pattern.match(text)) or skip(el):
            continue
        if match["labelled"]:
            return _names(match)
        first = first or _names(match)
    return first


def written_in_cjk(tree: _Element) -> bool:
    """The page is Chinese, Japanese or Korean by its title's script or its declared language."""
    lang = (tree.get("lang") or "").casefold()[:2]
    return lang in ("zh", "ja", "ko") or CJK.search(tree.findtext(".//title") or "") is not None


def _line(el: _Element, spread: bool = True) -> str:
    """The element's text if it is a short line; ``spread``: spaces aside (a line laid out across the markup:
    "作者：", a new line, then "记者王敬照")."""
    text = short_text(el, 4 * LONGEST if spread else LONGEST) or ""
    return text if len(text.replace(" ", "")) <= LONGEST else ""


def source_outlets(tree: _Element | None, skip: Callable[[_Element], bool]) -> tuple[str, ...]:
    """The outlet the first source line names as the text's ("稿件来源：河北日报"), unless the page's title names it
    (with or without its "网", "site": "来源：新华网" under "...-新华网" is the site itself)."""
    if tree is None or not written_in_cjk(tree):
        return ()
    title = tree.findtext(".//title") or ""
    for el in tree.xpath(SOURCE_LINES):
        text = _line(el)
        if text and (match := SOURCE.match(text)) and not skip(el):
            return () if match["outlet"].rstrip("网網") in title else (match["outlet"],)
    return ()


DATED_PART = re.compile(r"^[\d\s:./年月日-]*$")  # "2017-03-01 14:27:02", "2017年3月1日", a count of views


HAN_NAME = re.compile(rf"^{HAN}$")


def marked_name(parts: str, titles: Iterable[str]) -> str | None:
    """A byline element's one Chinese (or Japanese) name in Han characters beside its date (``<div
    class="author"><span class="name">谢若含</span><span>2017-03-01 14:27:02</span></div>``, its parts comma-joined):
    the writer, when every other part is a date, a time or a number. (Two to four Hangul syllables beside a date are
    as often a user's handle or a word: "아츠손" under a Naver post.)"""
    pieces = [p.strip() for p in parts.split(",") if p.strip()]
    names = [p for p in pieces if HAN_NAME.match(p) and p not in titles]
    rest = [p for p in pieces if not HAN_NAME.match(p)]
    return names[0] if len(names) == 1 and all(DATED_PART.match(p) for p in rest) else None
