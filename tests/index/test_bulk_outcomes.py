"""What the real Elasticsearch answers to the bulk indexer: versions, missing aliases, mapping errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.backoff import Backoff
from pipeline.index.bulk import Outcome, bulk_index
from pipeline.index.client import make_client
from pipeline.index.exceptions import IndexMisconfiguredError
from pipeline.settings import Settings
from tests.support.docs import other

pytestmark = pytest.mark.integration

NO_RETRY = Backoff(0.1, 0.1)
T0 = datetime(2026, 2, 1, 12, 0, 0, 123456, tzinfo=UTC)


def copy_at(fetched: datetime, title: str) -> tuple[str, dict[str, object]]:
    doc_id, doc = other(7, title, "Body of the article about the harbour.")
    return doc_id, {**doc, "fetched_at": fetched.isoformat()}


def test_an_older_copy_after_a_newer_is_superseded_and_the_newer_stays(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    doc_id, newer = copy_at(T0 + timedelta(microseconds=1), "Newer")
    _, older = copy_at(T0, "Older")
    with make_client(es) as client:
        assert bulk_index(client, es.write_alias, {doc_id: newer}, NO_RETRY)[doc_id].ok
        outcome = bulk_index(client, es.write_alias, {doc_id: older}, NO_RETRY)[doc_id]
        stored = client.get(index=es.read_alias, id=doc_id)
    assert outcome.kind is Outcome.SUPERSEDED and outcome.status == 409
    assert stored["_source"]["title"] == "Newer"
    assert stored["_version"] == (T0 + timedelta(microseconds=1) - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(
        microseconds=1)


def test_the_same_version_again_is_accepted_so_reenrichment_lands(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    doc_id, first = copy_at(T0, "First enrichment")
    _, again = copy_at(T0, "Re-enriched")
    with make_client(es) as client:
        assert bulk_index(client, es.write_alias, {doc_id: first}, NO_RETRY)[doc_id].result == "created"
        outcome = bulk_index(client, es.write_alias, {doc_id: again}, NO_RETRY)[doc_id]
        stored = client.get(index=es.read_alias, id=doc_id)["_source"]
    assert outcome.ok and outcome.result == "updated" and stored["title"] == "Re-enriched"


def test_a_mapping_breaking_document_is_rejected_with_the_reason_and_the_rest_written(
    pipeline_settings: Settings,
) -> None:
    es = pipeline_settings.elasticsearch
    good_id, good = copy_at(T0, "Fine")
    bad_id, bad = other(8, "Broken", "Body.")
    bad["word_count"] = {"not": "a number"}
    with make_client(es) as client:
        outcomes = bulk_index(client, es.write_alias, {good_id: good, bad_id: bad}, NO_RETRY)
    assert outcomes[good_id].ok
    assert outcomes[bad_id].kind is Outcome.REJECTED and outcomes[bad_id].status == 400
    assert "word_count" in (outcomes[bad_id].error or "")


def test_a_missing_write_alias_is_misconfigured_and_no_index_takes_its_name(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    doc_id, doc = copy_at(T0, "Nowhere to go")
    with make_client(es) as client:
        client.indices.delete_alias(index=f"{es.index_prefix}-v1", name=es.write_alias)
        with pytest.raises(IndexMisconfiguredError, match="index_not_found_exception.*require_alias"):
            bulk_index(client, es.write_alias, {doc_id: doc}, NO_RETRY)
        assert not client.indices.exists(index=es.write_alias)
        assert not client.indices.exists_alias(name=es.write_alias)


def test_an_alias_without_a_write_index_is_misconfigured(pipeline_settings: Settings) -> None:
    es = pipeline_settings.elasticsearch
    doc_id, doc = copy_at(T0, "Ambiguous")
    with make_client(es) as client:
        client.indices.create(index=f"{es.index_prefix}-v2")
        client.indices.update_aliases(actions=[
            {"add": {"index": f"{es.index_prefix}-v1", "alias": es.write_alias, "is_write_index": False}},
            {"add": {"index": f"{es.index_prefix}-v2", "alias": es.write_alias, "is_write_index": False}},
        ])
        with pytest.raises(IndexMisconfiguredError, match="no write index is defined for alias"):
            bulk_index(client, es.write_alias, {doc_id: doc}, NO_RETRY)
