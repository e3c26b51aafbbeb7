"""Secrets out of messages: URLs (and whole messages) made fit for log lines, error texts and stored reasons.

No userinfo (``user:pass@``), and the values of token-like query or fragment parameters (``token``, ``key``,
``api_key``, ``apikey``, ``access_token``, ``secret``, ``password``, ``sig``, ``signature``...) replaced by
``***``. Every log line newsline writes goes through :func:`redact_text` (see :mod:`pipeline.logs`), client
libraries' included; error messages that embed a URL redact it where they are made.
"""

from __future__ import annotations

import re

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

