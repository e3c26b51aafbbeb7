"""Regenerate the golden expectations for review: ``python -m tests.extract.golden.regenerate [--measure]``.

Writes ``expected/<page>.json`` with the fields the extractor returns now (metadata, or the skip reason)
and the body F1 against ``gold/<page>.txt``; review the diff before committing it. ``--measure`` compares
trafilatura configurations on the golden pages (how the adapter's settings were chosen).
"""

from __future__ import annotations

import argparse
import json
import statistics

import trafilatura

from pipeline.extract.trafilatura_adapter import DATE_PARAMS
from tests.extract.golden.harness import EXPECTED, URL, extract_fields, f1, gold_text, html_of, names

CONFIGS = {
    "default": {},
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
    "precision+fast": {"favor_precision": True, "fast": True},
}


def regenerate() -> None:
    EXPECTED.mkdir(exist_ok=True)
    for name in names():
        fields = extract_fields(name)
        text = fields.pop("text", None)
        if text is not None:
            fields["body_f1"] = round(f1(text, gold_text(name)), 3)
        (EXPECTED / f"{name}.json").write_text(json.dumps(fields, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
        print(f"{name}: {fields.get('skipped') or fields['body_f1']}")


def measure() -> None:
    for label, options in CONFIGS.items():
        scores, leaks = [], 0
        for name in names():
            gold = gold_text(name)
            doc = trafilatura.bare_extraction(
                html_of(name),
                url=URL.format(name=name),
                with_metadata=True,
                include_comments=False,
                date_extraction_params=DATE_PARAMS,
                **options,
            )
            text = (doc.text or "") if doc is not None else ""
            if gold.strip():
                scores.append(f1(text, gold))
            elif len(text) >= 200:
                leaks += 1  # a non-article page that would be published
        print(f"{label:24s} mean_f1={statistics.mean(scores):.3f} min_f1={min(scores):.3f} non_articles_kept={leaks}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.extract.golden.regenerate")
    parser.add_argument("--measure", action="store_true", help="compare trafilatura settings instead")
    measure() if parser.parse_args().measure else regenerate()


if __name__ == "__main__":
    main()
