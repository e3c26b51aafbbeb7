"""Decoding HTML bytes: BOM, then the HTTP header, then <meta charset>, then UTF-8, then detection.

A declared charset loses to UTF-8 when the bytes hold non-ASCII text that is valid UTF-8: servers and templates
that say ``iso-8859-1`` or ``euc-kr`` over UTF-8 bytes are common on the real web, while text in a legacy
charset is almost never valid UTF-8 by chance (an accented letter alone is an invalid UTF-8 sequence).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# WHATWG: pages labelled latin-1/ascii are decoded as windows-1252
WESTERN = ("cp1252", "latin_1", "iso8859_15")
WESTERN_LANGS = frozenset(b"en fr de es it pt nl da sv no nb nn fi is ga ca eu gl af sq id ms sw".split())
HTML_LANG = re.compile(rb"""<html[^>]+lang\s*=\s*["']?([a-zA-Z]{2,3})""", re.IGNORECASE)
ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def detect(body: bytes, header_charset: str | None = None) -> str:
    """The codec name to decode ``body`` with."""
    for bom, name in BOMS:
        if body.startswith(bom):
            return name
    meta = META_CHARSET.search(body[:4096])
    declared = _codec(header_charset) or (_codec(meta.group(1).decode("ascii", "replace")) if meta else None)
    if declared and (declared == "utf-8" or declared.startswith(WIDE) or not _utf8_text(body)):
        return declared
    if declared or _utf8(body):
        return "utf-8"
    return _guess(body[:200_000])


WIDE = ("utf-16", "utf-32")  # codecs that are not ASCII-compatible: their bytes say nothing about UTF-8


def _utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf8_text(body: bytes) -> bool:
    """Non-ASCII bytes that are all valid UTF-8."""
    return not body.isascii() and _utf8(body)


def _guess(body: bytes) -> str:
    """charset-normalizer's guess, but windows-1252 (the web's default) when it fits about as well."""
    matches = list(from_bytes(body))
    if not matches:
        return "cp1252"
    best = min(match.chaos for match in matches)
    lang = HTML_LANG.search(body[:4096])
    slack = 0.15 if lang and lang.group(1).lower() in WESTERN_LANGS else 0.05
    for match in matches:
        if match.encoding in WESTERN and match.chaos <= best + slack:
            return "cp1252"
    return _codec(matches[0].encoding) or "cp1252"


def decode(body: bytes, header_charset: str | None = None) -> str:
    return body.decode(detect(body, header_charset), errors="replace")
