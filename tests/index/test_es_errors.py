"""The one classifier of Elasticsearch failures: outage (retryable), misconfigured, rejected."""

from __future__ import annotations

import pytest
from elastic_transport import ApiResponseMeta, ConnectionTimeout, HttpHeaders, NodeConfig, TlsError, TransportError
from elastic_transport import ConnectionError as TransportConnectionError
from elasticsearch import ApiError

from pipeline.enrich.clusters.exceptions import ClusterStoreBusy, ClusterStoreError
from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.index.errors import Failure, classify_exception, classify_status, es_errors
from pipeline.index.exceptions import IndexMisconfiguredError, IndexUnavailableError


def api_error(status: int, error: object = None) -> ApiError:
    meta = ApiResponseMeta(status=status, http_version="1.1", headers=HttpHeaders(), duration=0.0,
                           node=NodeConfig("http", "localhost", 9200))
    return ApiError(message=f"status {status}", meta=meta, body={"error": error} if error else None)


@pytest.mark.parametrize(("status", "error", "expected"), [
    (429, {"type": "es_rejected_execution_exception", "reason": "queue full"}, Failure.OUTAGE),
    (500, None, Failure.OUTAGE),
    (503, {"type": "unavailable_shards_exception", "reason": "primary shard is not active"}, Failure.OUTAGE),
    (504, None, Failure.OUTAGE),
    (401, {"type": "security_exception", "reason": "missing authentication"}, Failure.MISCONFIGURED),
    (403, {"type": "security_exception", "reason": "action unauthorized"}, Failure.MISCONFIGURED),
    (404, {"type": "index_not_found_exception", "reason": "no such index [x]"}, Failure.MISCONFIGURED),
    (400, {"type": "illegal_argument_exception", "reason": "no write index is defined for alias [w]"},
     Failure.MISCONFIGURED),
    (400, {"type": "index_closed_exception", "reason": "closed"}, Failure.MISCONFIGURED),
    (404, "index_not_found_exception", Failure.MISCONFIGURED),
    (400, {"type": "mapper_parsing_exception", "reason": "failed to parse field [source]"}, Failure.REJECTED),
    (400, {"type": "strict_dynamic_mapping_exception", "reason": "not allowed"}, Failure.REJECTED),
    (409, {"type": "version_conflict_engine_exception", "reason": "conflict"}, Failure.REJECTED),
])
def test_a_status_with_its_error_is_one_failure(status: int, error: object, expected: Failure) -> None:
    assert classify_status(status, error) is expected
    assert classify_exception(api_error(status, error)) is expected


@pytest.mark.parametrize(("exc", "expected"), [
    (ConnectionTimeout("read timed out"), Failure.OUTAGE),
    (TransportConnectionError("connection refused"), Failure.OUTAGE),
    (TlsError("certificate verify failed"), Failure.MISCONFIGURED),  # a ConnectionError, but not an outage
    (TransportError("the answer is not Elasticsearch's"), Failure.MISCONFIGURED),
    (ValueError("a bug"), None),
])
def test_client_exceptions_are_classified(exc: BaseException, expected: Failure | None) -> None:
    assert classify_exception(exc) is expected


def test_es_errors_raises_the_callers_classes_naming_what_failed() -> None:
    with pytest.raises(IndexUnavailableError, match="looking up: ConnectionTimeout") as outage:
        with es_errors("looking up"):
            raise ConnectionTimeout("read timed out")
    assert isinstance(outage.value, OutageError)  # the worker loop keeps the batch
    with pytest.raises(IndexMisconfiguredError, match="403 security_exception") as setup:
        with es_errors("writing"):
            raise api_error(403, {"type": "security_exception", "reason": "unauthorized"})
    assert isinstance(setup.value, MisconfiguredError)
    with pytest.raises(IndexMisconfiguredError, match="400 mapper_parsing_exception"):  # a refused request: setup
        with es_errors("writing"):
            raise api_error(400, {"type": "mapper_parsing_exception", "reason": "bad"})


def test_es_errors_maps_to_a_stores_own_classes() -> None:
    kinds = {"outage": ClusterStoreBusy, "misconfigured": MisconfiguredError, "rejected": ClusterStoreError}
    cases = [(api_error(503), ClusterStoreBusy), (api_error(404, {"type": "index_not_found_exception"}),
                                                   MisconfiguredError),
             (api_error(400, {"type": "illegal_argument_exception", "reason": "x"}), ClusterStoreError)]
    for raised, expected in cases:
        with pytest.raises(expected):
            with es_errors("cluster index c", **kinds):
                raise raised


def test_anything_else_passes_through() -> None:
    with pytest.raises(KeyError):
        with es_errors("writing"):
            raise KeyError("a bug")
