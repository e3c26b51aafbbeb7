"""Bulk indexer logic on scripted clients: retries, classification, byte caps, 413 splitting (pure logic;
what Elasticsearch itself answers is covered on the real service in tests/index/test_bulk_outcomes.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from elastic_transport import ApiResponseMeta, ConnectionTimeout, HttpHeaders, NodeConfig, TlsError
from elasticsearch import ApiError

from pipeline.backoff import Backoff
from pipeline.index.bulk import (
    BulkLimits,
    Outcome,
    Write,
    bulk_index,
    chunks,
    classify,
    document_version,
    make_write,
)
from pipeline.index.exceptions import IndexMisconfiguredError, IndexUnavailableError
from pipeline.models import Article, Provenance

FAST = Backoff(initial_s=0.1, max_s=0.4, max_retries=3)
ERROR_TYPES = {400: "mapper_parsing_exception", 409: "version_conflict_engine_exception"}


def api_error(status: int, body: object = None) -> ApiError:
    meta = ApiResponseMeta(status=status, http_version="1.1", headers=HttpHeaders(), duration=0.0,
                           node=NodeConfig("http", "localhost", 9200))
    return ApiError(message=f"status {status}", meta=meta, body=body)


class ScriptedES:
    """Answers each bulk call with the next script entry: a status per id, or an exception to raise."""

    def __init__(self, script: list[dict[str, int] | BaseException]) -> None:
        self.script = script
        self.calls: list[list[str]] = []
        self.actions: list[dict[str, Any]] = []

    def bulk(self, operations: list[Any]) -> dict[str, Any]:
        actions = operations[::2]
        self.actions += actions
        ids = [op["index"]["_id"] for op in actions]
        self.calls.append(ids)
        step = self.script[min(len(self.calls), len(self.script)) - 1]
        if isinstance(step, BaseException):
            raise step
        items = []
        for doc_id in ids:
            status = step.get(doc_id, 201)
            result: dict[str, Any] = {"_id": doc_id, "status": status, "result": "created"}
            if status >= 300:
                result["error"] = {"type": ERROR_TYPES.get(status, "es_rejected_execution_exception"), "reason": "r"}
            items.append({"index": result})
        return {"errors": any(s >= 300 for s in step.values()), "items": items}


def run(es: ScriptedES, ids: list[str], **kwargs: Any) -> tuple[dict[str, Any], list[float]]:
    sleeps: list[float] = []
    docs = {i: {"x": i} for i in ids}
    outcomes = bulk_index(es, "idx", docs, FAST, sleep=sleeps.append, **kwargs)  # type: ignore[arg-type]
    return outcomes, sleeps


def test_only_retryable_items_are_resent() -> None:
    es = ScriptedES([{"a": 429, "b": 400, "c": 503}, {"c": 502}, {}])
    outcomes, sleeps = run(es, ["a", "b", "c"])
    assert es.calls == [["a", "b", "c"], ["a", "c"], ["c"]]
    assert outcomes["a"].ok and outcomes["c"].ok
    assert outcomes["b"].kind is Outcome.REJECTED and outcomes["b"].status == 400
    assert "mapper_parsing" in (outcomes["b"].error or "")
    assert len(sleeps) == 2


def test_backoff_is_capped_and_grows() -> None:
    delays = [FAST.delay(n) for n in range(10)]
    assert all(0 < d <= FAST.max_s for d in delays)
    assert max(FAST.delay(0) for _ in range(50)) <= FAST.initial_s
    assert min(FAST.delay(1) for _ in range(50)) >= max(FAST.delay(0) for _ in range(50))  # grows
    assert min(FAST.delay(2) for _ in range(50)) >= max(FAST.delay(1) for _ in range(50))


def test_429_past_the_budget_raises_unavailable_and_never_returns_a_failure() -> None:
    es = ScriptedES([{"a": 429}] * 10)
    with pytest.raises(IndexUnavailableError, match="1 document"):
        run(es, ["a", "b"])
    assert len(es.calls) == FAST.max_retries + 1


@pytest.mark.parametrize("failure", [
    api_error(429, {"error": {"type": "es_rejected_execution_exception", "reason": "queue full"}}),
    api_error(503, {"error": {"type": "unavailable", "reason": "no master"}}),
    ConnectionTimeout("timed out"),
])
def test_request_level_outage_is_retried_then_unavailable(failure: BaseException) -> None:
    es = ScriptedES([failure])
    with pytest.raises(IndexUnavailableError):
        run(es, ["a", "b"])
    assert es.calls == [["a", "b"]] * (FAST.max_retries + 1)


def test_request_level_outage_that_ends_inside_the_budget_indexes_everything() -> None:
    es = ScriptedES([ConnectionTimeout("timed out"), api_error(503), {}])
    outcomes, sleeps = run(es, ["a", "b"])
    assert all(o.ok for o in outcomes.values()) and len(sleeps) == 2


@pytest.mark.parametrize("failure", [
    api_error(401, {"error": {"type": "security_exception", "reason": "unable to authenticate user [x]"}}),
    api_error(403, {"error": {"type": "security_exception", "reason": "action [indices:data/write/bulk] is unauthorized"}}),
    api_error(400, {"error": {"type": "media_type_header_exception", "reason": "Invalid media-type value"}}),
    TlsError("certificate verify failed"),
])
def test_request_level_setup_errors_raise_misconfigured_at_once(failure: BaseException) -> None:
    es = ScriptedES([failure])
    with pytest.raises(IndexMisconfiguredError) as caught:
        run(es, ["a"])
    assert len(es.calls) == 1 and "\n" not in str(caught.value)


@pytest.mark.parametrize(("status", "error", "expected"), [
    (201, None, Outcome.OK),
    (200, None, Outcome.OK),
    (409, {"type": "version_conflict_engine_exception", "reason": "current version [9] is higher"}, Outcome.SUPERSEDED),
    (400, {"type": "document_parsing_exception", "reason": "failed to parse field [x]"}, Outcome.REJECTED),
    (400, {"type": "illegal_argument_exception", "reason": "Document contains at least one immense term"},
     Outcome.REJECTED),
    (400, {"type": "illegal_argument_exception", "reason": "no write index is defined for alias [a]. The write"},
     Outcome.MISCONFIGURED),
    (404, {"type": "index_not_found_exception", "reason": "no such index [a] and [require_alias] request flag"},
     Outcome.MISCONFIGURED),
    (403, {"type": "security_exception", "reason": "unauthorized"}, Outcome.MISCONFIGURED),
    (400, {"type": "index_closed_exception", "reason": "closed"}, Outcome.MISCONFIGURED),
    (429, {"type": "es_rejected_execution_exception", "reason": "rejected"}, Outcome.RETRYABLE),
    (503, {"type": "unavailable_shards_exception", "reason": "primary shard is not active"}, Outcome.RETRYABLE),
])
def test_item_classification(status: int, error: dict[str, str] | None, expected: Outcome) -> None:
    assert classify(status, error) is expected


def test_an_item_setup_error_raises_misconfigured_instead_of_returning_failures() -> None:
    es = ScriptedES([{"a": 404}])
    es.bulk = lambda operations: {"errors": True, "items": [{"index": {  # type: ignore[method-assign]
        "_id": "a", "status": 404, "error": {"type": "index_not_found_exception", "reason": "no such index [w]"}}}]}
    with pytest.raises(IndexMisconfiguredError, match="index_not_found_exception"):
        run(es, ["a"])


def test_version_conflict_is_superseded_and_not_retried() -> None:
    es = ScriptedES([{"a": 409}])
    outcomes, sleeps = run(es, ["a", "b"])
    assert outcomes["a"].kind is Outcome.SUPERSEDED and outcomes["b"].ok and sleeps == [] and len(es.calls) == 1


def test_writes_carry_the_external_version_and_require_the_alias() -> None:
    es = ScriptedES([{}])
    article = Article.build(title="t", text="b", url="https://example.com/a", source="s",
                            fetched_at=datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=UTC),
                            extraction=Provenance(producer="p", version="1"))
    doc = article.model_dump(mode="json")
    bulk_index(es, "alias", {article.id: doc, "plain": {"x": 1}}, FAST)  # type: ignore[arg-type]
    versioned, plain = (a["index"] for a in es.actions)
    assert versioned == {"_index": "alias", "_id": article.id, "version": article.version,
                         "version_type": "external_gte", "require_alias": True}
    assert plain == {"_index": "alias", "_id": "plain", "require_alias": True}


def test_document_version_equals_article_version_through_json() -> None:
    for fetched in (datetime(2026, 1, 1, tzinfo=UTC), datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)):
        article = Article.build(title="t", text="b", url="https://example.com/a", source="s", fetched_at=fetched,
                                extraction=Provenance(producer="p", version="1"))
        assert document_version(json.loads(article.model_dump_json())) == article.version
    assert document_version({"fetched_at": "2026-01-01T00:00:00"}) is None  # naive: no version rather than a guess
    assert document_version({}) is None


def writes(sizes: list[int]) -> list[Write]:
    return [make_write("i", str(n), {"t": "x" * size}, None, False) for n, size in enumerate(sizes)]


def test_chunks_respect_bytes_and_count() -> None:
    ws = writes([100] * 10)
    one = ws[0].size
    by_bytes = list(chunks(ws, BulkLimits(max_docs=100, max_bytes=3 * one)))
    assert [len(c) for c in by_bytes] == [3, 3, 3, 1]
    assert all(sum(w.size for w in c) <= 3 * one for c in by_bytes)
    assert [len(c) for c in chunks(ws, BulkLimits(max_docs=4, max_bytes=10**9))] == [4, 4, 2]


def test_a_document_over_the_byte_cap_goes_alone() -> None:
    ws = writes([10, 5000, 10, 10])
    assert [[w.id for w in c] for c in chunks(ws, BulkLimits(max_docs=100, max_bytes=1000))] == [
        ["0"], ["1"], ["2", "3"]]


def test_byte_cap_splits_one_batch_into_several_requests() -> None:
    es = ScriptedES([{}])
    docs = {str(n): {"t": "x" * 1000} for n in range(10)}
    outcomes = bulk_index(es, "i", docs, FAST, limits=BulkLimits(max_docs=100, max_bytes=2500))  # type: ignore[arg-type]
    assert all(o.ok for o in outcomes.values()) and len(outcomes) == 10
    assert [len(c) for c in es.calls] == [2, 2, 2, 2, 2]


class TooLargeES(ScriptedES):
    """Answers 413 to any request over ``limit`` documents; ``huge`` gets 413 even alone."""

    def __init__(self, limit: int, huge: str | None = None) -> None:
        super().__init__([{}])
        self.limit, self.huge = limit, huge

    def bulk(self, operations: list[Any]) -> dict[str, Any]:
        ids = [op["index"]["_id"] for op in operations[::2]]
        if len(ids) > self.limit or self.huge in ids:
            self.calls.append(ids)
            raise api_error(413)
        return super().bulk(operations)


def test_413_halves_the_request_until_it_fits() -> None:
    es = TooLargeES(limit=2)
    outcomes, sleeps = run(es, list("abcdefg"))
    assert all(o.ok for o in outcomes.values()) and len(outcomes) == 7 and sleeps == []
    assert es.calls[0] == list("abcdefg")
    assert sorted(i for c in es.calls if len(c) <= 2 for i in c) == list("abcdefg")  # each written once


def test_a_single_document_still_413_is_rejected_with_that_reason() -> None:
    es = TooLargeES(limit=8, huge="c")
    outcomes, _ = run(es, list("abcd"))
    assert outcomes["c"].kind is Outcome.REJECTED and outcomes["c"].status == 413
    assert "http.max_content_length" in (outcomes["c"].error or "")
    assert all(outcomes[i].ok for i in "abd")



def test_a_version_below_zero_is_rejected_alone_before_the_request() -> None:
    es = ScriptedES([{}])
    outcomes, _ = run(es, ["old", "new"], versions={"old": -1, "new": 5})
    assert es.calls == [["new"]]  # never sent: Elasticsearch refuses the whole request for it
    assert outcomes["new"].ok
    assert outcomes["old"].kind is Outcome.REJECTED and "before 1970" in (outcomes["old"].error or "")
    assert run(ScriptedES([{}]), ["only"], versions={"only": -7})[0]["only"].kind is Outcome.REJECTED


def test_the_backoff_doubles_up_to_its_cap_with_equal_jitter() -> None:
    exact = Backoff(initial_s=0.5, max_s=4.0, max_retries=5, jitter=0)
    assert list(exact.delays()) == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert all(0.2 <= FAST.delay(10) <= 0.4 for _ in range(50))  # between half and all of the 0.4 s cap
    with pytest.raises(ValueError, match="invalid backoff"):
        Backoff(initial_s=1.0, max_s=2.0, max_retries=-1)
