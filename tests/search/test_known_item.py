"""Known-item search on the repository's real pages (bench.search_pages), indexed into the real Elasticsearch.

Every article page (8 languages), wire copies of a third of them as distractors (some the clusterer keeps
apart) and synthetic background news; eight consecutive words from three places in the middle of each
article, as written and with one word misremembered. Figures and their history: README, "Ranking".
"""

from __future__ import annotations

import pytest

from bench.search_pages import evaluate
from pipeline.settings import Settings
from tests.support.live import isolated

pytestmark = pytest.mark.integration

EXACT_TOP3 = 0.95  # the target; measured 1.0 (0.993 before proximity)
SLIP_TOP3 = 0.9  # measured 1.0 (0.003 before: every word was required)


def test_the_article_a_reader_remembers_is_in_the_top_3(live_settings: Settings) -> None:
    report = evaluate(isolated(live_settings, "known-item"), background=100)
    assert report["articles"] >= 90 and report["languages"] == 8 and report["exact"]["queries"] >= 270, report
    assert report["stories"] > report["articles"], report  # some cut-down copies are stories of their own
    assert report["exact"]["top3"] >= EXACT_TOP3 and report["slip"]["top3"] >= SLIP_TOP3, report
    assert min(report["by_language"].values()) >= 0.9, report
    assert report["exact"]["top1"] >= report["before"]["exact"]["top1"], report
    # no more copies of a higher hit in the top 3 than when every word was required
    assert report["duplicate_hits"]["exact"]["top3"] <= report["before"]["duplicate_hits"]["exact"]["top3"], report
    assert report["index"] is None
