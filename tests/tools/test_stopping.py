"""A development command stopped with SIGTERM runs its clean-up (and so stops what it started)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from newsline_dev.stopping import sigterm_raises
    marker = Path(sys.argv[1])
    with sigterm_raises():
        try:
            print("ready", flush=True)
            time.sleep(60)
        finally:
            marker.write_text("cleaned up")
""")


def _run_and_terminate(tmp_path: Path, code: str) -> tuple[int, Path]:
    marker = tmp_path / "marker"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path.cwd() / "tools"), str(Path.cwd())])}
    proc = subprocess.Popen([sys.executable, "-c", code, str(marker)], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=30), marker


def test_sigterm_runs_the_clean_up_and_exits_143(tmp_path: Path) -> None:
    code, marker = _run_and_terminate(tmp_path, CHILD)
    assert code == 143 and marker.read_text() == "cleaned up"


def test_without_it_sigterm_skips_the_clean_up(tmp_path: Path) -> None:
    bare = CHILD.replace("with sigterm_raises():", "if True:")
    code, marker = _run_and_terminate(tmp_path, bare)
    assert code == -signal.SIGTERM and not marker.exists()
