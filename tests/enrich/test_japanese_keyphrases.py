"""Japanese key phrases: runs of common nouns as SudachiPy cuts them, not YAKE's clauses (a Japanese sentence has no
spaces for YAKE to split words at); Chinese, with the same trouble and no phrase finder, is skipped."""

from __future__ import annotations

from pipeline.enrich import enrich_batch, japanese_keyphrases
from pipeline.enrich.steps.keywords import KEYWORDS
from pipeline.models import EnrichedArticle
from tests.enrich.helpers import article

TITLE = "日銀が追加利上げ 政策金利0.75%に"
TEXT = ("日本銀行は19日まで2日間開いた金融政策決定会合で、政策金利を現在の0.5%程度から引き上げることを決めた。"
        "植田総裁は記者会見で、春闘での賃上げの広がりを確認したと述べた。ジュネーブでの首脳会談の影響も注視する。")

CHINESE = ("中国人民银行周五宣布，将下调金融机构存款准备金率0.5个百分点，以支持实体经济发展。"
           "央行表示，此次降准将释放长期资金。")


def test_runs_of_nouns_are_the_phrases_and_numbers_names_and_formal_nouns_are_not() -> None:
    found = japanese_keyphrases.phrases(TITLE, TEXT, 40)
    assert found[:2] == ["政策金利", "追加利上げ"]  # both in the title (x3), 政策金利 in the text too
    assert {"金融政策決定会合", "記者会見", "春闘", "首脳会談"} <= set(found)
    assert not {"19日", "0.5%", "現在", "こと", "程度", "植田総裁", "ジュネーブ", "日本銀行"} & set(found)
    assert all("。" not in p and "、" not in p for p in found)  # no clause
    assert len(japanese_keyphrases.phrases(TITLE, TEXT, 3)) == 3


def test_the_keywords_step_gives_japanese_and_chinese_their_own_phrases() -> None:
    results = enrich_batch([article(TITLE, TEXT, "https://example.jp/a", "example"),
                            article("中国人民银行宣布下调存款准备金率", CHINESE, "https://example.cn/a", "example")])
    japanese, chinese = (r for r in results if isinstance(r, EnrichedArticle))
    assert japanese.enrichment.language.code == "ja" and "政策金利" in japanese.enrichment.keywords
    assert all(len(k) < 20 for k in japanese.enrichment.keywords)
    assert chinese.enrichment.language.code == "zh" and "keywords" not in chinese.enrichment.skipped
    assert "准备金率" in chinese.enrichment.keywords  # jieba's words, not YAKE's clauses
    assert all(len(k) < 10 and "，" not in k for k in chinese.enrichment.keywords)
    assert "zh" in (KEYWORDS.languages or ())
