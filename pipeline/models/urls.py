"""URL canonicalisation, the document id derived from it, and URL redaction for messages.

Credentials never travel with an article: :func:`strip_userinfo` removes ``user:pass@`` from the URLs an
article record keeps (``url``, ``requested_url``, ``previous_urls``), and :func:`canonicalize_url` keeps only
the host. Anything that puts a URL into a log line or an error message passes it through :func:`redact_url`
(or a whole message through :func:`redact_text`): no userinfo, and the values of token-like query parameters
(``token``, ``key``, ``api_key``, ``access_token``, ``secret``, ``password``, ``sig``, ``signature``...)
replaced by ``***``.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_")
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ocid", "cmpid", "ref", "ref_src", "smid"}
)
DEFAULT_PORTS = {"http": 80, "https": 443}
MASK = "***"
SECRET_WORDS = ("token", "key", "secret", "password", "passwd", "pwd", "sig", "auth", "credential", "session")
_USERINFO = re.compile(r"^(\s*[a-zA-Z0-9+.-]*:)?//[^/?#]*@")
_PARAM = re.compile(r"([?&;#])([^=&;#?]*)=([^&;#?]*)")
_URL_IN_TEXT = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^\s'\"<>]+")
_PARAM_IN_TEXT = re.compile(r"([?&;#])([^=&;#?\s]*)=([^&;#?\s'\"<>)]*)")


def strip_userinfo(url: str) -> str:
    """``url`` without ``user:pass@`` in its authority (also when the rest of the URL does not parse)."""
    return _USERINFO.sub(lambda m: f"{m.group(1) or ''}//", url, count=1)


def _mask_param(match: re.Match[str]) -> str:
    name = match.group(2)
    if any(word in name.lower() for word in SECRET_WORDS):
        return f"{match.group(1)}{name}={MASK}"
    return match.group(0)


def redact_url(url: str) -> str:
    """``url`` fit for a log line or an error message: no userinfo, token-like query/fragment values masked."""
    return _PARAM.sub(_mask_param, strip_userinfo(url))


def redact_text(text: str) -> str:
    """``text`` with every URL in it redacted (:func:`redact_url`)."""
    def redact(match: re.Match[str]) -> str:
        url = match.group(0)
        core = url.rstrip(").,;:!?]")  # sentence punctuation after a URL stays outside it
        return redact_url(core) + url[len(core):]

    # then token-like parameters anywhere (a URL with a space in it is not found whole above)
    return _PARAM_IN_TEXT.sub(_mask_param, _URL_IN_TEXT.sub(redact, text))


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonicalize_url(url: str) -> str:
    """Normalise scheme/host/port, drop userinfo, fragments and tracking parameters, sort the query.

    Raises ValueError for a URL that does not parse (``http://[x``, a port above 65535)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"  # an IPv6 literal keeps its brackets (else its last group reads as a port)
    if parts.port and DEFAULT_PORTS.get(scheme) != parts.port:
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip() or "/"  # trailing blanks: stripped from the whole URL too (idempotence)
    if not host:
        path = "/" + path.lstrip("/")  # "http:////x" has no host: its path must not turn into one
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
