"""One signed POST of an alert to a watchlist's webhook, through the fetcher's SSRF guard.

The body is the alert as JSON. ``X-Newsline-Timestamp`` is the send time (Unix seconds) and
``X-Newsline-Signature`` is ``sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`` keyed with
``watch.webhook_secret`` (``NEWSLINE_WATCH_WEBHOOK_SECRET``); a receiver recomputes it and rejects old
timestamps. Nothing is sent unsigned. The target is checked with :func:`pipeline.fetch.ssrf.check_url` and
connected through :func:`pipeline.fetch.guarded_backend.guarded_transport` (the address connected to is
vetted again); ``fetch.allow_private_addresses`` applies; redirects are not followed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

import httpx

from pipeline.fetch.exceptions import BlockedAddressError, TransportFailure
from pipeline.fetch.guarded_backend import guarded_transport
from pipeline.fetch.ssrf import check_url
from pipeline.settings import Settings
from pipeline.watch.exceptions import DeliveryFailed

SIGNATURE = "X-Newsline-Signature"
TIMESTAMP = "X-Newsline-Timestamp"


def signature(secret: bytes, timestamp: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


def verify(secret: bytes, timestamp: str, body: bytes, header: str) -> bool:
    """What a receiver does (used by the tests): constant-time comparison of the expected signature."""
    return hmac.compare_digest(signature(secret, timestamp, body), header)


def make_client(settings: Settings) -> httpx.Client:
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=2)
    transport = guarded_transport(settings.fetch.allow_private_addresses, limits)
    return httpx.Client(timeout=settings.watch.webhook_timeout_s, follow_redirects=False, trust_env=False,
                        transport=transport, headers={"User-Agent": settings.fetch.user_agent_header})


def post(client: httpx.Client, settings: Settings, url: str, alert: dict[str, Any]) -> int:
    """POST ``alert`` to ``url``; the status on 2xx, else :class:`DeliveryFailed` (``retry`` set for
    timeouts, connection errors, DNS failures, 408, 429 and 5xx). The error names no URL: webhook URLs carry
    tokens (in the path as often as in the query), and the message is logged and stored as ``last_error``."""
    secret = settings.watch.webhook_secret
    if secret is None:
        raise DeliveryFailed("no webhook secret (NEWSLINE_WATCH_WEBHOOK_SECRET): alerts are never sent unsigned",
                             retry=False)
    try:
        check_url(url, settings.fetch.allow_private_addresses)
    except BlockedAddressError as exc:
        raise DeliveryFailed(f"webhook refused by the SSRF guard: {exc.reason}", retry=False) from None
    except TransportFailure as exc:  # the name did not resolve now: a later attempt may get through
        raise DeliveryFailed(exc.reason, retry=True) from None
    body = json.dumps(alert, ensure_ascii=False, default=str).encode("utf-8")
    stamp = str(int(time.time()))
    headers = {"Content-Type": "application/json", TIMESTAMP: stamp, "X-Newsline-Alert": str(alert.get("id")),
               SIGNATURE: signature(secret.get_secret_value().encode("utf-8"), stamp, body)}
    try:
        response = client.post(url, content=body, headers=headers)
    except BlockedAddressError as exc:
        raise DeliveryFailed(f"webhook refused by the SSRF guard: {exc.reason}", retry=False) from None
    except httpx.TimeoutException:
        raise DeliveryFailed("timeout", retry=True) from None
    except httpx.TransportError as exc:
        raise DeliveryFailed(f"connection error ({type(exc).__name__})", retry=True) from None
    if 200 <= response.status_code < 300:
        return response.status_code
    retry = response.status_code in (408, 429) or response.status_code >= 500
    raise DeliveryFailed(f"HTTP {response.status_code}", retry=retry)
