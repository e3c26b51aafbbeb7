"""Re-checks end to end on the real Kafka and Elasticsearch, against fixture pages that change between fetches."""

from __future__ import annotations

import pytest

from pipeline.models.urls import article_id_for_url
from pipeline.revisions.history import history, render
from pipeline.revisions.run import recheck
from pipeline.search import SearchFilters, search
from pipeline.settings import Settings
from tests.revisions.helpers import document, index_all, ingest_and_index, revision_docs, tracked
from tests.revisions.pages import editable
from tests.support.site import Site
from tests.support.topics import read_topic

pytestmark = pytest.mark.integration

QUOKKA = "Councillor Ingrid Halvorsen promised a quokka sanctuary beside the old harbour wall."
CORRECTION = "Correction: an earlier version of this article gave the wrong date for the council vote."


def ids(result: dict[str, object]) -> list[str]:
    return [h["id"] for h in result["hits"]]  # type: ignore[attr-defined, index]


def test_headline_rewrite_paragraph_removal_and_correction_each_make_a_revision(
    site: Site, ingest_settings: Settings
) -> None:
    settings = ingest_settings
    page = editable(site, "/news/tram.html", "Mayor announces tram extension to the harbour", [QUOKKA])
    steady = editable(site, "/news/steady.html", "Budget talks continue at city hall")
    url, steady_url = site.url(page.path), site.url(steady.path)
    assert ingest_and_index(settings, url, steady_url)["published"] == 2
    first = document(settings, url)
    article_id = article_id_for_url(url)
    assert first["revision"] == 1 and [r["revision"] for r in first["revisions"]] == [1]
    assert list(revision_docs(settings, article_id)) == [f"{article_id}:1"]
    assert article_id in ids(search(settings, "quokka sanctuary"))

    page.title = "Mayor withdraws tram extension after protests"  # headline rewrite
    summary = recheck(settings, urls=[url])
    assert summary.outcomes == {"revised": 1} and summary.published[0]["revision"] == 2
    index_all(settings)
    second = document(settings, url)
    assert (second["revision"], second["title"]) == (2, page.title)
    assert second["story_id"] == first["story_id"], "story membership is kept across revisions"
    assert second["enrichment"]["enriched_at"] > first["enrichment"]["enriched_at"], "the new revision is enriched"

    page.body.remove(QUOKKA)  # paragraph removed
    assert recheck(settings, urls=[url]).outcomes == {"revised": 1}
    index_all(settings)
    assert document(settings, url)["revision"] == 3
    assert article_id not in ids(search(settings, "quokka sanctuary")), "a removed phrase no longer matches"
    assert "quokka" in revision_docs(settings, article_id)[f"{article_id}:2"]["text"], "the old text is kept"

    page.body.append(CORRECTION)  # correction appended, then amended before the index worker runs
    assert recheck(settings, urls=[url]).outcomes == {"revised": 1}
    page.body[-1] = CORRECTION + " The vote is on 12 March."
    assert recheck(settings, urls=[url]).outcomes == {"revised": 1}
    index_all(settings)
    final = document(settings, url)
    assert final["revision"] == 5 and [r["revision"] for r in final["revisions"]] == [1, 2, 3, 4, 5]
    assert final["story_id"] == first["story_id"]
    stored = revision_docs(settings, article_id)
    assert sorted(stored) == [f"{article_id}:{n}" for n in range(1, 6)], "both revisions of one batch are kept"
    assert stored[f"{article_id}:4"]["text"].endswith(CORRECTION)

    report = history(settings, url)
    changes = [r.get("changes") for r in report["revisions"]]
    assert changes[0] is None and changes[1]["title"]["new"] == page.title and changes[1]["text"] == []
    assert changes[2]["title"] is None and changes[2]["text"] == [{"op": "removed", "old": QUOKKA}]
    assert changes[3]["text"] == [{"op": "added", "new": CORRECTION}]
    assert [c["op"] for c in changes[4]["text"]] == ["changed"] 
    assert changes[4]["text"][0]["diff"].endswith("{+The vote is on 12 March.+}")
    text = render(report)
    assert "title changed: 'Mayor announces" in text and "- removed: Councillor Ingrid" in text

    edited = search(settings, "", filters=SearchFilters(edited=True))
    assert ids(edited) == [article_id], "--edited finds the edited article only"
    assert tracked(settings, steady_url).revision == 1


