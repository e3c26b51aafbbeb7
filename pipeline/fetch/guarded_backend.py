"""Connect-time SSRF check: the address actually connected to is the one that was checked.

:func:`pipeline.fetch.ssrf.check_url` refuses a URL early with a clear reason; this backend repeats the
check when the TCP connection is opened and connects to the vetted IP itself, so a DNS answer that changes
in between (rebinding) cannot slip a private address through. TLS still verifies the original host name.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from pipeline.fetch.exceptions import BlockedAddressError
from pipeline.fetch.ssrf import classify


class GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, allow_private: bool) -> None:
        self._allow_private = allow_private
        self._inner = httpcore.SyncBackend()

    def vetted_address(self, host: str, port: int) -> str:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"dns resolution failed: {exc}") from None
        for info in infos:
            ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
            why = classify(ip)
            if why == "cloud-metadata" or (why and not self._allow_private):
                raise BlockedAddressError(f"{host}:{port}", f"blocked address {ip} ({why}) at connect")
        return str(infos[0][4][0])

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        address = self.vetted_address(host, port)
        return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise BlockedAddressError("unix socket", "unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def guarded_transport(allow_private: bool, limits: httpx.Limits) -> httpx.HTTPTransport:
    """An httpx transport whose connection pool opens sockets through :class:`GuardedBackend`."""
    transport = httpx.HTTPTransport(limits=limits, trust_env=False)
    pool = transport._pool  # noqa: SLF001 - httpx exposes no network_backend option; pinned httpcore 1.x
    if not isinstance(pool, httpcore.ConnectionPool) or not hasattr(pool, "_network_backend"):
        raise RuntimeError("unexpected httpx/httpcore internals: cannot install the connect-time SSRF guard")
    pool._network_backend = GuardedBackend(allow_private)  # noqa: SLF001
    return transport
