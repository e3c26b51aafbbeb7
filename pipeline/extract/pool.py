"""Parsing in worker processes: a native crash in lxml/trafilatura/htmldate kills one replaceable process.

HTML extraction and feed/sitemap XML parsing run in a :class:`ParsePool` (one per run, reused by every
source): ``usable_cores()`` processes started from a fork server that has imported the parsers once. The pool
also gives extraction real parallelism across cores.

When a worker process dies (``BrokenProcessPool``) the pool is replaced and the tasks that were in flight are
run again, one at a time, each alone in a fresh process: the innocent ones succeed, and a task that kills its
process alone as well fails with :class:`ParseCrashedError` naming the signal ("extraction process killed by
SIGSEGV"). So the page that crashed is retried once, then recorded as failed; every other page goes on. At
most ``IN_FLIGHT_PER_WORKER`` tasks per process are handed over at once (the rest wait here), so a crash puts at
most that many under suspicion.

Tasks are top-level functions; an exception they raise comes back as itself when it pickles (newsline's own
errors do), else as a ``RuntimeError`` naming it.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import pickle
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from pipeline.cores import usable_cores
from pipeline.extract.exceptions import ParseCrashedError

log = logging.getLogger(__name__)

T = TypeVar("T")
# test only: a page (a str/bytes argument, or a file named by a Path one) holding this marker crashes its process
CRASH_MARKER_ENV = "NEWSLINE_TEST_CRASH_MARKER"
# tasks handed to the processes at once, per process: enough to hide the hand-over latency, few enough that a
# crash puts only a handful of pages under suspicion (each is then retried alone)
IN_FLIGHT_PER_WORKER = 4
PRELOAD = ["pipeline.extract.trafilatura_adapter", "pipeline.sources.documents", "pipeline.sources.files"]


@dataclass(frozen=True)
class _Raised:
    error: BaseException


def _portable(exc: Exception) -> BaseException:
    """``exc`` if it survives a pickle round trip, else a ``RuntimeError`` saying what it was."""
    try:
        pickle.loads(pickle.dumps(exc))  # noqa: S301 - our own bytes, just made
    except Exception:  # noqa: BLE001 - any pickling problem: fall back to the text
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _crash_if_marked(args: tuple[Any, ...], marker: str | None) -> None:
    if not marker:
        return
    for arg in args:
        data = arg.read_bytes() if isinstance(arg, Path) and arg.is_file() else arg  # replay hands over paths
        if (isinstance(data, str) and marker in data) or (isinstance(data, bytes) and marker.encode() in data):
            os.kill(os.getpid(), signal.SIGSEGV)


def _call(fn: Callable[..., Any], args: tuple[Any, ...], marker: str | None) -> Any:
    """Runs in a worker process: the result, or the exception wrapped so it travels back intact."""
    _crash_if_marked(args, marker)
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - handed back to the caller, re-raised there
        return _Raised(_portable(exc))


def _call_alone(conn: Connection, fn: Callable[..., Any], args: tuple[Any, ...], marker: str | None) -> None:
    conn.send(_call(fn, args, marker))
    conn.close()


def crash_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"extraction process killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"extraction process killed by signal {-exitcode}"
    return f"extraction process died (exit code {exitcode})"


def _warm_up(executor: ProcessPoolExecutor, workers: int) -> None:
    try:
        for _ in range(workers):
            executor.submit(int)
    except (BrokenProcessPool, RuntimeError):  # closed or broken meanwhile: the first real task will say so
        return


@dataclass(eq=False)
class _Task:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    future: Future[Any] = field(default_factory=Future)


def _settle(future: Future[Any], outcome: Any) -> None:
    if isinstance(outcome, _Raised):
        future.set_exception(outcome.error)
    else:
        future.set_result(outcome)


class ParsePool:
    def __init__(self, workers: int | None = None, context: str = "forkserver") -> None:
        self.workers = workers or usable_cores()
        self.in_flight = self.workers * IN_FLIGHT_PER_WORKER
        self._ctx: Any = multiprocessing.get_context(context)
        if context == "forkserver":
            self._ctx.set_forkserver_preload(PRELOAD)
        self._marker = os.environ.get(CRASH_MARKER_ENV) or None
        self._lock = threading.RLock()
        self._executor = self._new_executor()
        self._backlog: deque[_Task] = deque()
        self._running: set[_Task] = set()
        self._suspects: queue.Queue[_Task | None] = queue.Queue()
        self._isolator: threading.Thread | None = None
        self._closed = False
        self.replaced = 0  # how many times a dead process broke the pool

    def _new_executor(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(self.workers, mp_context=self._ctx)
        # start the processes now, in the background: the fork server's import of the parsers overlaps the run's
        # first fetches instead of delaying them (submit blocks until a process has been forked)
        threading.Thread(target=_warm_up, args=(executor, self.workers), name="parse-warm-up", daemon=True).start()
        return executor

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``fn(*args)`` in a worker process; the future fails with :class:`ParseCrashedError` if it
        killed its process twice (in the pool, then alone)."""
        task = _Task(fn, args)
        with self._lock:
            if self._closed:
                raise RuntimeError("parse pool is closed")
            self._backlog.append(task)
            self._pump()
        return task.future

    def run(self, fn: Callable[..., T], *args: Any) -> T:
        return self.submit(fn, *args).result()

    def _pump(self) -> None:
        """Hand waiting tasks to the processes, at most ``in_flight`` at once (caller holds the lock)."""
        while self._backlog and len(self._running) < self.in_flight:
            task = self._backlog.popleft()
            executor = self._executor
            try:
                inner = executor.submit(_call, task.fn, task.args, self._marker)
            except BrokenProcessPool:
                self._replace(executor)
                self._backlog.appendleft(task)
                continue
            self._running.add(task)
            inner.add_done_callback(functools.partial(self._done, task, executor))

    def _done(self, task: _Task, executor: ProcessPoolExecutor, inner: Future[Any]) -> None:
        broken = not inner.cancelled() and isinstance(inner.exception(), BrokenProcessPool)
        with self._lock:
            self._running.discard(task)
            if broken:
                self._replace(executor)
            if not self._closed:
                self._pump()
        if broken:
            self._isolate(task)
        elif inner.cancelled():
            task.future.set_exception(RuntimeError("parse pool closed before the task ran"))
        elif (error := inner.exception()) is not None:
            task.future.set_exception(error)
        else:
            _settle(task.future, inner.result())

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        """A new set of processes for a broken one (once per breakage; caller holds the lock)."""
        if self._executor is broken and not self._closed:
            self.replaced += 1
            log.warning("parse pool replaced reason='a worker process died' in_flight=%d replaced=%d",
                        len(self._running) + 1, self.replaced)
            self._executor = self._new_executor()

    def _isolate(self, task: _Task) -> None:
        with self._lock:
            if self._isolator is None:
                self._isolator = threading.Thread(target=self._isolation_loop, name="parse-isolation", daemon=True)
                self._isolator.start()
        self._suspects.put(task)

    def _isolation_loop(self) -> None:
        while (task := self._suspects.get()) is not None:
            try:
                self._run_alone(task)
            except Exception as exc:  # noqa: BLE001 - the task fails, the loop goes on
                task.future.set_exception(exc)

    def _run_alone(self, task: _Task) -> None:
        """Retry a suspect in a fresh process of its own: its outcome, or the crash it caused alone."""
        receiver, sender = self._ctx.Pipe(duplex=False)
        process = self._ctx.Process(target=_call_alone, args=(sender, task.fn, task.args, self._marker),
                                    name="parse-alone", daemon=True)
        process.start()
        sender.close()
        try:
            outcome = receiver.recv()
        except EOFError:
            process.join()
            reason = crash_reason(process.exitcode)
            log.warning("parse task failed reason=%r args=%s", reason, _describe(task.args))
            task.future.set_exception(ParseCrashedError(reason))
            return
        finally:
            receiver.close()
        process.join()
        _settle(task.future, outcome)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            executor = self._executor
        executor.shutdown(wait=True, cancel_futures=False)
        if self._isolator is not None:
            self._suspects.put(None)
            self._isolator.join()

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


@contextmanager
def pool_or_own(pool: ParsePool | None) -> Iterator[ParsePool]:
    """``pool`` if given (a run's shared pool), else one of this call's own, closed after it."""
    if pool is not None:
        yield pool
        return
    with ParsePool() as own:
        yield own


def _describe(args: tuple[Any, ...]) -> str:
    """A short, secret-free label of a task's arguments for the log (URLs and paths, not page bodies)."""
    texts = [str(a) if isinstance(a, Path) else a for a in args]
    labels = [a if len(a) < 300 else a[:60] + "..." for a in texts if isinstance(a, str) and "\n" not in a]
    return ",".join(labels[:2]) or "?"
