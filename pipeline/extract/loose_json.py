"""JSON-LD as pages really write it: read as JSON where it is, else after the slips hand-edited templates make
(a trailing comma, JavaScript comments, several objects one after the other, a ``;`` after the last, the
``<![CDATA[ … ]]>`` an XHTML template wraps a script's text in)."""

from __future__ import annotations

import json
import re
from typing import Any

TRAILING_COMMA = re.compile(r",\s*([\]}])")
DECODER = json.JSONDecoder(strict=False)  # control characters inside strings are common and harmless
BETWEEN = " \t\r\n,;"  # what may stand between (and after) objects written one after the other
CDATA = re.compile(r"\s*<!\[CDATA\[(?P<inner>.*)\]\]>\s*", re.DOTALL)


def loads(raw: str) -> Any:
    """The JSON value ``raw`` holds (a list where it holds several one after the other); None where no reading
    of it gives one."""
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        pass  # the slips below, tried in turn
    if wrapped := CDATA.fullmatch(raw):
        raw = wrapped["inner"]
    for text in (raw, _without_comments(raw)):
        for candidate in (text, TRAILING_COMMA.sub(r"\1", text)):
            values = _values(candidate)
            if values:
                return values[0] if len(values) == 1 else values
    return None


def _values(text: str) -> list[Any]:
    """The JSON values written one after the other in ``text``; none where the first does not read, and those
    before the first that does not."""
    found: list[Any] = []
    at = len(text) - len(text.lstrip(BETWEEN))
    while at < len(text):
        try:
            value, at = DECODER.raw_decode(text, at)
        except ValueError:
            break
        found.append(value)
        while at < len(text) and text[at] in BETWEEN:
            at += 1
    return found


def _without_comments(text: str) -> str:
    """``text`` without JavaScript's ``//`` and ``/* */`` comments outside strings ("https://..." is kept)."""
    out: list[str] = []
    at, quoted = 0, False
    while at < len(text):
        char = text[at]
        if quoted:
            out.append(text[at: at + 2] if char == "\\" else char)
            at += 2 if char == "\\" else 1
            quoted = char != '"'
            continue
        if text.startswith("//", at):
            end = text.find("\n", at)
            at = len(text) if end < 0 else end
            continue
        if text.startswith("/*", at):
            end = text.find("*/", at + 2)
            at = len(text) if end < 0 else end + 2
            continue
        quoted = char == '"'
        out.append(char)
        at += 1
    return "".join(out)
