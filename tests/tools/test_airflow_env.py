"""The Airflow environment builder, without importing Airflow."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from newsline_dev.airflow import airflow_env
from pipeline.settings import PROJECT_ROOT, load_settings


def test_home_defaults_to_state_dir(tmp_path: Path) -> None:
    settings = load_settings(paths={"state": tmp_path / "state"})
    assert airflow_env.airflow_home(settings) == (tmp_path / "state" / "airflow").resolve()


def test_env_points_airflow_at_the_project(tmp_path: Path) -> None:
    env = airflow_env.build_env(home=tmp_path / "af")
    home = (tmp_path / "af").resolve()
    assert env["AIRFLOW_HOME"] == str(home)
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == f"sqlite:///{home}/airflow.db"
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("sqlite:////")  # absolute path
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == str(PROJECT_ROOT / "dags")
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "False"
    assert env["AIRFLOW__CORE__UNIT_TEST_MODE"] == "False"
    assert env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
    assert env["PYTHONPATH"].split(":")[0] == str(PROJECT_ROOT)
    assert (home / "airflow.cfg").is_file()  # placeholder, so the CLI does not write its own


def test_secrets_are_generated_once_and_private(tmp_path: Path) -> None:
    first = airflow_env.build_env(home=tmp_path)
    second = airflow_env.build_env(home=tmp_path)
    for var, name in airflow_env.SECRET_FILES.items():
        assert first[var] and first[var] == second[var]
        path = tmp_path / "secrets" / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(set(first[v] for v in airflow_env.SECRET_FILES)) == len(airflow_env.SECRET_FILES)


def test_print_env_never_prints_secrets_but_exports_them(tmp_path: Path) -> None:
    text = airflow_env.shell_exports(home=tmp_path)
    env = airflow_env.build_env(home=tmp_path)
    for var in airflow_env.SECRET_FILES:
        assert env[var] not in text
    script = f'{text}\nprintf "%s|%s|%s" "$AIRFLOW__API_AUTH__JWT_SECRET" "$AIRFLOW_HOME" "$PYTHONPATH"'
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True, env={}).stdout
    jwt, home, pythonpath = out.split("|")
    assert jwt == env["AIRFLOW__API_AUTH__JWT_SECRET"]
    assert home == str(tmp_path.resolve())
    assert pythonpath == str(PROJECT_ROOT)


def test_cli_print_env(tmp_path: Path) -> None:
    assert airflow_env.main(["--home", str(tmp_path), "--print-env"]) == 0


def test_migrate_runs_once_per_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def fake_run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(cmd)
        (tmp_path / "airflow.db").touch()
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(airflow_env.subprocess, "run", fake_run)
    monkeypatch.setattr(airflow_env, "airflow_version", lambda: "3.3.2")
    assert airflow_env.ensure_migrated(home=tmp_path) is True
    assert airflow_env.ensure_migrated(home=tmp_path) is False
    assert calls == [airflow_env.airflow_command(["db", "migrate"])]

    monkeypatch.setattr(airflow_env, "airflow_version", lambda: "3.4.0")  # upgraded Airflow
    assert airflow_env.ensure_migrated(home=tmp_path) is True
    (tmp_path / "airflow.db").unlink()  # DB deleted
    assert airflow_env.ensure_migrated(home=tmp_path) is True
    assert len(calls) == 3


def test_migrate_failure_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(airflow_env.subprocess, "run", lambda cmd, **kw: subprocess.CompletedProcess(cmd, 1, "", "boom"))
    with pytest.raises(airflow_env.AirflowEnvError, match="boom"):
        airflow_env.ensure_migrated(home=tmp_path)
    assert not (tmp_path / ".db-migrated").exists()
