"""The search, index and kibana command lines parse into what the handlers expect (no services needed)."""

from __future__ import annotations

import pytest

from pipeline.cli import build_parser, main


def test_search_flags_repeat_and_default() -> None:
    args = build_parser().parse_args(["search", "ceasefire", "--country", "TR", "--country", "SY", "--person",
                                      "Hakan Fidan", "--since", "2019-01-01", "--sort", "newest", "--json"])
    assert args.country == ["TR", "SY"] and args.person == ["Hakan Fidan"] and args.org == [] and args.json
    assert build_parser().parse_args(["search", "--story", "s1"]).query == ""


@pytest.mark.parametrize("argv", [["search", "x", "--facets", "0"], ["search", "x", "--sort", "random"],
                                  ["index", "drop"], ["kibana", "export"]])
def test_bad_arguments_are_usage_errors(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(argv)
    assert exit_.value.code == 2


def test_bad_filter_values_are_clear_errors(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.logs.configure", lambda level: None)
    assert main(["search", "ceasefire", "--since", "last week"]) == 2
    assert "ISO date" in capsys.readouterr().err
    assert main(["search"]) == 2
    assert "empty query" in capsys.readouterr().err
