"""The Elasticsearch client, built from settings (credentials unwrapped only here).

Every Elasticsearch connection of newsline goes through :func:`make_client` (TLS CA, API key or
user/password); :func:`auth_headers` gives the same credentials as an HTTP header for the few
plain-HTTP callers (Kibana's import API authenticates with the Elasticsearch credentials).
"""

from __future__ import annotations

import base64
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.settings import ElasticsearchSettings


def make_client(es: ElasticsearchSettings, **options: Any) -> Elasticsearch:
    """A client for ``es.url``; ``options`` override the defaults (e.g. ``request_timeout``).

    With several nodes in ``es.url`` a request that cannot reach one node is retried on the next
    (connection errors only; the dead node is set aside for a while), never on the same one.
    """
    hosts = es.urls
    kwargs: dict[str, Any] = {"request_timeout": es.request_timeout, "max_retries": len(hosts) - 1}
    if es.api_key is not None:
        kwargs["api_key"] = es.api_key.get_secret_value()
    elif es.username and es.password is not None:
        kwargs["basic_auth"] = (es.username, es.password.get_secret_value())
    if es.ca_certs is not None and es.url.startswith("https:"):  # the client refuses a CA for http
        kwargs["ca_certs"] = str(es.ca_certs)
    return Elasticsearch(hosts, **(kwargs | options))


def auth_headers(es: ElasticsearchSettings | None) -> dict[str, str]:
    """``Authorization`` for the configured API key or user/password; empty without credentials."""
    if es is None:
        return {}
    if es.api_key is not None:
        return {"Authorization": f"ApiKey {es.api_key.get_secret_value()}"}
    if es.username and es.password is not None:
        token = base64.b64encode(f"{es.username}:{es.password.get_secret_value()}".encode()).decode()
        return {"Authorization": f"Basic {token}"}
    return {}
