"""Versioned indices on the real Elasticsearch: migrate under a concurrent search loop, rollover, catch-up copy."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from pipeline.backoff import Backoff
from pipeline.index.aliases import behind
from pipeline.index.bulk import Outcome, bulk_index, document_version
from pipeline.index.client import make_client
from pipeline.index.copy import copy_documents
from pipeline.index.migrate import migrate
from pipeline.index.rollover import rollover
from pipeline.index.status import index_status
from pipeline.index.template import TEMPLATE_FILE, index_mapping_version, load_template
from pipeline.settings import Settings
from tests.support.docs import index_corpus, other

pytestmark = pytest.mark.integration

MAX_LOOPS = 20000


def many(n: int) -> dict[str, dict[str, Any]]:
    return dict(other(i, f"Report {i}", f"Ceasefire report number {i} from the field.", source=f"s{i % 7}",
                      countries=["TR"] if i % 2 else ["SY"], persons=["Hakan Fidan"] if i % 3 == 0 else [])
                for i in range(n))


class SearchLoop(threading.Thread):
    """Counts and searches through the read alias until stopped; records every count and error."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(daemon=True)
        self.settings, self.counts, self.errors = settings, [], []
        self.started_ok, self.stop = threading.Event(), threading.Event()
        self.after_stop_request = 0

    def run(self) -> None:
        es = self.settings.elasticsearch
        with make_client(es) as client:
            for loop in range(MAX_LOOPS):
                try:
                    self.counts.append(int(client.count(index=es.read_alias)["count"]))
                    hits = client.search(index=es.read_alias, query={"match": {"text": "ceasefire"}}, size=1)
                    self.counts.append(int(hits["hits"]["total"]["value"]))
                except Exception as exc:  # noqa: BLE001 - every error is the finding
                    self.errors.append(f"{type(exc).__name__}: {exc}")
                if loop >= 3:
                    self.started_ok.set()
                if self.stop.is_set():
                    self.after_stop_request += 1
                    if self.after_stop_request >= 3:
                        return


def changed_template(tmp_path: Path) -> Path:
    body = json.loads(TEMPLATE_FILE.read_text())
    body["template"]["mappings"]["_meta"]["mapping_version"] = 99
    body["template"]["mappings"]["properties"]["migration_probe"] = {"type": "keyword"}
    path = tmp_path / "template.json"
    path.write_text(json.dumps(body))
    return path


def test_migrate_under_a_search_loop_sees_no_errors_and_the_same_count(pipeline_settings: Settings, tmp_path: Path) -> None:
    es = pipeline_settings.elasticsearch
    docs = index_corpus(pipeline_settings, many(300))
    loop = SearchLoop(pipeline_settings)
    loop.start()
    assert loop.started_ok.wait(60)
    with make_client(es) as client:
        report = migrate(client, es, template=changed_template(tmp_path), batch=40)
        loop.stop.set()
        loop.join(60)
        assert not loop.is_alive() and loop.errors == []
        assert set(loop.counts) == {len(docs)} and loop.after_stop_request >= 3
        new = f"{es.index_prefix}-v2"
        assert report["to"] == new and report["documents"] == 300 and report["copied"]["created"] == 300
        assert behind(client, es.read_alias) == behind(client, es.write_alias) == [new]
        assert index_mapping_version(client, new) == 99
        client.index(index=es.write_alias, id="probe", document={"migration_probe": "new field"}, refresh=True)
        status = index_status(client, es)
    assert status["indices"][new] == {"documents": 301, "mapping_version": 99, "read": True, "write": True}
    assert status["indices"][f"{es.index_prefix}-v1"]["read"] is False  # kept, behind no alias


