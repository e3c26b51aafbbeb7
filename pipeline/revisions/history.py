"""``newsline history``: every stored revision of one article, each with what changed since the one before."""

from __future__ import annotations

from typing import Any

from elasticsearch import ApiError, Elasticsearch

from pipeline.index.client import make_client
from pipeline.revisions.diff import text_changes, title_change
from pipeline.revisions.documents import revisions_alias
from pipeline.revisions.exceptions import NotTrackedError
from pipeline.search.exceptions import NotFoundError
from pipeline.search.lookup import document_id, show
from pipeline.settings import Settings

MAX_REVISIONS = 1000
ARTICLE_FIELDS = ("id", "url", "canonical_url", "previous_urls", "source", "status", "removed_at", "revision",
                  "story_id", "fetched_at")


def _article(client: Elasticsearch, settings: Settings, id_or_url: str) -> dict[str, Any] | None:
    """The current document, by id, canonical URL, or a URL it is served at now or was before."""
    try:
        return show(client, settings.elasticsearch, id_or_url)
    except NotFoundError:
        if "://" not in id_or_url:
            return None
    query = {"bool": {"should": [{"term": {"url": id_or_url.strip()}}, {"term": {"previous_urls": id_or_url.strip()}}],
                      "minimum_should_match": 1}}
    hits = client.search(index=settings.elasticsearch.read_alias, query=query, size=1)["hits"]["hits"]
    return dict(hits[0]["_source"]) if hits else None


def _revisions(client: Elasticsearch, settings: Settings, article_id: str) -> list[dict[str, Any]]:
    try:
        response = client.search(index=revisions_alias(settings), query={"term": {"article_id": article_id}},
                                 sort=[{"revision": "asc"}], size=MAX_REVISIONS)
    except ApiError as exc:
        if exc.meta.status == 404:
            raise NotTrackedError(f"no revisions index {revisions_alias(settings)}; run `newsline setup`") from None
        raise
    return [dict(hit["_source"]) for hit in response["hits"]["hits"]]


def history(settings: Settings, id_or_url: str) -> dict[str, Any]:
    """``{"article": {...current document fields...}, "revisions": [{..., "changes": {...}}]}``."""
    with make_client(settings.elasticsearch) as client:
        article = _article(client, settings, id_or_url)
        article_id = article["id"] if article else document_id(id_or_url)
        stored = _revisions(client, settings, article_id)
    if not stored and article is None:
        raise NotTrackedError(f"no article and no revisions for {id_or_url!r} (id {article_id})")
    entries = []
    previous: dict[str, Any] | None = None
    for rev in stored:
        entry = {k: rev.get(k) for k in ("revision", "fetched_at", "content_sha256", "url", "title")}
        entry["text_chars"] = len(rev.get("text") or "")
        if previous is not None:
            entry["changes"] = {"title": title_change(previous["title"], rev["title"]),
                                "text": text_changes(previous["text"], rev["text"],
                                                    (previous["title"], rev["title"]))}
        entries.append(entry)
        previous = rev
    summary = {k: article.get(k) for k in ARTICLE_FIELDS} if article else {"id": article_id}
    return {"article": summary, "revisions": entries}


MARKS = {"added": "+", "removed": "-", "changed": "~"}


def render(report: dict[str, Any]) -> str:
    """Readable text: one block per revision, the title change and the paragraph changes under it."""
    article = report["article"]
    head = f"article {article['id']}"
    if article.get("url"):
        head += f" · {article['url']}"
    lines = [head]
    if article.get("previous_urls"):
        lines.append(f"  earlier URLs: {', '.join(article['previous_urls'])}")
    if article.get("status") == "removed":
        lines.append(f"  REMOVED at {article.get('removed_at')} (the page is gone; the last text is kept)")
    for rev in report["revisions"]:
        lines.append(f"\nrevision {rev['revision']} · first seen {rev['fetched_at']} · {rev['text_chars']} chars"
                     f" · sha256 {rev['content_sha256'][:12]}")
        changes = rev.get("changes")
        if changes is None:
            lines.append(f"  title: {rev['title']}")
            continue
        if changes["title"]:
            lines.append(f"  title changed: {changes['title']['old']!r} -> {changes['title']['new']!r}")
        for change in changes["text"]:
            mark = MARKS[change["op"]]
            body = change.get("diff") or change.get("new") or change.get("old")
            lines.append(f"  {mark} {change['op']}: {body}")
        if not changes["title"] and not changes["text"]:
            lines.append("  (whitespace or layout only)")
    if not report["revisions"]:
        lines.append("  no revisions stored yet (not indexed, or indexed before revisions were kept)")
    return "\n".join(lines)
