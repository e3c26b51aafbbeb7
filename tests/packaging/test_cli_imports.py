"""``newsline --help`` stays fast because the CLI imports no client library until a command runs.

Checked in a fresh interpreter (this test process has imported everything already). Start-up time itself
is measured by ``bench/cli_startup.py`` (``make bench-cli``), never asserted here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.settings import PROJECT_ROOT

pytestmark = pytest.mark.packaging

HEAVY = ("elasticsearch", "elastic_transport", "kafka", "spacy", "trafilatura", "pydantic_settings", "yake", "numpy")

PROBE = """
import json, sys
import pipeline.cli.main
from pipeline.cli.main import build_parser
build_parser()
print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))
"""


def loaded_after(code: str) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    return set(json.loads(proc.stdout))


def test_building_the_parser_imports_no_client_library() -> None:
    loaded = loaded_after(PROBE)
    assert "pipeline" in loaded
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_help_prints_every_command_without_the_heavy_imports() -> None:
    code = PROBE.replace("build_parser()\n", "import contextlib, io\n"
                         "with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.suppress(SystemExit):\n"
                         "    build_parser().parse_args(['--help'])\n"
                         "assert 'ingest' in out.getvalue() and 'search' in out.getvalue(), out.getvalue()\n")
    loaded = loaded_after(code)
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_a_command_still_reaches_settings_and_clients() -> None:
    """The deferral is not a removal: running a command loads settings and reports through them."""
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "show", "no-such-document-id"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NEWSLINE_LOG_LEVEL": "bogus"},
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "setting log_level" in proc.stderr
