"""Known-item search on real publisher pages (bench.search_real), indexed into the real Elasticsearch.

A fixed sample: the go-readability article pages (many languages) and every 10th htmldate page (German and
English news, magazines, blogs), extracted through the pipeline's own path; the articles with at least 150
words of body, wire copies of a third of them as distractors and synthetic background news; eight
consecutive words from the middle of each body, as written and with one word misremembered. The whole set
(every page, three places per body): ``python -m bench.search_real``, README "Ranking".
"""

from __future__ import annotations

import pytest

from bench.search_real import run
from pipeline.settings import Settings
from tests.support.live import isolated

pytestmark = pytest.mark.integration

EXACT_TOP3 = 0.95  # the target; measured 1.0 on this sample of 144 articles (the all-words query: 0.993)
SLIP_TOP3 = 0.9  # measured 0.986 (0.042 when every word was required)
LANGUAGE_TOP3 = 0.9  # each language with at least 20 queries (German, English)


def test_the_real_article_a_reader_remembers_is_in_the_top_3(live_settings: Settings) -> None:
    report = run(isolated(live_settings, "known-real"), every=10, background=100, positions=(0.5,))
    assert report["pages"] >= 160 and report["articles"] >= 120 and report["languages"] >= 8, report
    assert report["exact"]["top3"] >= EXACT_TOP3 and report["slip"]["top3"] >= SLIP_TOP3, report
    counted = report["queries_by_language"]
    assert all(report["by_language"][lang] >= LANGUAGE_TOP3 for lang, n in counted.items() if n >= 20), report
    assert report["exact"]["top1"] >= report["before"]["exact"]["top1"], report
    # where both find the article: no more copies of a higher hit in the top 3 than when every word was required
    both = report["duplicates_when_both_find"]
    assert both["after"] <= both["before"], report
    assert report["index"] is None
