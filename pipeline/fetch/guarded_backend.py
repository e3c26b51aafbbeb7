"""Connect-time SSRF check: the address actually connected to is the one that was checked.

:func:`pipeline.fetch.ssrf.check_url` refuses a URL early with a clear reason; this backend repeats the
check when the TCP connection is opened and connects to the vetted IP itself, so a DNS answer that changes
in between (rebinding) cannot slip a private address through. TLS still verifies the original host name.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import threading
import weakref
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from pipeline.fetch.exceptions import BlockedAddressError
from pipeline.fetch.ssrf import classify

log = logging.getLogger(__name__)


class GuardedBackend(httpcore.NetworkBackend):
    """Opens the pool's sockets, and shuts down every one still open when its fetcher closes (:meth:`shutdown`):
    a read blocked on a silent server then ends at once instead of at its read timeout."""

    def __init__(self, allow_private: bool) -> None:
        self._allow_private = allow_private
        self._inner = httpcore.SyncBackend()
        self._sockets: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._lock = threading.Lock()

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
        return _Tracked(self._inner.connect_tcp(address, port, timeout, local_address, socket_options), self)

    def track(self, stream: httpcore.NetworkStream) -> None:
        """Remember ``stream``'s socket, to shut it down on :meth:`shutdown`."""
        sock = stream.get_extra_info("socket")
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets.add(sock)

    def shutdown(self) -> int:
        """Shut down every socket still open (reads and writes on it fail at once); how many were."""
        with self._lock:
            sockets = list(self._sockets)
        done = 0
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError as exc:  # closed by the pool meanwhile, or never connected
                log.debug("socket shutdown skipped reason=%s", exc)
                continue
            done += 1
        return done

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        raise BlockedAddressError("unix socket", "unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _Tracked(httpcore.NetworkStream):
    """A stream whose socket (and its TLS socket once wrapped: the plain one is detached then) the backend
    tracks."""

    def __init__(self, inner: httpcore.NetworkStream, backend: GuardedBackend) -> None:
        self._inner = inner
        backend.track(inner)
        self._backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _Tracked(self._inner.start_tls(ssl_context, server_hostname, timeout), self._backend)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


def guarded_transport(allow_private: bool, limits: httpx.Limits,
                      backend: GuardedBackend | None = None) -> httpx.HTTPTransport:
    """An httpx transport whose connection pool opens sockets through ``backend`` (a new :class:`GuardedBackend`
    by default)."""
    transport = httpx.HTTPTransport(limits=limits, trust_env=False)
    pool = transport._pool  # noqa: SLF001 - httpx exposes no network_backend option; pinned httpcore 1.x
    if not isinstance(pool, httpcore.ConnectionPool) or not hasattr(pool, "_network_backend"):
        raise RuntimeError("unexpected httpx/httpcore internals: cannot install the connect-time SSRF guard")
    pool._network_backend = backend or GuardedBackend(allow_private)  # noqa: SLF001
    return transport
