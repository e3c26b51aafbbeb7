"""Retry policy of the bulk indexer, on a scripted client (pure logic; real ES is in integration tests)."""

from typing import Any

import pytest

from pipeline.index.bulk import Backoff, bulk_index
from pipeline.index.exceptions import IndexUnavailableError

FAST = Backoff(retries=3, initial=0.1, maximum=0.4)


class ScriptedES:
    """Answers each bulk call with the next status per id from a script."""

    def __init__(self, script: list[dict[str, int]]) -> None:
        self.script = script
        self.calls: list[list[str]] = []

    def bulk(self, operations: list[dict[str, Any]]) -> dict[str, Any]:
        ids = [op["index"]["_id"] for op in operations[::2]]
        self.calls.append(ids)
        statuses = self.script[len(self.calls) - 1]
        items = []
        for doc_id in ids:
            status = statuses.get(doc_id, 201)
            result: dict[str, Any] = {"_id": doc_id, "status": status}
            if status >= 300:
                result["error"] = {"type": "mapper_parsing_exception" if status == 400 else "es_rejected", "reason": "r"}
            items.append({"index": result})
        return {"errors": any(s >= 300 for s in statuses.values()), "items": items}


def run(es: ScriptedES, ids: list[str]) -> tuple[dict[str, Any], list[float]]:
    sleeps: list[float] = []
    outcomes = bulk_index(es, "idx", {i: {"x": i} for i in ids}, FAST, sleep=sleeps.append)  # type: ignore[arg-type]
    return outcomes, sleeps


def test_only_retryable_items_are_resent() -> None:
    es = ScriptedES([{"a": 429, "b": 400, "c": 503}, {"c": 502}, {}])
    outcomes, sleeps = run(es, ["a", "b", "c"])
    assert es.calls == [["a", "b", "c"], ["a", "c"], ["c"]]
    assert outcomes["a"].ok and outcomes["c"].ok
    assert not outcomes["b"].ok and outcomes["b"].status == 400 and "mapper_parsing" in (outcomes["b"].error or "")
    assert len(sleeps) == 2


def test_backoff_is_capped_and_grows() -> None:
    delays = [FAST.delay(n) for n in range(10)]
    assert all(0 < d <= FAST.maximum for d in delays)
    assert max(FAST.delay(0) for _ in range(50)) <= FAST.initial
    assert min(FAST.delay(1) for _ in range(50)) >= max(FAST.delay(0) for _ in range(50))  # grows
    assert min(FAST.delay(2) for _ in range(50)) >= max(FAST.delay(1) for _ in range(50))


def test_gives_up_with_an_error_after_budget() -> None:
    es = ScriptedES([{"a": 503}] * 4)
    with pytest.raises(IndexUnavailableError, match="1 document"):
        run(es, ["a"])
    assert len(es.calls) == FAST.retries + 1
