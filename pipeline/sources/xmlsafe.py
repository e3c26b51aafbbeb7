"""Safe, tolerant XML parsing for feeds and sitemaps.

Refused outright: any DTD declaring entities (billion laughs, external entities). The parser never loads
DTDs, never touches the network and keeps libxml2's size limits. Tolerated: HTML named entities
(``&nbsp;`` is rewritten to a numeric reference), a BOM or blank lines before the XML declaration, gzip.
"""

from __future__ import annotations

import re
import zlib
from html.entities import name2codepoint

from lxml import etree

from pipeline.sources.exceptions import SourceError

ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def gunzip(data: bytes, where: str, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing more than ``max_bytes`` of output (gzip bombs)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise SourceError(where, f"bad gzip data: {exc}") from None
    if len(out) > max_bytes:
        raise SourceError(where, f"gzip data expands past {max_bytes} bytes")
    return out


def _numeric(match: re.Match[bytes]) -> bytes:
    name = match.group(1)
    if name in XML_ENTITIES:
        return match.group(0)
    code = name2codepoint.get(name.decode("ascii"))
    return f"&#{code};".encode() if code else b"&amp;" + name + b";"


def parse(data: bytes, where: str, max_bytes: int = 50_000_000) -> etree._Element:
    """Parse ``data`` (maybe gzipped) into an element tree, or raise SourceError saying why not."""
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, where, max_bytes)
    data = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    head = data[:65536]
    if DOCTYPE.search(head) and ENTITY_DECL.search(data):
        raise SourceError(
            where, "XML refused: it declares entities (possible entity-expansion or external-entity attack)"
        )
    if not data.startswith(b"<"):
        raise SourceError(where, "not XML (does not start with '<')")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False, recover=False
    )
    try:
        root = etree.fromstring(NAMED_ENTITY.sub(_numeric, data), parser)  # noqa: S320 - hardened parser above
    except etree.XMLSyntaxError as exc:
        raise SourceError(where, f"malformed XML: {exc}") from None
    if root is None:
        raise SourceError(where, "empty XML document")
    return root


def local(tag: object) -> str:
    """Tag name without namespace, lower-cased."""
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def child_text(element: etree._Element, *names: str) -> str | None:
    """Text of the first direct child whose local name is one of ``names``."""
    for child in element:
        if local(child.tag) in names:
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return None
