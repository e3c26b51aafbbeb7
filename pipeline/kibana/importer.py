"""Posting saved objects to Kibana's import API (``POST /api/saved_objects/_import?overwrite=true``)."""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
import uuid
from typing import Any
from urllib.parse import quote, urlsplit

from pipeline.index.client import auth_headers
from pipeline.kibana.exceptions import KibanaImportError
from pipeline.settings import ElasticsearchSettings

log = logging.getLogger(__name__)


def import_url(base: str, space: str | None) -> str:
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KibanaImportError(f"Kibana URL must be http(s)://host[:port], got {base!r}")
    prefix = f"/s/{quote(space, safe='')}" if space and space != "default" else ""
    return f"{base.rstrip('/')}{prefix}/api/saved_objects/_import?overwrite=true"


def multipart(ndjson: bytes, filename: str = "newsline.ndjson") -> tuple[bytes, str]:
    boundary = f"newsline-{uuid.uuid4().hex}"
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            "Content-Type: application/ndjson\r\n\r\n").encode()
    return head + ndjson + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def auth_header(es: ElasticsearchSettings | None) -> dict[str, str]:
    """Kibana authenticates with the Elasticsearch credentials (API key or user/password), if any."""
    return auth_headers(es)


def _describe(errors: list[dict[str, Any]]) -> str:
    return "; ".join(
        f"{e.get('type')}:{e.get('id')} ({e.get('meta', {}).get('title') or e.get('title', '')}): "
        f"{e.get('error', {}).get('type')}" + (f" {e['error'].get('message')}" if e.get("error", {}).get("message") else "")
        for e in errors
    )


def post(url: str, ndjson: bytes, es: ElasticsearchSettings | None, timeout: float) -> dict[str, Any]:
    body, content_type = multipart(ndjson)
    headers = {"kbn-xsrf": "newsline", "Content-Type": content_type, **auth_header(es)}
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")  # noqa: S310 - scheme checked
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - scheme checked
            return dict(json.loads(response.read()))
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:500]
        raise KibanaImportError(f"Kibana answered {exc.code} to the import: {detail}") from None
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        reason = getattr(exc, "reason", exc)
        raise KibanaImportError(f"cannot reach Kibana at {url.split('/api/')[0]}: {reason}") from None
    except json.JSONDecodeError:
        raise KibanaImportError("Kibana's answer to the import is not JSON (is the URL Kibana's?)") from None


def check(answer: dict[str, Any], sent: int) -> dict[str, Any]:
    if not answer.get("success") or answer.get("errors"):
        raise KibanaImportError(f"Kibana imported {answer.get('successCount', 0)} of {sent} objects; "
                                f"errors: {_describe(answer.get('errors', []))}")
    return {"imported": answer.get("successCount", 0), "objects": sent}
