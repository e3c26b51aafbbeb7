"""The Elasticsearch client, built from settings (credentials unwrapped only here)."""

from __future__ import annotations

from elasticsearch import Elasticsearch

from pipeline.settings import ElasticsearchSettings


def make_client(es: ElasticsearchSettings) -> Elasticsearch:
    auth: dict[str, object] = {}
    if es.api_key is not None:
        auth["api_key"] = es.api_key.get_secret_value()
    elif es.username and es.password is not None:
        auth["basic_auth"] = (es.username, es.password.get_secret_value())
    return Elasticsearch(es.url, request_timeout=es.request_timeout, max_retries=0, **auth)  # type: ignore[arg-type]
