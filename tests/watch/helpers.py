"""Enriched records for the watch tests (no enrichment run: the story ids are chosen here) and a tiny webhook
receiver on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pipeline.kafka.producer import Producer
from pipeline.models import Article, EnrichedArticle, Enrichment, LanguageGuess, Provenance, encode
from pipeline.settings import Settings

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
CEASEFIRE = ("Negotiators in Idlib agreed a ceasefire on Tuesday after three days of talks, officials said.\n\n"
             "The truce covers the whole province and is monitored by observers from both sides.")


def enriched(
    n: int, title: str, text: str, source: str, story: str | None, countries: tuple[str, ...] = ()
) -> EnrichedArticle:
    article = Article.build(title=title, text=text, url=f"https://{source}.example.com/a/{n}", source=source,
                            published_at=NOW - timedelta(minutes=n), fetched_at=NOW,
                            extraction=Provenance(producer="test", version="1"))
    enrichment = Enrichment(language=LanguageGuess(code="en", confidence=0.99), word_count=len(text.split()),
                            reading_time_minutes=0.5, content_fingerprint="0" * 16, countries=countries,
                            story_id=story)
    return EnrichedArticle(article=article, enrichment=enrichment)


def wire_story(story: str = "story-idlib", copies: int = 5) -> list[EnrichedArticle]:
    """One story reprinted by ``copies`` outlets (distinct URLs and sources, same story id)."""
    return [enriched(i, "Ceasefire agreed in Idlib", CEASEFIRE, f"outlet{i}", story, ("SY",)) for i in range(copies)]


def unrelated() -> list[EnrichedArticle]:
    return [enriched(50, "Harbour reopens", "The northern harbour reopened after repairs to the quay.", "local", "s-h"),
            enriched(51, "Ceasefire in Idlib holds", "The ceasefire in Idlib held overnight, residents said.",
                     "loner", None, ("SY",))]


def publish(settings: Settings, records: list[EnrichedArticle]) -> None:
    with Producer(settings.kafka, client_id="newsline-test") as producer:
        producer.send_many(settings.kafka.topics.enriched, ((r.id, encode(r)) for r in records))
        producer.flush_or_raise()


@dataclass
class Receiver:
    url: str
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    status: int = 204
    release: threading.Event = field(default_factory=threading.Event)


@contextmanager
def webhook_receiver(status: int = 204, hold: bool = False) -> Iterator[Receiver]:
    """A local HTTP server recording POSTs; answers ``status``; with ``hold`` it waits for ``release`` first."""
    receiver = Receiver(url="")
    if not hold:
        receiver.release.set()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            receiver.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
            receiver.release.wait(30)
            self.send_response(receiver.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.status = status
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        receiver.release.set()
        server.shutdown()
        server.server_close()


def alert_messages(values: list[bytes]) -> list[dict[str, object]]:
    return [json.loads(v) for v in values]
