"""``pip install .`` (not editable) gives a working newsline: every module, the CLI, the shipped project files.

The wheel is built offline (``pip wheel --no-deps --no-build-isolation``) from a copy of the sources, so a
stale ``build/`` in the checkout cannot leak into it, and installed with ``--no-deps`` into a fresh venv whose
only link to the project venv is a ``.pth`` line naming its site-packages (the dependencies, not newsline:
the editable install's finder is not loaded that way). Everything runs from a directory outside the checkout.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from pipeline.settings import PROJECT_ROOT

SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "pipeline", "config", "dags", "seeds")
UV = Path(sys.executable).parent / "uv"

pytestmark = [pytest.mark.packaging, pytest.mark.slow]


def run(cmd: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(cwd)})
    assert proc.returncode == 0, f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        origin = PROJECT_ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(origin, src / name)
    dist = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(dist), str(src)], src)
    (built,) = dist.glob("newsline-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("venv") / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(root)], root.parent)
    purelib = Path(sysconfig.get_paths(vars={"base": str(root), "platbase": str(root)})["purelib"])
    (purelib / "project-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run([str(UV), "pip", "install", "-q", "--offline", "--no-deps", "--python", str(root / "bin" / "python"), str(wheel)],
        root.parent)
    return root


def test_wheel_carries_every_module_and_the_project_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {str(p.relative_to(PROJECT_ROOT)) for p in (PROJECT_ROOT / "pipeline").rglob("*.py")}
    assert modules <= names, sorted(modules - names)
    config = {str(p.relative_to(PROJECT_ROOT)) for p in (PROJECT_ROOT / "config").rglob("*") if p.is_file()}
    assert {"config/gazetteer/sports-clubs.yaml", "config/watchlists.yaml"} <= config
    shipped = config | {"dags/ingest_news.py", "dags/replay_seeds.py", "seeds/000_c14a1469d1a060ad.txt"}
    assert {f"pipeline/_project/{name}" for name in shipped} <= names
    assert not any(n.startswith(("tests/", "bench/")) for n in names)
    assert not any(n.startswith(("newsline_dev/", "tools/")) or "/newsline_dev/" in n for n in names), sorted(
        n for n in names if "newsline_dev" in n or n.startswith("tools/"))


def test_installed_newsline_help_runs(venv: Path, tmp_path: Path) -> None:
    out = run([str(venv / "bin" / "newsline"), "--help"], tmp_path).stdout
    for command in ("services", "replay", "search", "ingest", "airflow"):
        assert command in out
    assert "search" in run([str(venv / "bin" / "python"), "-m", "pipeline", "search", "--help"], tmp_path).stdout


def test_installed_newsline_says_local_services_are_development_tooling(venv: Path, tmp_path: Path) -> None:
    """The wheel has no ``newsline_dev``: ``services up`` fails with one line naming it, no traceback."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    python = str(venv / "bin" / "python")
    proc = subprocess.run([python, "-c", "import importlib.util; print(importlib.util.find_spec('newsline_dev'))"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True, env=env)
    assert proc.stdout.strip() == "None"
    for argv in (["services", "up"], ["services", "status"], ["airflow", "init", "--local"]):
        proc = subprocess.run([str(venv / "bin" / "newsline"), *argv], cwd=tmp_path, capture_output=True, text=True,
                              timeout=120, check=False, env=env)
        assert proc.returncode == 2, (argv, proc.stdout, proc.stderr)
        assert proc.stdout == ""
        lines = proc.stderr.splitlines()
        assert len(lines) == 1, proc.stderr
        assert lines[0].startswith("newsline: error: `newsline ") and "development tooling" in lines[0], lines[0]
        assert "pip install -e tools" in lines[0] and "Traceback" not in proc.stderr
    assert not (tmp_path / ".newsline").exists() or not any((tmp_path / ".newsline").rglob("*.pid"))


PROBE = """
import importlib, json, pathlib
import pipeline
root = pathlib.Path(pipeline.__file__).parent  # every file: some subpackages have no __init__.py
failed = {}
names = []
for path in sorted(root.rglob("*.py")):
    parts = path.relative_to(root.parent).with_suffix("").parts
    if "_project" in parts or parts[-1] == "__main__":
        continue  # shipped data (DAG files), and the CLI runner
    name = ".".join(parts).removesuffix(".__init__")
    names.append(name)
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed[name] = f"{type(exc).__name__}: {exc}"
from pipeline.enrich.entities.gazetteer import default as gazetteer
from pipeline.index import template
from pipeline.kibana import SAVED_OBJECTS_DIR
from pipeline.settings import PROJECT_ROOT, load_settings
settings = load_settings()
print(json.dumps({
    "package": pipeline.__file__, "modules": names, "failed": failed, "project_root": str(PROJECT_ROOT),
    "template_file": str(template.TEMPLATE_FILE), "template": json.loads(template.TEMPLATE_FILE.read_text()),
    "saved_objects": [str(p) for p in sorted(SAVED_OBJECTS_DIR.glob("*.ndjson"))],
    "saved_object_lines": sum(len(p.read_text().splitlines()) for p in SAVED_OBJECTS_DIR.glob("*.ndjson")),
    "sources_file": str(settings.fetch.sources_file), "state": str(settings.paths.state),
    "schedule": settings.ingest.schedule, "gazetteer_entries": len(gazetteer().entries),
    "watchlists_file": str(settings.watch.file), "watchlists_exist": settings.watch.file.is_file(),
}))
"""


def test_installed_package_imports_every_module_and_reads_its_own_data(venv: Path, tmp_path: Path) -> None:
    report = json.loads(run([str(venv / "bin" / "python"), "-c", PROBE], tmp_path).stdout)
    assert report["failed"] == {}
    files = (PROJECT_ROOT / "pipeline").rglob("*.py")
    expected = {".".join(p.relative_to(PROJECT_ROOT).with_suffix("").parts) for p in files}
    expected = {m.removesuffix(".__init__") for m in expected} - {"pipeline", "pipeline.__main__"}
    assert expected <= set(report["modules"]), sorted(expected - set(report["modules"]))
    installed = str(venv)
    assert report["package"].startswith(installed)
    assert report["project_root"].startswith(installed) and report["project_root"].endswith("pipeline/_project")
    assert report["template_file"].startswith(installed) and "mappings" in json.dumps(report["template"])
    assert report["saved_objects"] and all(p.startswith(installed) for p in report["saved_objects"])
    assert report["saved_object_lines"] >= 1
    assert report["sources_file"].startswith(installed)
    assert report["state"] == str(tmp_path / ".newsline")  # state in the working directory, not site-packages
    assert report["schedule"] == "*/15 * * * *"  # config/newsline.yaml read from the installed copy
    assert report["gazetteer_entries"] > 100  # config/gazetteer/ read from the installed copy
    assert report["watchlists_file"].startswith(installed) and report["watchlists_exist"]


def test_runtime_lock_has_no_dev_tools_and_the_dev_lock_has() -> None:
    def pinned(name: str) -> set[str]:
        lines = (PROJECT_ROOT / name).read_text().splitlines()
        return {line.split("==")[0].strip().lower() for line in lines if "==" in line and not line.startswith(" ")}

    runtime, dev = pinned("requirements-runtime.lock"), pinned("requirements.lock")
    tools = {"pytest", "ruff", "mypy", "types-pyyaml"}
    assert not runtime & tools, sorted(runtime & tools)
    assert tools <= dev
    assert {"apache-airflow", "elasticsearch", "kafka-python", "trafilatura", "spacy"} <= runtime
    assert runtime <= dev  # the image runs what CI tested
