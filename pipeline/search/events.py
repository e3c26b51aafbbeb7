"""An article's event: the event's stories by language, and why the article joined it (``newsline show``)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from elasticsearch import Elasticsearch

from pipeline.settings import ElasticsearchSettings

MAX_MEMBERS = 200
MEMBER_FIELDS = ["id", "title", "source", "language", "published_at", "fetched_at", "story_key"]


def event_stories(client: Elasticsearch, es: ElasticsearchSettings, event_id: str) -> dict[str, Any]:
    """``{"id", "articles", "stories", "languages": {lang: [{id, title, source, published_at, story}]}}``: one
    entry per story (its earliest article) in each language, earliest first."""
    response = client.search(
        index=es.read_alias, size=MAX_MEMBERS, source_includes=MEMBER_FIELDS, track_total_hits=True,
        query={"term": {"event_id": event_id}},
        sort=[{"published_or_fetched_at": {"order": "asc"}}, {"id": {"order": "asc"}}],
    )
    hits = [h["_source"] for h in response["hits"]["hits"]]
    languages: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for hit in hits:
        lang, story = hit.get("language") or "und", hit.get("story_key") or hit["id"]
        if (lang, story) in seen:
            continue
        seen.add((lang, story))
        languages[lang].append({"id": hit["id"], "title": hit.get("title"), "source": hit.get("source"),
                                "published_at": hit.get("published_at") or hit.get("fetched_at"), "story": story})
    return {"id": event_id, "articles": response["hits"]["total"]["value"],
            "stories": len(seen), "languages": dict(sorted(languages.items()))}


def why_event(doc: dict[str, Any]) -> dict[str, Any]:
    """The linking decision stored on the document, in words and fields."""
    evidence = dict(doc.get("event_evidence") or {})
    if not doc.get("event_id"):
        return {"event_id": None, "explanation": "not linked: the event step has not run on this article"}
    if evidence.get("decision") == "joined" and evidence.get("same_story"):
        story = f", story {doc['story_id']}" if doc.get("story_id") else ""
        text = (f"joined event {doc['event_id']}: same story as {evidence['same_story']} (a near-duplicate{story}):"
                " its vector and event are reused, nothing embedded")
    elif evidence.get("decision") == "joined":
        text = (f"joined event {doc['event_id']} through article {evidence.get('candidate')} "
                f"({evidence.get('candidate_language')}): cosine {evidence.get('cosine')} >= {evidence.get('threshold')},"
                f" shared {', '.join(evidence.get('shared') or []) or 'nothing (cosine past the sure threshold)'}")
    elif evidence.get("candidate"):
        text = (f"founded event {doc['event_id']}: the nearest article {evidence.get('candidate')} "
                f"(cosine {evidence.get('cosine')}) did not confirm: {evidence.get('rejected')}")
    else:
        text = f"founded event {doc['event_id']}: no article within {evidence.get('window_hours')}h to compare with"
    return {"event_id": doc["event_id"], "explanation": text, "evidence": evidence}
