"""Writers' lines in Chinese, Japanese and Korean, where no letter case tells a name from other words: a title
before the name ("編集委員　中沢克二", "本报记者 张伟 李娜") or after it ("山田太郎記者", "홍길동 기자"), each name
two to four Han or Hangul characters, alone on a short line (a heading's part, a span, a paragraph)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lxml.etree import _Element

from pipeline.extract.page import short_text

NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\uac00-\ud7a3]{2,4})"
LONGEST = 30  # a writer's line is this short; a longer text is a sentence of the article
TAGS = ("span", "p", "div", "address", "em", "strong", "b", "a", "li", "dd")
SEPARATORS = re.compile(r"[\s、，,・/]+")


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _pattern(titles: Iterable[str], suffixes: Iterable[str]) -> re.Pattern[str]:
    before, after = _alternatives(titles), _alternatives(suffixes)
    return re.compile(rf"^(?:(?:{before})\s*(?P<names>{NAME}(?:[\s、，,・/]+{NAME}){{0,2}}?)"
                      rf"|(?P<name>{NAME})\s*(?:{after})){REPORT}$")


# what kind of report, after the names ("記者林宸誼／即時報導", "本报记者 张伟/综合报道")
REPORT = r"(?:\s*[／/][\u4e00-\u9fff]{0,4}(?:報導|报道|報道))?"


def line_names(text: str, titles: Iterable[str], suffixes: Iterable[str]) -> tuple[str, ...]:
    """The names of one writer's line ("記者林宸誼／即時報導": 林宸誼), none if it is not one."""
    titles, suffixes = tuple(titles), tuple(suffixes)
    match = _pattern(titles, suffixes or titles).match(text.strip()) if titles else None
    return _names(match) if match else ()


def _names(match: re.Match[str]) -> tuple[str, ...]:
    return tuple(SEPARATORS.split(match["names"])) if match["names"] else (match["name"],)



def writer_names(tree: _Element | None, titles: Iterable[str], suffixes: Iterable[str],
                 skip: Callable[[_Element], bool]) -> tuple[str, ...]:
    """The names on the first short line that is only a title and names (elements ``skip`` rejects aside)."""
    titles, suffixes = tuple(titles), tuple(suffixes)
    if tree is None or not titles:
        return ()
    pattern = _pattern(titles, suffixes or titles)
    for el in tree.iter(*TAGS):
        text = (short_text(el, LONGEST) or "").strip(" |·/-–—")  # "이용민 기자 | " before the e-mail link
        if not text or not (match := pattern.match(text)) or skip(el):
            continue
        return _names(match)
    return ()
