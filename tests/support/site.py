"""A threaded HTTP server on 127.0.0.1 serving the fixture site, with a log of every request."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Reply:
    status: int = 200
    body: bytes | Iterator[bytes] = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


Route = Callable[["Request"], Reply]


@dataclass(frozen=True)
class Request:
    path: str
    query: str
    headers: dict[str, str]
    at: float


class Site:
    def __init__(self, host: str = "127.0.0.1") -> None:
        """``host``: any 127.x.y.z address, so several sites are distinct hosts to the politeness rules."""
        self.routes: dict[str, Route | Reply] = {}
        self.log: list[Request] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://{host}:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.log if r.path == path]

    def add(self, path: str, reply: Route | Reply) -> None:
        self.routes[path] = reply

    def start(self) -> Site:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _record(self, request: Request) -> Reply:
        with self._lock:
            self.log.append(request)
        route = self.routes.get(request.path)
        if route is None:
            return Reply(404, b"not found", "text/plain")
        reply = route(request) if callable(route) else route
        etag = reply.headers.get("ETag")
        if etag and request.headers.get("If-None-Match") == etag:  # conditional GET, like a real server
            return Reply(304, b"", reply.content_type, {"ETag": etag})
        return reply

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - silence stderr
                return

            def do_GET(self) -> None:  # noqa: N802 - http.server API
                parts = urlsplit(self.path)
                reply = site._record(Request(parts.path, parts.query, dict(self.headers), time.monotonic()))
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self._send(reply)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def _send(self, reply: Reply) -> None:
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if isinstance(reply.body, bytes):
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                    return
                self.send_header("Connection", "close")  # streamed without a length
                self.end_headers()
                self.close_connection = True
                for chunk in reply.body:
                    self.wfile.write(chunk)

        return Handler


def gz(data: str | bytes) -> bytes:
    return gzip.compress(data.encode() if isinstance(data, str) else data, mtime=0)


def endless(total: int, chunk: int = 65536) -> Iterator[bytes]:
    """``total`` bytes of filler HTML, produced lazily."""
    yield b"<html><body><p>"
    sent = 0
    while sent < total:
        yield b"x" * chunk
        sent += chunk
