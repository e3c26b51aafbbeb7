"""Environment for running Airflow 3 locally against newsline's state directory.

Everything Airflow needs comes from ``AIRFLOW__*`` environment variables built here, so
``airflow.cfg`` is only a placeholder:

* ``AIRFLOW_HOME`` = ``<paths.state>/airflow``; SQLite metadata DB ``airflow.db`` in it.
* DAGs folder = the project's ``dags/``; example DAGs off; unit-test mode off; new DAGs paused or not
  by the setting ``airflow.dags_paused_at_creation`` (default: not paused, they run on their schedule).
* ``LocalExecutor``: Airflow 3 removed ``SequentialExecutor`` (an old value is rewritten to
  ``LocalExecutor``) and no longer refuses LocalExecutor on SQLite; ``airflow standalone`` runs on it.
* api-server on 127.0.0.1:8080 (SimpleAuthManager; ``standalone`` generates the admin password in
  ``<home>/simple_auth_manager_passwords.json.generated``).
* Fernet key, API secret key and JWT secret are generated once into ``<home>/secrets/`` (mode
  0600) and reused, so every Airflow process (scheduler, api-server, ``dags test``) agrees on them.
  They are exported to child processes but never printed or logged.

Airflow reads its configuration when first imported: set the environment (:func:`apply_env`, or
a subprocess with :func:`build_env`) *before* ``import airflow``.

CLI::

    eval "$(python -m newsline_dev.airflow.airflow_env --print-env)"   # secrets via $(cat file)
    python -m newsline_dev.airflow.airflow_env --migrate                # idempotent db migrate
    python -m newsline_dev.airflow.airflow_env -- dags test replay_seeds  # airflow <args>
"""

from __future__ import annotations

import argparse
import base64
import fcntl
import logging
import os
import secrets
import shlex
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from importlib import metadata
from pathlib import Path

from pipeline.exceptions import NewslineError
from pipeline.logs import configure as configure_logging
from pipeline.orchestration.exceptions import AirflowEnvError
from pipeline.settings import PROJECT_ROOT, Settings, load_settings

log = logging.getLogger(__name__)

DAGS_FOLDER = PROJECT_ROOT / "dags"
AIRFLOW_DIST = "apache-airflow-core"

# env var -> file under <home>/secrets holding its value
SECRET_FILES: dict[str, str] = {
    "AIRFLOW__CORE__FERNET_KEY": "fernet_key",
    "AIRFLOW__API__SECRET_KEY": "api_secret_key",
    "AIRFLOW__API_AUTH__JWT_SECRET": "jwt_secret",
}

_CONFIG_PLACEHOLDER = """\
# Managed by newsline. Airflow is configured through AIRFLOW__* environment variables built by
# newsline_dev.airflow.airflow_env (see `python -m newsline_dev.airflow.airflow_env --print-env`).
# Local overrides may go below; environment variables win over this file.
"""


def airflow_home(settings: Settings | None = None, home: Path | None = None) -> Path:
    """``home`` if given, else ``<paths.state>/airflow``; always absolute."""
    if home is None:
        home = (settings or load_settings()).paths.state / "airflow"
    return Path(home).expanduser().resolve()


def public_env(home: Path, dags: Path | None = None) -> dict[str, str]:
    """The non-secret variables (safe to print)."""
    return {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW_CONFIG": str(home / "airflow.cfg"),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
        "AIRFLOW__CORE__DAGS_FOLDER": str(Path(dags).resolve() if dags else DAGS_FOLDER),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        # LocalExecutor worker processes; SQLite serialises writes anyway, keep the pool small
        "AIRFLOW__CORE__PARALLELISM": "4",
        # api-server (UI + execution API) on loopback only; workers must then use 127.0.0.1, not
        # "localhost" (may resolve to ::1). Change both together if you move the port.
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": "8080",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": "http://127.0.0.1:8080/execution/",
    }


def _new_secret(name: str) -> str:
    if name == "fernet_key":  # same format as cryptography's Fernet.generate_key()
        return base64.urlsafe_b64encode(os.urandom(32)).decode()
    return secrets.token_urlsafe(32)


def ensure_secrets(home: Path) -> dict[str, str]:
    """Create missing secret files (0600, race-safe) and return ``{env var: value}``."""
    folder = home / "secrets"
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    values: dict[str, str] = {}
    for var, name in SECRET_FILES.items():
        path = folder / name
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(_new_secret(name))
            log.info("airflow secret created name=%s", name)
        value = path.read_text().strip()
        if not value:
            raise AirflowEnvError(f"empty Airflow secret file {path}; delete it to regenerate")
        values[var] = value
    return values


