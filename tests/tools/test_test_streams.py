"""make test's two pytest streams (tools/newsline_dev/test_streams.py): every test in exactly one of them, every
test that starts private services in the own-services stream, and the exit status."""

from __future__ import annotations

import subprocess
import sys

from newsline_dev.test_streams import NO_TESTS, OWN, SHARED, verdict
from pipeline.settings import PROJECT_ROOT

# the folders holding the fault, failover, soak and secured tests beside shared-service and unit tests
FOLDERS = ("tests/workers", "tests/cli")


def collected(*marker: str) -> set[str]:
    args = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *marker, *FOLDERS]
    out = subprocess.run(args, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, check=True).stdout
    return {line for line in out.splitlines() if "::" in line}


def test_the_two_streams_split_the_suite_and_the_private_service_tests_are_in_the_own_stream() -> None:
    everything, own, shared = collected(), collected("-m", OWN), collected("-m", SHARED)
    assert own and shared and not own & shared
    assert own | shared == everything
    for name in ("test_faults.py", "test_failover.py", "test_resources.py", "test_soak.py", "test_secure_pipeline.py",
                 "test_producer_outage.py"):  # the last kills the private broker
        assert any(name in t for t in own) and not any(name in t for t in shared), name
    assert any("test_core_path.py" in t for t in shared) and any("test_supervisor.py" in t for t in shared)


def test_the_run_passes_only_when_both_streams_did() -> None:
    assert verdict([0, 0]) == 0
    assert verdict([0, NO_TESTS]) == 0 and verdict([NO_TESTS, NO_TESTS]) == NO_TESTS
    assert verdict([1, 0]) == 1 and verdict([0, 2]) == 2 and verdict([NO_TESTS, 143]) == 143
    assert verdict([-9, 0]) == 137  # a stream killed with SIGKILL
