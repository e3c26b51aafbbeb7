"""Suite-wide test settings, shared fixtures and the marker rule.

Every drain in the suite runs one enrich worker (in a thread) unless a test asks for more: spawning
``enrich.processes: auto`` model-loading processes for each of the suite's many drains is most of its run time.
Several processes are the subject of tests/workers/test_metrics_live.py, tests/enrich/test_enrich_integration.py
and tests/workers/test_supervisor.py, which set them explicitly. A value set outside the suite wins.

The fixtures every package's tests share live in tests/support/ and are registered here: the live Kafka and
Elasticsearch with isolated topics and index prefix per test (``live_settings``, ``pipeline_settings``), and the
fixture web site with fetch settings that allow it (``site``, ``fetch_settings``, ``ingest_settings``).
A test that uses the live services must carry the ``integration`` marker (tests/README.md): collection fails
otherwise, so ``-m "not integration"`` never needs Kafka or Elasticsearch.

Property-based tests (Hypothesis, marker ``fuzz``) run under the profile named by ``HYPOTHESIS_PROFILE``: ``ci`` (the
default: ~50 examples per property, derandomized so a run is reproducible, no example database) or ``fuzz``
(``make fuzz``: thousands of random examples per property, failures kept in ``.hypothesis/`` and replayed first).

Stopped with SIGTERM (``make test``'s streams pass theirs on), the run stops as with Ctrl-C: the test or fixture
then running gets :class:`newsline_dev.stopping.Stopped`, no further test starts, and every fixture's teardown runs
(private services, workers and a local Airflow go down) before pytest exits. A pytest-xdist controller runs no test:
it passes SIGTERM on to its workers, which stop that way, and ends when they have.
"""

from __future__ import annotations

import os
import signal
from contextlib import ExitStack, suppress
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from newsline_dev.stopping import Stopped, sigterm_raises
from tests.support.live import live_settings, pipeline_settings  # noqa: F401 - fixtures
from tests.support.web import fetch_settings, ingest_settings, site  # noqa: F401 - fixtures

os.environ.setdefault("NEWSLINE_ENRICH_PROCESSES", "1")

hypothesis_settings.register_profile(
    "ci", max_examples=50, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
hypothesis_settings.register_profile(
    "fuzz", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

LIVE_FIXTURE = "live_settings"
# the long form of a fault or soak case (minutes of outage or steady input): run by `make chaos` / `make soak`
# (``-m chaos`` / ``-m soak``), left out of every run whose -m expression does not name the marker
LONG_FORMS = ("chaos", "soak")


# a test that starts PRIVATE Kafka/Elasticsearch of its own: marked ``private`` (tools/newsline_dev/test_streams.py
# runs these one after another, beside the rest of the suite on xdist workers)
PRIVATE_MARKERS = ("faults", "cluster", "security")
PRIVATE_FIXTURES = frozenset({"private_services", "secure_services"})


STOPPING = ExitStack()


def pytest_configure(config: pytest.Config) -> None:
    if getattr(config.option, "dist", "no") != "no" and not hasattr(config, "workerinput"):  # an xdist controller
        signal.signal(signal.SIGTERM, _to_the_workers)  # kept until the process ends
    else:
        STOPPING.enter_context(sigterm_raises())


def _to_the_workers(_signum: int, _frame: FrameType | None) -> None:
    """SIGTERM to each of this process's children (its xdist workers), once; the controller then waits for them."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    for listing in Path("/proc/self/task").glob("*/children"):
        for pid in listing.read_text().split():
            with suppress(ProcessLookupError):
                os.kill(int(pid), signal.SIGTERM)


def pytest_unconfigure(config: pytest.Config) -> None:
    STOPPING.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> pytest.TestReport:
    report: pytest.TestReport = yield
    if call.excinfo is not None and call.excinfo.errisinstance(Stopped):
        item.session.shouldstop = "stopped by SIGTERM"  # checked before the next test; teardowns still run
    return report


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if any(item.get_closest_marker(m) for m in PRIVATE_MARKERS) \
                or PRIVATE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.private)
    asked = config.getoption("markexpr") or ""
    left_out = [marker for marker in LONG_FORMS if marker not in asked]
    long_form = [any(item.get_closest_marker(m) for m in left_out) for item in items]
    if any(long_form):
        config.hook.pytest_deselected(items=[item for item, long in zip(items, long_form, strict=True) if long])
        items[:] = [item for item, long in zip(items, long_form, strict=True) if not long]
    unmarked = [
        item.nodeid for item in items
        if LIVE_FIXTURE in getattr(item, "fixturenames", ()) and item.get_closest_marker("integration") is None
    ]
    if unmarked:
        raise pytest.UsageError(
            "tests using the live Kafka/Elasticsearch must be marked integration:\n  " + "\n  ".join(unmarked))
