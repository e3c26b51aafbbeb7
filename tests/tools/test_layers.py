"""``tools/layers.py`` on a small synthetic package: it finds upward imports and circles wherever they stand."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from pipeline.settings import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "tools" / "layers.py"
TABLE = [["low", ["pkg.low"]], ["high", ["pkg.high", "pkg"]]]

CLEAN = {
    "pkg/__init__.py": "",
    "pkg/low/__init__.py": "from pkg.low import b  # re-export of its own submodule: exempt from the circle graph\n",
    "pkg/low/a.py": "X = 1\n",
    "pkg/low/b.py": "from pkg.low import a\nfrom pkg.low.a import X\n",
    "pkg/high/__init__.py": "",
    "pkg/high/c.py": "import pkg.low.b\nfrom ..low import a\n",
}


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("layers_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    table = root / "table.json"
    table.write_text(json.dumps(TABLE))
    return table


def run(root: Path, table: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "--root", str(root), "--table", str(table), "--package", "pkg"],
                          capture_output=True, text=True, timeout=60, check=False)


def test_a_clean_package_passes_with_a_summary(tmp_path: Path) -> None:
    proc = run(tmp_path, write(tmp_path, CLEAN))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip().splitlines() == ["layers: 6 modules, 5 imports, 0 upward, 0 cycles, 0 unmapped, 0 tooling"]


def test_upward_import_inside_a_function_and_a_type_checking_circle_are_reported(tmp_path: Path) -> None:
    files = {
        **CLEAN,
        # upward, hidden inside a function
        "pkg/low/a.py": "X = 1\n\n\ndef f() -> None:\n    from pkg.high.c import a  # noqa\n",
        # a circle closed only under TYPE_CHECKING
        "pkg/high/d.py": "from pkg.high import e\n",
        "pkg/high/e.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pkg.high.d\n",
    }
    proc = run(tmp_path, write(tmp_path, files))
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert "upward pkg.low.a (low) -> pkg.high.c (high) line 5" in lines
    assert "cycle pkg.high.d <-> pkg.high.e" in lines
    assert "  pkg.high.d -> pkg.high.e line 1" in lines and "  pkg.high.e -> pkg.high.d line 3" in lines
    # a -> c -> a is a circle too (through the upward import)
    assert "cycle pkg.high.c <-> pkg.low.a <-> pkg.low.b" in lines
    assert lines[-1] == "layers: 8 modules, 8 imports, 1 upward, 2 cycles, 0 unmapped, 0 tooling"


def test_unmapped_modules_and_tooling_imports_fail(tmp_path: Path) -> None:
    files = {**CLEAN, "other/__init__.py": "", "pkg/low/t.py": "import importlib\nimportlib.import_module('pkg.high.c')\n",
             "pkg/high/dev.py": "def f() -> None:\n    from newsline_dev import services  # noqa\n"}
    table = write(tmp_path, files)
    proc = subprocess.run([sys.executable, str(SCRIPT), "--root", str(tmp_path), "--table", str(table),
                           "--package", "pkg", "--package", "other"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert "upward pkg.low.t (low) -> pkg.high.c (high) line 2" in lines  # importlib.import_module counts
    assert any(line.startswith("unmapped other ") for line in lines)
    assert any(line.startswith("tooling pkg.high.dev imports newsline_dev line 2") for line in lines)


@pytest.mark.parametrize(("edges", "expected"), [
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ({"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"c"}, "e": set()}, [["a", "b"], ["c", "d"]]),
    ({"a": {"b"}, "b": {"c"}}, []),
])
def test_tarjan_components(edges: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert load().strongly_connected(edges, edges) == expected


def test_layer_is_the_longest_matching_prefix() -> None:
    layers = load()
    table = [("root", ("=pkg",)), ("low", ("pkg.low",)), ("high", ("pkg.high", "pkg.lower"))]
    assert layers.layer_of("pkg.low.a", table) == 1
    assert layers.layer_of("pkg.lower", table) == 2  # a prefix matches whole name parts only
    assert layers.layer_of("pkg", table) == 0
    assert layers.layer_of("pkg.new", table) is None  # "=pkg" names the root package alone
    assert layers.layer_of("elsewhere", table) is None
