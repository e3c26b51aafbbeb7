import pytest

from pipeline.cli import build_parser, main


def test_bad_setting_fails_with_its_name(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NEWSLINE_WORKERS_BATCH_SIZE", "0")
    assert main(["search", "anything"]) == 2
    err = capsys.readouterr().err
    assert "workers.batch_size" in err and "NEWSLINE_WORKERS_BATCH_SIZE" in err


def test_unreachable_elasticsearch_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_REQUEST_TIMEOUT", "2")
    assert main(["search", "Idlib"]) == 3
    assert "Elasticsearch" in capsys.readouterr().err


def test_parser_knows_every_command() -> None:
    parser = build_parser()
    for argv in (["services", "up"], ["replay", "seeds"], ["worker", "enrich"], ["run", "--until-idle"],
                 ["search", "q", "--json"], ["show", "abc"], ["status"], ["setup"]):
        assert parser.parse_args(argv).handler is not None