def test_rollover_then_migrate_merges_all_versions(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    index_corpus(pipeline_settings)
    with make_client(es) as client:
        assert rollover(client, es, {"max_docs": 1_000_000})["rolled_over"] is False
        report = rollover(client, es)
        assert report == {"rolled_over": True, "dry_run": False, "old_index": f"{es.index_prefix}-v1",
                          "new_index": f"{es.index_prefix}-v2", "conditions": {}}
        index_corpus(pipeline_settings, many(3))
        assert behind(client, es.read_alias) == [f"{es.index_prefix}-v1", f"{es.index_prefix}-v2"]
        assert int(client.count(index=f"{es.index_prefix}-v2")["count"]) == 3
        # other(1)/other(2) were re-indexed after the rollover: one id in both versions, the newest wins
        result = migrate(client, es, delete_old=True)
        assert result["to"] == f"{es.index_prefix}-v3" and result["documents"] == 6
        assert result["copied"] == {"read": 8, "created": 6, "replaced": 0, "skipped": 2}
        assert behind(client, es.read_alias) == behind(client, es.write_alias) == [f"{es.index_prefix}-v3"]
        assert not client.indices.exists(index=f"{es.index_prefix}-v1")


def versioned(client: Any, index: str, doc_id: str, when: str, indexed: str | None = None, **fields: Any) -> None:
    """Write like the index worker: external version = fetched_at in µs."""
    doc = {"fetched_at": f"{when}T00:00:00+00:00", "indexed_at": indexed or when, **fields}
    version = document_version(doc)
    client.index(index=index, id=doc_id, document=doc, version=version, version_type="external_gte", refresh=True)


def test_catch_up_copies_only_newer_documents(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    with make_client(es) as client:
        old, new = f"{es.index_prefix}-v1", f"{es.index_prefix}-v7"
        client.indices.create(index=new)
        for doc_id, where, when in (("a", old, "2026-01-02"), ("a", new, "2026-01-01"), ("b", old, "2026-01-02"),
                                    ("b", new, "2026-01-03"), ("c", old, "2026-01-02"), ("d", old, "2025-12-01")):
            versioned(client, where, doc_id, when, source=where)
        report = copy_documents(client, [old], new, indexed_since="2026-01-01")
        client.indices.refresh(index=new)
        got = {d["_id"]: d["_source"]["source"] for d in client.search(index=new, size=10)["hits"]["hits"]}
    assert got == {"a": old, "b": new, "c": old}  # a: newer copy wins; b: newer already there; d: too old
    assert report.to_dict() == {"read": 3, "created": 1, "replaced": 1, "skipped": 1}


def test_copies_keep_the_external_version_so_an_older_copy_cannot_replace_them_later(
    pipeline_settings: Settings,
) -> None:
    es = pipeline_settings.elasticsearch
    doc_id, doc = other(5, "Migrated", "Body of the migrated article.")
    with make_client(es) as client:
        assert bulk_index(client, es.write_alias, {doc_id: doc}, Backoff(0.1, 0.1))[doc_id].ok
        client.indices.refresh(index=es.read_alias)
        new = migrate(client, es, settle_s=0)["to"]
        assert client.get(index=new, id=doc_id)["_version"] == document_version(doc)
        stale = {**doc, "title": "Stale", "fetched_at": "2025-06-01T00:00:00+00:00"}
        outcome = bulk_index(client, es.write_alias, {doc_id: stale}, Backoff(0.1, 0.1))[doc_id]
        assert outcome.kind is Outcome.SUPERSEDED
        assert client.get(index=es.read_alias, id=doc_id)["_source"]["title"] == "Migrated"


def test_on_equal_versions_the_later_indexed_copy_wins_in_both_directions(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch  # a re-enrichment keeps fetched_at: same version, later indexed_at
    with make_client(es) as client:
        old, new = f"{es.index_prefix}-v1", f"{es.index_prefix}-v8"
        client.indices.create(index=new)
        versioned(client, old, "r", "2026-01-02", indexed="2026-01-05", source="reenriched-in-old")
        versioned(client, new, "r", "2026-01-02", indexed="2026-01-03", source="first-copy")
        versioned(client, old, "s", "2026-01-02", indexed="2026-01-03", source="old")
        versioned(client, new, "s", "2026-01-02", indexed="2026-01-06", source="reenriched-after-swap")
        report = copy_documents(client, [old], new, indexed_since="2026-01-01")
        client.indices.refresh(index=new)
        got = {d["_id"]: d["_source"]["source"] for d in client.search(index=new, size=10)["hits"]["hits"]}
    assert got == {"r": "reenriched-in-old", "s": "reenriched-after-swap"}
    assert report.to_dict() == {"read": 2, "created": 0, "replaced": 1, "skipped": 1}


def test_setup_migrates_an_index_with_an_older_mapping_version(pipeline_settings: Settings, tmp_path: Path) -> None:
    from pipeline.index.template import ensure_index

    es = pipeline_settings.elasticsearch
    docs = index_corpus(pipeline_settings)
    with make_client(es) as client:
        assert ensure_index(client, es) == f"{es.index_prefix}-v1"  # same version: nothing to do
        assert ensure_index(client, es, changed_template(tmp_path)) == f"{es.index_prefix}-v2"
        assert index_mapping_version(client, f"{es.index_prefix}-v2") == 99
        assert int(client.count(index=es.read_alias)["count"]) == len(docs)
        assert ensure_index(client, es, TEMPLATE_FILE) == f"{es.index_prefix}-v2"  # never migrates down


def test_latency_per_source_from_published_and_fetched_to_indexed(pipeline_settings: Settings) -> None:
    from pipeline.index.latency import latency

    index_corpus(pipeline_settings)  # indexed_at = fetched_at = 2026-01-01; two "wire" articles dated 2020/2016
    with make_client(pipeline_settings.elasticsearch) as client:
        report = latency(client, pipeline_settings.elasticsearch)
    assert report["documents"] == 5
    wire = report["sources"]["wire"]
    assert wire["publish_to_searchable"]["count"] == 2 and wire["fetch_to_searchable"]["max_s"] == 0
    assert wire["publish_to_searchable"]["max_s"] == (datetime(2026, 1, 1) - datetime(2016, 5, 2)).total_seconds()
    assert report["sources"]["seeds"]["publish_to_searchable"] == {"count": 0}  # undated


def test_a_failed_copy_leaves_the_aliases_and_removes_the_new_index(pipeline_settings: Settings, tmp_path: Path) -> None:
    from pipeline.index.exceptions import MigrationError

    es = pipeline_settings.elasticsearch
    index_corpus(pipeline_settings)
    body = json.loads(TEMPLATE_FILE.read_text())
    body["template"]["mappings"]["properties"]["source"] = {"type": "integer"}  # "wire" cannot be copied
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(body))
    with make_client(es) as client:
        with pytest.raises(MigrationError, match="failed to parse field \\[source\\]"):
            migrate(client, es, template=bad)
        assert behind(client, es.read_alias) == behind(client, es.write_alias) == [f"{es.index_prefix}-v1"]
        assert not client.indices.exists(index=f"{es.index_prefix}-v2")
        client.indices.put_index_template(name=es.index_prefix, **load_template(es))  # restore for cleanup


def test_writes_during_a_migration_all_reach_the_new_index(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    index_corpus(pipeline_settings, many(200))
    written: list[str] = []
    stop = threading.Event()

    def writer() -> None:
        with make_client(es) as client:
            for n in range(1000, 1000 + MAX_LOOPS):
                doc_id, doc = other(n, f"Late {n}", "Written while the migration runs.")
                client.index(index=es.write_alias, id=doc_id, document={**doc, "indexed_at": datetime.now(UTC).isoformat()})
                written.append(doc_id)
                if stop.is_set():
                    return

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    with make_client(es) as client:
        while len(written) < 5:
            thread.join(0.01)
        migrate(client, es, batch=25)
        stop.set()
        thread.join(60)
        client.indices.refresh(index=es.read_alias)
        ids = {h["_id"] for h in client.search(index=es.read_alias, size=10_000, source=False)["hits"]["hits"]}
    assert not thread.is_alive() and len(written) > 5
    assert set(written) <= ids and len(ids) == 200 + len(written)