def test_unchanged_pages_add_nothing_and_the_second_check_is_a_conditional_get(
    site: Site, ingest_settings: Settings
) -> None:
    settings = ingest_settings
    tagged = editable(site, "/news/tagged.html", "Harbour ferry timetable unchanged", etag=True)
    plain = editable(site, "/news/plain.html", "Library opening hours extended")
    urls = [site.url(tagged.path), site.url(plain.path)]
    ingest_and_index(settings, *urls)
    raw = len(read_topic(settings, settings.kafka.topics.raw))

    assert recheck(settings, urls=urls).outcomes == {"unchanged": 2}
    second = recheck(settings, urls=urls)
    assert second.outcomes == {"not_modified": 1, "unchanged": 1}, "the ETag of the first re-check is sent"
    assert site.hits(tagged.path)[-1].headers.get("If-None-Match"), "conditional GET"
    assert len(read_topic(settings, settings.kafka.topics.raw)) == raw, "nothing published"
    for url in urls:
        row = tracked(settings, url)
        assert (row.revision, len(row.revisions), row.checks) == (1, 1, 2)
        assert document(settings, url)["revision"] == 1


def test_pages_gone_404_or_410_are_marked_removed_with_their_text_kept(site: Site, ingest_settings: Settings) -> None:
    settings = ingest_settings
    pages = [editable(site, "/news/gone-404.html", "Stadium deal signed"),
             editable(site, "/news/gone-410.html", "Bridge closure extended")]
    urls = [site.url(p.path) for p in pages]
    ingest_and_index(settings, *urls)
    before = {url: document(settings, url) for url in urls}

    pages[0].status, pages[1].status = 404, 410
    summary = recheck(settings, urls=urls)
    assert summary.outcomes == {"removed": 2}
    index_all(settings)
    for url in urls:
        doc = document(settings, url)
        assert doc["status"] == "removed" and doc["removed_at"], doc.get("status")
        assert (doc["text"], doc["title"], doc["revision"]) == (before[url]["text"], before[url]["title"], 1)
        assert tracked(settings, url).next_check_at is None, "a removed article leaves the schedule"
    raw = len(read_topic(settings, settings.kafka.topics.raw))
    assert recheck(settings, urls=urls).outcomes == {"unchanged": 2}, "still gone: nothing new"
    assert len(read_topic(settings, settings.kafka.topics.raw)) == raw


def test_a_redirect_to_a_new_url_is_the_same_article(site: Site, ingest_settings: Settings) -> None:
    settings = ingest_settings
    old = editable(site, "/2026/03/old-slug.html", "Council approves new cycle lanes")
    new = editable(site, "/2026/03/new-slug.html", old.title)
    new.body = old.body
    old_url, new_url = site.url(old.path), site.url(new.path)
    ingest_and_index(settings, old_url)
    article_id = article_id_for_url(old_url)

    old.moved_to = new.path
    summary = recheck(settings, urls=[old_url])
    assert summary.outcomes == {"moved": 1}
    index_all(settings)
    doc = document(settings, old_url)
    assert (doc["id"], doc["url"], doc["previous_urls"], doc["revision"]) == (article_id, new_url, [old_url], 1)
    assert ingest_and_index(settings, new_url)["published"] == 0, "the new URL is known: no second article"

    new.title = "Council approves new cycle lanes, with conditions"
    assert recheck(settings, urls=[new_url]).outcomes == {"revised": 1}, "found by its new URL"
    index_all(settings)
    doc = document(settings, old_url)
    assert (doc["revision"], doc["title"], doc["url"]) == (2, new.title, new_url)
    assert sorted(revision_docs(settings, article_id)) == [f"{article_id}:1", f"{article_id}:2"]
    assert [r["revision"] for r in history(settings, new_url)["revisions"]] == [1, 2]
