"""URL canonicalisation and the document id derived from it."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_")
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ocid", "cmpid", "ref", "ref_src", "smid"}
)
DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def incoming_url(raw: str, base: str | None = None) -> str:
    """A URL as newsline accepts it on the way in (feeds, sitemaps, lists, files): absolute http(s) with a host
    and a valid port, resolved against ``base``, with any ``user:password@`` removed so credentials never reach
    documents or logs. ``ValueError`` says why not (without echoing credentials)."""
    link = raw.strip()
    if not link:
        raise ValueError("empty link")
    try:
        url = urljoin(base, link) if base else link
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:  # "Invalid IPv6 URL", "Port out of range 0-65535", ...
        raise ValueError(f"invalid URL: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"not an http(s) link ({scheme or 'no'} scheme)")
    host = parts.hostname
    if not host:
        raise ValueError("invalid URL: no host")
    if port == 0:
        raise ValueError("invalid URL: port 0")
    return strip_userinfo(url)


USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*:)?//[^/?#]*@")


def strip_userinfo(url: str) -> str:
    """``url`` without ``user:password@`` in its authority, otherwise unchanged (also when it does not parse)."""
    found = USERINFO.match(url)
    return f"{found.group(1) or ''}//{url[found.end():]}" if found else url


def canonicalize_url(url: str) -> str:
    """Normalise scheme/host/port, drop fragments and tracking parameters, sort the query."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.port and DEFAULT_PORTS.get(scheme) != parts.port:
        host = f"{host}:{parts.port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def hostname_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.lower() if host else None


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def article_id_for_url(url: str) -> str:
    """The document id: sha256 of the canonical URL."""
    return sha256_hex(canonicalize_url(url))


def article_id_for_content(title: str, text: str) -> str:
    """Id for an article with no URL (a file): sha256 of its normalised content."""
    normalised = " ".join(f"{title}\n{text}".split()).casefold()
    return sha256_hex(f"urn:newsline:content:{sha256_hex(normalised)}")
