"""The ingest publisher applies the size limits: over-long text is cut and marked, an unfittable record fails
that URL with a reason (not retried) and the run goes on. The producer is a recording fake (pure logic)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.ingest.process import Outcome
from pipeline.ingest.run import Publisher
from pipeline.ingest.store import IngestStore
from pipeline.ingest.summary import RunSummary
from pipeline.models import Article, Provenance, decode
from pipeline.settings import load_settings
from pipeline.sources.discovered import Discovered


class RecordingProducer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str | None, bytes]] = []

    def send(self, topic: str, key: str | None, value: bytes) -> None:
        self.sent.append((topic, key, value))

    def flush(self) -> list[tuple[str | None, str]]:
        return []


class RecordingHook:
    def __init__(self) -> None:
        self.published_ids: list[str] = []

    def published(self, article: Article) -> None:
        self.published_ids.append(article.id)

    def close(self) -> None:
        pass


def outcome_for(url: str, **fields: Any) -> Outcome:
    article = Article.build(title="T", url=url, source="src", extraction=Provenance(producer="t", version="1"),
                            **fields)
    assert article.canonical_url is not None
    return Outcome(Discovered(url, "src", "list"), article.canonical_url, "extracted", fetched=True, article=article)


def test_publisher_truncates_long_text_and_fails_unfittable_records(tmp_path: Path) -> None:
    base = load_settings()
    settings = base.model_copy(update={
        "limits": base.limits.model_copy(update={"max_text_bytes": 2000}),
        "kafka": base.kafka.model_copy(update={"max_message_bytes": 70_000}),
    })
    store = IngestStore(tmp_path / "state.sqlite")
    summary = RunSummary("src", "run-1")
    producer = RecordingProducer()
    hook = RecordingHook()
    publisher = Publisher(store, producer, summary, settings, hook)  # type: ignore[arg-type]
    long_text = outcome_for("https://example.com/long", text="é" * 5000)
    unfittable = outcome_for("https://example.com/huge", text="ok", description="d" * 100_000)
    for outcome in (long_text, unfittable):
        assert store.claim(outcome.canonical, "src", outcome.item.url, "run-1")
        publisher.accept(outcome)
    publisher.flush()

    assert len(producer.sent) == 1
    sent = decode(producer.sent[0][2], Article)
    assert sent.truncated and sent.original_text_bytes == 10_000 and len(sent.text.encode()) == 2000
    assert summary.published == 1 and summary.truncated == 1
    assert summary.failed == {"record too large for kafka.max_message_bytes 70000": 1}
    assert hook.published_ids == [sent.id]  # only the acknowledged article reaches the after-publish hook
    store.close()
