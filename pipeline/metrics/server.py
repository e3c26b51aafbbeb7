"""One small HTTP server per worker process: ``GET /metrics`` (Prometheus text format) and ``GET /healthz``."""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from pipeline.metrics.exceptions import MetricsError
from pipeline.metrics.worker import WorkerMetrics
from pipeline.settings import MetricsSettings, Settings

log = logging.getLogger(__name__)


class _Handler(BaseHTTPRequestHandler):
    metrics: WorkerMetrics  # set on the per-server subclass

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        path = self.path.split("?", 1)[0]
        if path == "/metrics":
            self._send(200, generate_latest(self.metrics.registry), CONTENT_TYPE_LATEST)
        elif path == "/healthz":
            state = self.metrics.health.state()
            body = {"status": "ok" if state.healthy else "unhealthy", "worker": self.metrics.kind,
                    "reason": state.reason, "since_progress_s": round(state.since_progress_s, 3)}
            if state.warning:
                body["warning"] = state.warning
            self._send(200 if state.healthy else 503, json.dumps(body).encode(), "application/json")
        else:
            self._send(404, b"not found: try /metrics or /healthz\n", "text/plain; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server API
        log.debug("metrics request " + format, *args)


class MetricsServer:
    """A started server; ``close()`` stops it. ``port`` is the bound port (useful with port 0)."""

    def __init__(self, server: ThreadingHTTPServer) -> None:
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="newsline-metrics", daemon=True)
        self._thread.start()

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> MetricsServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(settings: Settings | MetricsSettings, metrics: WorkerMetrics, *, port_offset: int = 0) -> MetricsServer | None:
    """Start serving ``metrics`` if ``metrics.enabled``; ``port_offset`` separates processes of one host."""
    config = settings.metrics if isinstance(settings, Settings) else settings
    if not config.enabled:
        return None
    port = config.port + port_offset if config.port else 0
    handler = type("MetricsHandler", (_Handler,), {"metrics": metrics})
    try:
        server = ThreadingHTTPServer((config.host, port), handler)
    except OSError as exc:
        raise MetricsError(f"cannot serve metrics on {config.host}:{port} (settings metrics.host/metrics.port, "
                           f"env NEWSLINE_METRICS_HOST/NEWSLINE_METRICS_PORT): {exc.strerror or exc}") from None
    server.daemon_threads = True
    started = MetricsServer(server)
    log.info("metrics serving worker=%s url=%s/metrics health=%s/healthz", metrics.kind, started.url, started.url)
    return started
