"""``newsline kibana import`` against a small fake Kibana on 127.0.0.1 that checks the request shape."""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from pipeline.cli import main
from pipeline.kibana import SAVED_OBJECTS_DIR, KibanaImportError, import_saved_objects
from pipeline.kibana.objects import load
from pipeline.settings import load_settings

COUNT = len(load(SAVED_OBJECTS_DIR))  # every object of config/kibana/*.ndjson


class FakeKibana(BaseHTTPRequestHandler):
    answer: tuple[int, dict[str, Any]] = (200, {})
    requests: list[dict[str, Any]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        body = self.rfile.read(int(self.headers["Content-Length"]))
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode() + body)
        parts = [(p.get_param("name", header="content-disposition"), p.get_filename(), p.get_payload(decode=True))
                 for p in message.iter_parts()]
        self.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "parts": parts})
        status, payload = self.answer
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def kibana() -> Iterator[type[FakeKibana]]:
    handler = type("Handler", (FakeKibana,), {"requests": [], "answer": (200, {"success": True, "successCount": COUNT})})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    handler.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    yield handler
    server.shutdown()
    server.server_close()


def test_import_posts_the_ndjson_as_multipart_with_xsrf_and_overwrite(kibana: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    settings = load_settings(elasticsearch={"index_prefix": "prod-news", "username": "elastic", "password": "s3cr3t-pw"})
    report = import_saved_objects(kibana.url + "/", settings=settings, space="news team")
    assert report == {"imported": COUNT, "objects": COUNT, "space": "news team"}
    (request,) = kibana.requests
    assert request["path"] == "/s/news%20team/api/saved_objects/_import?overwrite=true"
    assert request["headers"]["kbn-xsrf"] and request["headers"]["content-type"].startswith("multipart/form-data")
    assert request["headers"]["authorization"] == "Basic ZWxhc3RpYzpzM2NyM3QtcHc="
    ((name, filename, payload),) = request["parts"]
    assert name == "file" and filename.endswith(".ndjson")
    objects = [json.loads(line) for line in payload.decode().splitlines()]
    assert len(objects) == COUNT
    view = next(o for o in objects if o["type"] == "index-pattern")
    assert view["attributes"]["title"] == "prod-news"  # the configured read alias
    assert "s3cr3t-pw" not in caplog.text


def test_default_space_has_no_prefix(kibana: Any) -> None:
    import_saved_objects(kibana.url, space="default")
    assert kibana.requests[0]["path"] == "/api/saved_objects/_import?overwrite=true"


def test_partial_import_names_the_failing_objects(kibana: Any) -> None:
    kibana.answer = (200, {"success": False, "successCount": COUNT - 1, "errors": [
        {"id": "newsline-top-people", "type": "visualization", "meta": {"title": "Top people"},
         "error": {"type": "missing_references", "references": [{"type": "index-pattern", "id": "x"}]}}]})
    expected = rf"imported {COUNT - 1} of {COUNT}.*visualization:newsline-top-people \(Top people\): missing_references"
    with pytest.raises(KibanaImportError, match=expected):
        import_saved_objects(kibana.url)


def test_http_errors_and_unreachable_kibana_are_clear(kibana: Any) -> None:
    kibana.answer = (400, {"statusCode": 400, "error": "Bad Request", "message": "Invalid file extension .txt"})
    with pytest.raises(KibanaImportError, match="answered 400.*Invalid file extension"):
        import_saved_objects(kibana.url)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(KibanaImportError, match="cannot reach Kibana"):
        import_saved_objects(f"http://127.0.0.1:{port}", timeout=5)
    with pytest.raises(KibanaImportError, match="must be http"):
        import_saved_objects("file:///etc/passwd")


def test_cli_import(kibana: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("pipeline.logs.configure", lambda level: None)
    assert main(["kibana", "import", "--url", kibana.url, "--space", "ops", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"imported": COUNT, "objects": COUNT, "space": "ops"}
    assert main(["kibana", "import"]) == 2
    assert "needs --url" in capsys.readouterr().err
