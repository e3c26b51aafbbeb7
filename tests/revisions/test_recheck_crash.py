"""A re-fetched page that kills its extraction process fails that check alone, with the signal as its reason;
the other checks of the run complete (test-only crash hook, see pipeline.extract.pool)."""

from __future__ import annotations

import pytest

from pipeline.extract.pool import CRASH_MARKER_ENV
from pipeline.revisions.run import recheck
from pipeline.settings import Settings
from tests.revisions.helpers import ingest_and_index, tracked
from tests.revisions.pages import editable
from tests.support.site import Site

pytestmark = pytest.mark.integration

MARKER = "newsline-test-crash-77ab"


def test_a_page_crashing_its_extraction_fails_alone_and_the_other_checks_complete(
    site: Site, ingest_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CRASH_MARKER_ENV, MARKER)
    crashing = editable(site, "/news/crash.html", "Harbour board approves the new ferry pier")
    revised = editable(site, "/news/revised.html", "Library hours extended through the summer")
    steady = editable(site, "/news/steady.html", "Budget talks continue at city hall")
    urls = [site.url(p.path) for p in (crashing, revised, steady)]
    assert ingest_and_index(ingest_settings, *urls)["published"] == 3

    crashing.body.append(f"An edit that carries the marker {MARKER} into the page.")
    revised.title = "Library hours extended through the autumn"
    summary = recheck(ingest_settings, urls=urls)

    assert summary.outcomes == {"failed": 1, "revised": 1, "unchanged": 1}
    assert summary.failed == {"extraction process killed by SIGSEGV": 1}
    assert tracked(ingest_settings, urls[0]).last_outcome == "failed: extraction process killed by SIGSEGV"
    assert tracked(ingest_settings, urls[1]).revision == 2
