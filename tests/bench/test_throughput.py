"""make bench's figures in small form on the live services: per-language enrich CPU, the CoreNLP server's
CPU counted for the languages it serves, the languages without a model recorded as skipped; the warm end-to-end
run (workers warmed on every partition first, only the corpus timed and counted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import ENGLISH, NEWSROOM_MIX, generate, write_json
from bench.throughput import end_to_end_warm, stage_cpu
from pipeline.enrich.entities import ner
from pipeline.settings import Settings

pytestmark = pytest.mark.integration


def test_stage_cpu_reports_each_language_and_counts_the_ner_server(pipeline_settings: Settings) -> None:
    articles = generate(36, seed=21, near_duplicate_share=0.0, mix=NEWSROOM_MIX)
    stages = stage_cpu(pipeline_settings, articles, idle_sample_s=0.5)  # make bench samples each idle rate 3 s
    languages = stages["languages"]
    assert sum(figures["articles"] for figures in languages.values()) == len(articles)
    assert {"en", "de", "es", "fr"} <= set(languages)
    served = ner.service_languages()
    for code, figures in languages.items():
        assert figures["detected_as_generated"] == 1.0, code
        skipped = code not in ner.languages()
        assert figures["entities_skipped"] == (figures["articles"] if skipped else 0), code
        if code in served:  # the JVM's CPU net of its idle rate (the server is shared: it may round to 0 here)
            assert figures["corenlp_jvm_ms_per_article"] >= 0, code
            assert figures["entities_ms_per_article"] >= figures["ms_per_article"]["entities"], code
        else:
            assert figures["corenlp_jvm_ms_per_article"] == 0, code
        if code in ("en", "fr"):
            assert figures["ms_per_article"]["entities"] > figures["ms_per_article"]["metrics"], code
    assert stages["ms_per_article"]["enrich.entities_corenlp"] >= 0
    total = sum(stages["ms_per_article"].values())
    assert stages["cpu_limit_articles_per_s"] == pytest.approx(stages["cores"] * 1000 / total, rel=0.01)
    assert stages["ner"]["corenlp_measured"]


def test_warm_end_to_end_times_only_the_corpus_after_every_worker_warmed(
    pipeline_settings: Settings, tmp_path: Path
) -> None:
    articles = generate(10, seed=23, near_duplicate_share=0.0, mix=ENGLISH)
    warm = generate(12, seed=24, near_duplicate_share=0.0, mix=ENGLISH)
    write_json(articles, tmp_path / "corpus")
    run = end_to_end_warm(pipeline_settings, tmp_path, len(articles), warm)
    partitions = pipeline_settings.kafka.topics.partitions
    assert run["warm_up_articles"] == partitions  # one English article on every raw partition
    assert run["indexed"] == len(articles)  # the warm-up documents are not counted as the corpus's
    assert run["start_up_s"] > 0 and run["replay_to_searchable_s"] >= run["replay_s"] > 0
    assert run["articles_per_s"] == pytest.approx(len(articles) / run["replay_to_searchable_s"], rel=0.02)
