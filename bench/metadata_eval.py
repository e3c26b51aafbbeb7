"""Metadata on the labelled multilingual set: ``python -m bench.metadata_eval [--misses]`` (from the checkout).

Prints headline exact-match rate, publication day and within-an-hour rates, authors F1 and author organisations
F1, for the whole set and per language (the same figures tests/extract/test_multilingual_metadata.py holds to
floors); ``--misses`` lists every page and metric that is not right, with what was found and what was expected.
"""

from __future__ import annotations

import argparse

from tests.extract.metadata_scores import evaluate, misses, render, summary
from tests.extract.multilingual import load_cases


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.metadata_eval")
    parser.add_argument("--misses", action="store_true", help="list the pages and metrics that are not right")
    args = parser.parse_args()
    cases = load_cases()
    scored = evaluate(cases)
    print(render(summary(scored)))
    if args.misses:
        print()
        print("\n".join(misses(scored, {c.name: c.expected for c in cases})))


if __name__ == "__main__":
    main()
