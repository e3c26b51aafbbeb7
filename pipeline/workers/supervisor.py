"""``newsline worker enrich|index --processes N``: N spawned worker processes, restarted when they die.

A child that exits non-zero or is killed by a signal (``kill -9``, the OOM killer) is started again after a
capped exponential backoff (``workers.backoff_initial_s`` doubling up to ``workers.restart_backoff_max_s``;
a child that ran for a minute starts the count again). A child that gave up because the setup is wrong
(``EXIT_MISCONFIGURED``) is not restarted: the supervisor stops the others and exits non-zero. SIGTERM or
SIGINT stops every child (SIGTERM, then SIGKILL after ``STOP_GRACE_S``); the supervisor reports success only
if all of them stopped cleanly. With ``until_idle`` the children drain and exit, and nobody is restarted.
Restarts and each child's pid, start time and last exit go to the worker state file (``workers/state.py``).
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

from pipeline.backoff import Backoff
from pipeline.metrics import WorkerMetrics, serve
from pipeline.settings import Settings
from pipeline.workers import state as st

log = logging.getLogger(__name__)

EXIT_MISCONFIGURED = 78  # EX_CONFIG
EXIT_DRAIN_TIMEOUT = 4
PR_SET_PDEATHSIG = 1  # prctl(2)
STOP_GRACE_S = 60.0
HEALTHY_RUN_S = 60.0
TICK_S = 0.5


def make_worker(settings: Settings, kind: str) -> Any:
    if kind == "enrich":
        from pipeline.workers.enrich import EnrichWorker

        return EnrichWorker(settings)
    from pipeline.workers.index import IndexWorker

    return IndexWorker(settings)


def die_with_parent() -> None:
    """Ask Linux to SIGTERM this child when its supervisor dies (even by kill -9), so no orphan keeps consuming."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError) as exc:  # not Linux: the child outlives a killed supervisor
        log.warning("parent-death signal unavailable error=%s", exc)
    if os.getppid() == 1:  # the supervisor died before the request above took effect
        sys.exit(1)


def child_main(settings: Settings, kind: str, slot: int, until_idle: bool, results: Any = None) -> None:
    """Entry point of a spawned child: one worker, its slot as state-file member key and metrics port offset,
    exit code by outcome; its final counts go to ``results`` (a queue) when it stops cleanly."""
    from pipeline import logs
    from pipeline.workers.exceptions import DrainTimeoutError, WorkerMisconfiguredExit

    logs.configure(settings.log_level)
    die_with_parent()
    worker = make_worker(settings, kind)
    worker.member_key = str(slot)
    worker.metrics_port_offset = slot
    worker.install_signal_handlers()
    try:
        stats = worker.run(until_idle=until_idle)
    except WorkerMisconfiguredExit as exc:
        log.error("worker gave up worker=%s slot=%d reason=%s", kind, slot, exc)
        sys.exit(EXIT_MISCONFIGURED)
    except DrainTimeoutError as exc:
        log.error("drain timed out worker=%s slot=%d %s", kind, slot, exc)
        sys.exit(EXIT_DRAIN_TIMEOUT)
    if results is not None:
        results.put((slot, stats.to_dict()))


@dataclass
class _Slot:
    index: int
    process: BaseProcess | None = None
    started: float = 0.0
    failures: int = 0  # consecutive short-lived runs, for the backoff
    restart_at: float | None = None
    finished: bool = False
    spawns: int = 0
    exits: list[dict[str, Any]] = field(default_factory=list)
    last_exitcode: int | None = None


