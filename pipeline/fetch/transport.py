"""One HTTP exchange with httpx: streamed, size-capped, total-deadline, no redirects followed here."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from pipeline.fetch.exceptions import BlockedAddressError, TooLargeError, TransportFailure
from pipeline.fetch.guarded_backend import GuardedBackend, guarded_transport
from pipeline.settings import FetchSettings


@dataclass(frozen=True)
class RawResponse:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes


def make_client(fetch: FetchSettings, backend: GuardedBackend | None = None) -> httpx.Client:
    """The fetcher's client; its sockets are opened by ``backend`` (which can shut them down)."""
    timeout = httpx.Timeout(
        connect=fetch.connect_timeout_s, read=fetch.read_timeout_s, write=fetch.read_timeout_s, pool=60.0
    )
    limits = httpx.Limits(max_connections=fetch.workers * 2, max_keepalive_connections=fetch.workers)
    headers = {"User-Agent": fetch.user_agent_header, "Accept-Encoding": "gzip, deflate, br"}
    transport = guarded_transport(fetch.allow_private_addresses, limits, backend)
    return httpx.Client(
        timeout=timeout, limits=limits, headers=headers, follow_redirects=False, trust_env=False, transport=transport
    )


def _read(response: httpx.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes and "content-encoding" not in response.headers:
        raise TooLargeError(url, f"body too large (content-length {declared} > {max_bytes})")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes(65536):  # decoded bytes: a compression bomb hits the cap too
        size += len(chunk)
        if size > max_bytes:
            raise TooLargeError(url, f"body too large (> {max_bytes} bytes, aborted)")
        if time.monotonic() > deadline:
            raise TransportFailure(url, "timeout (total)")
        chunks.append(chunk)
    return b"".join(chunks)


def exchange(
    client: httpx.Client, url: str, headers: dict[str, str], fetch: FetchSettings, read_body: Callable[[int], bool]
) -> RawResponse:
    """GET ``url``; the body is read only when ``read_body`` (redirects and errors skip it)."""
    deadline = time.monotonic() + fetch.total_timeout_s
    try:
        with client.stream("GET", url, headers=headers) as response:
            body = _read(response, url, fetch.max_body_bytes, deadline) if read_body(response.status_code) else b""
            return RawResponse(url, response.status_code, response.headers, body)
    except httpx.TimeoutException as exc:
        raise TransportFailure(url, f"timeout ({type(exc).__name__})") from None
    except httpx.DecodingError as exc:
        raise TransportFailure(url, f"bad content-encoding: {exc}") from None
    except httpx.InvalidURL as exc:
        raise BlockedAddressError(url, f"invalid URL: {exc}") from None
    except httpx.TransportError as exc:
        raise TransportFailure(url, f"connection error ({type(exc).__name__})") from None
