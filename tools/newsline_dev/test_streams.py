"""``make test``'s pytest run as two streams at once, each every test of its kind:

- **own services**: the tests that start PRIVATE Kafka/Elasticsearch of their own (marker ``private``, set by
  tests/conftest.py from their markers and fixtures: the fault, failover, resource, soak and secured tests), one
  after another (their services use the same private ports), and the ``slow`` tests that need no service (the
  real-page evaluation, the wheel build): minutes of CPU-bound work that keep this stream running about as long as
  the rest, so three processes share the two cores to the end;
- **the rest**: every other test (on the local pair ``make services`` started, or on no service at all), on
  ``WORKERS`` pytest-xdist workers, each test module whole on one worker (``--dist loadfile``: a module's fixtures
  are set up once) and the next module to the first worker free (modules with the most tests first). Each test
  has topics, groups and an index prefix of its own, so the workers never see each other's data.

The private services listen on ports of their own and keep their own state directories, so the streams never
touch each other's brokers or indices; much of the fault tests' time is waiting out an outage, and many shared
tests wait on a lease, a rebalance or a refresh: three pytest processes keep both cores busy through those waits.
The rest prints as it runs; the own stream writes to a log file (named at the start) that is printed when both are
done. Exit status: 0 only when both streams passed (a stream that a path given on the command line leaves without
tests passes; both without tests is exit 5); otherwise the first failing stream's.

Stopped with SIGTERM or Ctrl-C, both pytest processes get SIGTERM (the rest's passes it on to its workers; their
private services go down, their fixtures tear down) and are waited for; the exit status is then 128 + the signal.
The handler only passes the signal on: the waits stay in ``run`` (a ``Popen.wait`` re-entered from a handler that
interrupted it would block on its own lock for good).

Usage: python -m newsline_dev.test_streams [LOG] [-- PYTEST_ARGS...]
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import IO

OWN = "private or (slow and not integration)"
REST = f"not ({OWN})"
WORKERS = 2  # the rest's xdist workers: with the own stream, three pytest processes on make test's two cores
DEFAULT_LOG = Path(".newsline") / "test-own-services.log"
NO_TESTS = 5  # pytest's exit status when it collected nothing


def command(expression: str, extra: Sequence[str], workers: int = 0) -> list[str]:
    pool = ["-n", str(workers), "--dist", "loadfile"] if workers else []  # a module whole on one worker
    return [sys.executable, "-m", "pytest", "-m", expression, *pool, *extra]


class Streams:
    def __init__(self, log: Path, extra: Sequence[str]) -> None:
        self.log = log
        self.extra = list(extra)
        self.children: list[subprocess.Popen[bytes]] = []
        self.stopped = 0  # the signal that stopped the run, once one has

    def stop(self, signum: int, _frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        self.stopped = signum
        self.pass_on()

    def pass_on(self) -> None:
        for child in self.children:
            child.send_signal(signal.SIGTERM)  # a no-op for a child already waited for; a pytest with xdist
            # workers passes it on to them (tests/conftest.py)

    def start(self, expression: str, out: IO[bytes] | None = None, workers: int = 0) -> subprocess.Popen[bytes]:
        """One stream's pytest (with ``workers`` xdist workers, if any) in a session of its own (a terminal's
        Ctrl-C reaches this process alone, which passes it on once); its output to ``out`` when given."""
        child = subprocess.Popen(command(expression, self.extra, workers), stdout=out,
                                 stderr=subprocess.STDOUT if out else None, start_new_session=True)
        self.children.append(child)
        if self.stopped:  # the signal came while this child was being started
            self.pass_on()
        return child

    def run(self) -> int:
        print(f"test streams: own services -> {self.log}; the rest ({WORKERS} workers) below", flush=True)
        started = time.monotonic()
        with self.log.open("wb") as out:
            own = self.start(OWN, out)
            rest = self.start(REST, workers=WORKERS)
            codes = {"the rest": rest.wait(), "own services": own.wait()}
        if self.stopped:
            raise SystemExit(128 + self.stopped)
        print(f"\n===== own services stream ({self.log}) =====", flush=True)
        sys.stdout.write(self.log.read_text(errors="replace"))
        took = time.monotonic() - started
        print(f"\ntest streams: {', '.join(f'{k} exit {v}' for k, v in codes.items())}; {took:.0f} s", flush=True)
        return verdict(list(codes.values()))


def verdict(codes: Sequence[int]) -> int:
    """0 when both passed; a stream killed by a signal counts as 128 + the signal, as a shell reports it."""
    codes = [128 - code if code < 0 else code for code in codes]
    if all(code == NO_TESTS for code in codes):
        return NO_TESTS
    return next((code for code in codes if code not in (0, NO_TESTS)), 0)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    extra = args[args.index("--") + 1:] if "--" in args else []
    head = args[:args.index("--")] if "--" in args else args
    log = Path(head[0]) if head else DEFAULT_LOG
    try:  # before any stream starts: a log that cannot be written is named in one line, exit 2
        log.parent.mkdir(parents=True, exist_ok=True)
        log.open("ab").close()
    except OSError as exc:
        print(f"test streams: cannot write the own-services log {log}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    streams = Streams(log, extra)
    signal.signal(signal.SIGTERM, streams.stop)
    signal.signal(signal.SIGINT, streams.stop)
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    return streams.run()


if __name__ == "__main__":
    raise SystemExit(main())