class Supervisor:
    def __init__(self, settings: Settings, kind: str, processes: int, until_idle: bool = False) -> None:
        self.settings, self.kind, self.until_idle = settings, kind, until_idle
        self.slots = [_Slot(i) for i in range(processes)]
        self.restarts = 0
        self.state_file = st.WorkerStateFile(settings.paths.state, kind)
        self._context = multiprocessing.get_context("spawn")
        self._stopping = False
        self._gave_up: str | None = None
        self._results = self._context.SimpleQueue()  # (slot, stats) of each child that stopped cleanly
        self.stats: dict[int, dict[str, Any]] = {}
        # the children serve metrics on port + slot; the supervisor (restarts, its own health) on port + processes
        self.metrics = WorkerMetrics(kind, stale_after_s=settings.metrics.stale_after_s)

    def run(self) -> dict[str, Any]:
        self._reset_state()
        server = serve(self.settings, self.metrics, port_offset=len(self.slots))
        in_main = threading.current_thread() is threading.main_thread()  # else the caller stops it (stop())
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT) if in_main}
        try:
            for slot in self.slots:
                self._spawn(slot)
            while not self._stopping and not all(s.finished for s in self.slots):
                self.metrics.heartbeat()
                self._tick()
                time.sleep(TICK_S)
            self._stop_all()
        finally:
            if server is not None:
                server.close()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            self._write_supervisor(st.STOPPED)
        return self.report()

    def report(self) -> dict[str, Any]:
        codes = [s.last_exitcode if s.last_exitcode is not None else 1 for s in self.slots]
        while not self._results.empty():
            slot, stats = self._results.get()
            self.stats[slot] = stats
        return {
            "kind": self.kind, "processes": len(self.slots), "restarts": self.restarts, "ok": self.ok,
            "exit_codes": codes, "gave_up": self._gave_up,
            "exits": [{"slot": s.index, **e} for s in self.slots for e in s.exits],
        }

    @property
    def ok(self) -> bool:
        return self._gave_up is None and all(s.last_exitcode == 0 for s in self.slots)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("supervisor stopping worker=%s signal=%d", self.kind, signum)
        self._stopping = True

    def stop(self) -> None:
        """Stop every child (SIGTERM, then SIGKILL after ``STOP_GRACE_S``); ``run()`` then returns."""
        self._stopping = True

    def failed(self) -> list[int]:
        """Slots whose child has exited non-zero (or was killed) so far."""
        return [s.index for s in self.slots if s.last_exitcode not in (None, 0)]

    def _tick(self) -> None:
        now = time.monotonic()
        for slot in self.slots:
            proc = slot.process
            if proc is not None and not proc.is_alive():
                self._exited(slot, now)
            elif proc is None and slot.restart_at is not None and now >= slot.restart_at and not self._stopping:
                self.restarts += 1
                self.metrics.restarted()
                self.state_file.update(lambda doc: doc.update(restarts=self.restarts))
                self._spawn(slot)

    def _exited(self, slot: _Slot, now: float) -> None:
        assert slot.process is not None
        slot.process.join()
        code = slot.process.exitcode
        exit_info = st.describe_exit(code)
        slot.exits.append({"pid": slot.process.pid, **exit_info})
        slot.last_exitcode, slot.process = code, None
        log.log(logging.INFO if code == 0 else logging.WARNING,
                "worker exited worker=%s slot=%d code=%s signal=%s", self.kind, slot.index,
                exit_info["code"], exit_info["signal"])
        if self.until_idle or code == EXIT_MISCONFIGURED:
            slot.finished = True
            if code == EXIT_MISCONFIGURED:
                self._gave_up = f"slot {slot.index} stayed misconfigured; not restarting"
                self._stopping = True
            self._write_member(slot, st.STOPPED if code == 0 else st.DEAD, last_exit=exit_info)
            return
        slot.failures = 0 if now - slot.started > HEALTHY_RUN_S else slot.failures + 1
        w = self.settings.workers
        delay = Backoff(w.backoff_initial_s, w.restart_backoff_max_s, jitter=0).delay(max(slot.failures - 1, 0))
        slot.restart_at = now + delay
        log.warning("worker restart scheduled worker=%s slot=%d in_s=%.1f", self.kind, slot.index, delay)
        self._write_member(slot, st.RESTARTING, last_exit=exit_info, reason=f"restarting in {delay:.1f}s")

    def _spawn(self, slot: _Slot) -> None:
        proc = self._context.Process(
            target=child_main, args=(self.settings, self.kind, slot.index, self.until_idle, self._results),
            name=f"newsline-{self.kind}-{slot.index}",
        )
        proc.start()
        slot.process, slot.started, slot.restart_at = proc, time.monotonic(), None
        slot.spawns += 1
        log.info("worker started worker=%s slot=%d pid=%s", self.kind, slot.index, proc.pid)
        self._write_member(slot, st.STARTING, pid=proc.pid, started_at=st.now_iso())

    def _stop_all(self) -> None:
        alive = [s for s in self.slots if s.process is not None and s.process.is_alive()]
        for slot in alive:
            assert slot.process is not None
            slot.process.terminate()
        deadline = time.monotonic() + STOP_GRACE_S
        for slot in alive:
            assert slot.process is not None
            slot.process.join(max(deadline - time.monotonic(), 0.1))
            if slot.process.is_alive():
                log.warning("worker did not stop in time, killing worker=%s slot=%d", self.kind, slot.index)
                slot.process.kill()
                slot.process.join()
        for slot in self.slots:
            if slot.process is not None:
                self._exited_on_stop(slot)

    def _exited_on_stop(self, slot: _Slot) -> None:
        assert slot.process is not None
        code = slot.process.exitcode
        exit_info = st.describe_exit(code)
        slot.exits.append({"pid": slot.process.pid, **exit_info})
        slot.last_exitcode, slot.process, slot.finished = code, None, True
        self._write_member(slot, st.STOPPED if code == 0 else st.DEAD, last_exit=exit_info)

    # -- state file --------------------------------------------------------------------------------------

    def _reset_state(self) -> None:
        def change(doc: st.Doc) -> None:
            doc["members"] = {k: v for k, v in doc["members"].items() if k.startswith("pid-")}
            doc["restarts"] = 0
            doc["supervisor"] = {
                "pid": os.getpid(), "processes": len(self.slots), "started_at": st.now_iso(), "state": st.RUNNING,
                "until_idle": self.until_idle,
            }

        self.state_file.update(change)

    def _write_supervisor(self, state: str) -> None:
        def change(doc: st.Doc) -> None:
            doc.setdefault("supervisor", {})
            if doc["supervisor"] is not None:
                doc["supervisor"]["state"] = state

        self.state_file.update(change)

    def _write_member(self, slot: _Slot, state: str, **fields: Any) -> None:
        fields.setdefault("reason", None)
        self.state_file.member(str(slot.index), state=state, restarts=max(slot.spawns - 1, 0), **fields)
