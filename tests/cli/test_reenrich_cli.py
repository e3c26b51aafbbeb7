"""Choosing what ``newsline reenrich`` re-runs (no services: in-memory cluster store)."""

import pytest

from pipeline.cli.main import build_parser
from pipeline.cli.reenrich import build_query, choose_steps
from pipeline.exceptions import NewslineError
from pipeline.settings import load_settings

SETTINGS = load_settings(enrich={"cluster_store": "memory", "events": {"store": "memory"}})


def test_only_a_step_brings_its_dependents() -> None:
    assert [s.name for s in choose_steps(SETTINGS, ["entities"])] == ["entities", "quotes", "countries", "locations",
                                                                      "keywords", "event"]
    assert [s.name for s in choose_steps(SETTINGS, ["cluster"])] == ["cluster"]
    assert [s.name for s in choose_steps(SETTINGS, ["event"])] == ["event"]
    assert [s.name for s in choose_steps(SETTINGS, None)] == ["language", "metrics", "fingerprint", "entities", "quotes",
                                                              "countries", "locations", "keywords", "cluster", "event"]
    with pytest.raises(NewslineError, match="unknown step"):
        choose_steps(SETTINGS, ["sentiment"])


def test_stale_query_selects_documents_with_another_version() -> None:
    steps = choose_steps(SETTINGS, ["cluster"])
    query = build_query(steps, "language:en", stale=True)
    must = query["bool"]["must"]
    assert must[0] == {"query_string": {"query": "language:en"}}
    term = must[1]["bool"]["should"][0]["bool"]["must_not"][0]["term"]
    assert term == {"enrichment.provenance.cluster.version": steps[0].producer.version}
    assert build_query(steps, None, stale=False) == {"match_all": {}}


def test_cli_arguments() -> None:
    args = build_parser().parse_args(["reenrich", "--only", "entities", "--only", "keywords", "--stale"])
    assert args.only == ["entities", "keywords"] and args.stale and args.query is None
    assert build_parser().parse_args(["worker", "enrich", "--processes", "3"]).processes == 3
