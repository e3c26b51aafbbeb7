"""The fetcher's network backend shuts down the sockets it opened, plain and TLS, so a read blocked on a silent
server ends when the fetcher closes (:class:`pipeline.fetch.guarded_backend.GuardedBackend`)."""

from __future__ import annotations

import socket
import ssl
import threading
from pathlib import Path

import httpcore
import pytest

from newsline_dev.services.certs import ensure
from pipeline.fetch.guarded_backend import GuardedBackend


def _silent_tls_server(tmp_path: Path) -> tuple[socket.socket, list[ssl.SSLSocket], Path]:
    """A TLS server on loopback that completes the handshake and never sends a byte."""
    certs = ensure(tmp_path / "certs")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certs.node, certs.node_key)
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[ssl.SSLSocket] = []

    def serve() -> None:
        conn, _ = listener.accept()
        accepted.append(context.wrap_socket(conn, server_side=True))

    threading.Thread(target=serve, daemon=True).start()
    return listener, accepted, certs.ca


@pytest.mark.parametrize("tls", [False, True])
def test_shutdown_ends_a_read_blocked_on_a_silent_server(tmp_path: Path, tls: bool) -> None:
    listener, accepted, ca = _silent_tls_server(tmp_path) if tls else (socket.create_server(("127.0.0.1", 0)), [], None)
    if not tls:
        threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()
    backend = GuardedBackend(allow_private=True)
    stream = backend.connect_tcp("127.0.0.1", listener.getsockname()[1], timeout=10)
    if ca is not None:
        client = ssl.create_default_context(cafile=str(ca))
        client.check_hostname = False
        stream = stream.start_tls(client, server_hostname="localhost", timeout=10)  # the plain socket is detached
    outcome: list[object] = []

    def read() -> None:
        try:
            outcome.append(stream.read(1024, timeout=60))  # a minute, unless shut down
        except httpcore.ReadError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    reader.join(timeout=0.5)
    assert reader.is_alive() and not outcome  # blocked: the server says nothing
    assert backend.shutdown() >= 1
    reader.join(timeout=10)
    try:
        assert not reader.is_alive(), "the read went on after shutdown"
        assert outcome == [b""] or isinstance(outcome[0], httpcore.ReadError)  # end of stream, or a read error
    finally:
        stream.close()
        for sock in (*accepted, listener):
            sock.close()