def ensure_home(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    home.chmod(0o700)
    config = home / "airflow.cfg"
    if not config.exists():  # otherwise the airflow CLI writes a 120 KB default with its own keys
        config.write_text(_CONFIG_PLACEHOLDER)
        config.chmod(0o600)


def _pythonpath(current: str | None) -> str:
    parts = [str(PROJECT_ROOT), *(p for p in (current or "").split(os.pathsep) if p)]
    return os.pathsep.join(dict.fromkeys(parts))


def build_env(settings: Settings | None = None, *, home: Path | None = None, dags: Path | None = None) -> dict[str, str]:
    """All variables (secrets included) for an Airflow process; creates home and secrets."""
    settings = settings or load_settings()
    home = airflow_home(settings, home)
    ensure_home(home)
    env = public_env(home, dags)
    env["AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION"] = str(settings.airflow.dags_paused_at_creation)
    env["PYTHONPATH"] = _pythonpath(os.environ.get("PYTHONPATH"))
    env.update(ensure_secrets(home))
    return env


def apply_env(settings: Settings | None = None, *, home: Path | None = None, dags: Path | None = None) -> dict[str, str]:
    """Put :func:`build_env` into ``os.environ`` (call before importing Airflow)."""
    if "airflow.configuration" in sys.modules:
        log.warning("airflow env applied late reason=airflow_already_imported")
    env = build_env(settings, home=home, dags=dags)
    os.environ.update(env)
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    return env


def shell_exports(settings: Settings | None = None, *, home: Path | None = None) -> str:
    """``export`` lines for a POSIX shell; secrets are read from their files, never printed."""
    home = airflow_home(settings, home)
    ensure_home(home)
    ensure_secrets(home)
    paused = str((settings or load_settings()).airflow.dags_paused_at_creation)
    public = {**public_env(home), "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": paused}
    lines = [f"export {k}={shlex.quote(v)}" for k, v in public.items()]
    lines.append(f'export PYTHONPATH={shlex.quote(str(PROJECT_ROOT))}"${{PYTHONPATH:+:$PYTHONPATH}}"')
    for var, name in SECRET_FILES.items():
        lines.append(f'export {var}="$(cat {shlex.quote(str(home / "secrets" / name))})"')
    return "\n".join(lines) + "\n"


def airflow_version() -> str:
    try:
        return metadata.version(AIRFLOW_DIST)
    except metadata.PackageNotFoundError:
        raise AirflowEnvError("Airflow is not installed: pip install -e '.[airflow]'") from None


def airflow_command(args: Sequence[str]) -> list[str]:
    """``airflow <args>`` with this interpreter (the venv's Airflow, no PATH lookup)."""
    return [sys.executable, "-m", "airflow", *args]


def _child_env(env: Mapping[str, str]) -> dict[str, str]:
    child = {**os.environ, **env}
    child.setdefault("PYTHONUNBUFFERED", "1")
    return child


def ensure_migrated(settings: Settings | None = None, *, home: Path | None = None) -> bool:
    """Run ``airflow db migrate`` unless this home's DB is already at the installed version.

    Returns True when a migration ran. Serialised with a file lock; a marker file records the
    Airflow version the DB was migrated with.
    """
    env = build_env(settings, home=home)
    root = Path(env["AIRFLOW_HOME"])
    marker = root / ".db-migrated"
    wanted = f"{AIRFLOW_DIST}=={airflow_version()}"
    with open(root / ".migrate.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        db = root / "airflow.db"
        if db.exists() and marker.exists() and marker.read_text().strip() == wanted:
            return False
        started = time.monotonic()
        proc = subprocess.run(
            airflow_command(["db", "migrate"]),
            env=_child_env(env),
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.monotonic() - started
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-30:])
            raise AirflowEnvError(f"airflow db migrate failed (exit {proc.returncode}):\n{tail}")
        marker.write_text(wanted + "\n")
        log.info("airflow db migrated db=%s version=%s seconds=%.1f", db, wanted, seconds)
        return True


def run_airflow(
    args: Sequence[str],
    settings: Settings | None = None,
    *,
    home: Path | None = None,
    migrate: bool = True,
    check: bool = False,
    capture: bool = False,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``airflow <args>`` in the newsline Airflow environment (migrating the DB first)."""
    if migrate:
        ensure_migrated(settings, home=home)
    env = build_env(settings, home=home)
    log.info("airflow run args=%r", shlex.join(args))
    return subprocess.run(
        airflow_command(args),
        env=_child_env(env),
        capture_output=capture,
        text=True,
        check=check,
        timeout=timeout,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsline_dev.airflow.airflow_env",
        description="Local Airflow environment for newsline. With `-- ARGS`, runs `airflow ARGS`.",
    )
    parser.add_argument("--home", type=Path, help="AIRFLOW_HOME (default <paths.state>/airflow)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--print-env", action="store_true", help="print export lines for eval")
    mode.add_argument("--migrate", action="store_true", help="run `airflow db migrate` if needed")
    parser.add_argument("airflow_args", nargs=argparse.REMAINDER, help="-- then airflow arguments")
    opts = parser.parse_args(argv)
    args = opts.airflow_args[1:] if opts.airflow_args[:1] == ["--"] else opts.airflow_args
    configure_logging("INFO")

    try:
        if opts.print_env:
            sys.stdout.write(shell_exports(home=opts.home))
            return 0
        if opts.migrate:
            ran = ensure_migrated(home=opts.home)
            log.info("airflow db ready migrated=%s", ran)
            return 0
        if not args:
            parser.error("nothing to do: pass --print-env, --migrate or -- AIRFLOW_ARGS")
        return run_airflow(args, home=opts.home).returncode
    except NewslineError as exc:
        log.error("airflow env failed error=%s", exc)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
