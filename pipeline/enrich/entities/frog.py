"""Dutch NER: Frog 0.20 with its Dutch models (frogdata 0.18; Radboud and Tilburg Universities, GPL-3.0), from
Debian's packages, run by the enrich process as a child over pipes: no port, no server to start.

Frog reads a line of text, tokenizes it and answers one row per token (tab-separated; the NER tag is the eighth
column, "B-PER", "I-LOC", "O"...), with a blank row after each sentence. Each line of a batch is written followed
by a line holding only :data:`SENTINEL`, and the answer is read up to the sentinel's own row, so a line Frog splits
into several sentences is still one answer. Only the tokenizer and the NER run (``--skip=mcpla``: no morphology,
chunker, multi-word units, parser or lemmatiser). Frog's PER, ORG and LOC become spaCy's labels; its PRO, EVE and
MISC have no counterpart and are dropped, as French MISC is.

A child that dies or does not answer within ``timeout_s`` is killed and started again once for the same line; if
that fails too, the batch fails with :class:`OutageError` (the worker keeps it and retries). The child ends with
its parent: it exits when its stdin closes, and :func:`close` (at exit) stops it.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import selectors
import shlex
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from pipeline.enrich.entities import bio
from pipeline.exceptions import MisconfiguredError, OutageError
from pipeline.settings import FROG_VERSION, Settings, get_settings

log = logging.getLogger(__name__)

Found = tuple[tuple[str, str, int, int], ...]  # (text, label, start, end) within the line

SENTINEL = "newslineeindeantwoord"  # one lower-case word: one token, its own sentence, tagged O
SENTINEL_BYTES = SENTINEL.encode()
LABEL_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
ARGUMENTS = ("--skip=mcpla", "-n")  # tokenizer and NER only; one sentence per input line at most
LIBRARIES = "usr/lib/x86_64-linux-gnu"
# one OpenMP thread: Frog's parallel threads spin while they wait, and cost 3 to 9 times the CPU per line (measured)
THREADS = {"OMP_NUM_THREADS": "1"}
TAG_COLUMN = 7


def install_root(settings: Settings) -> Path | None:
    """Where the packages are unpacked (None: a system install)."""
    return settings.paths.cache / f"frog-{FROG_VERSION}" if settings.enrich.frog.install == "cache" else None


def command(settings: Settings) -> tuple[list[str], dict[str, str]]:
    """The command that runs Frog, and its environment."""
    root = install_root(settings)
    if root is None:
        return ["frog", *ARGUMENTS], dict(os.environ, **THREADS)
    env = dict(os.environ, LD_LIBRARY_PATH=str(root / LIBRARIES), **THREADS)
    share, binary = shlex.quote(str(root / "usr" / "share")), shlex.quote(str(root / "usr" / "bin" / "frog"))
    script = f"mount --bind {share} /usr/share && exec {binary} {' '.join(ARGUMENTS)}"
    return ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script], env


def available(settings: Settings | None = None) -> bool:
    """Frog is enabled and its files are where the settings say (or a system install is on PATH)."""
    settings = settings or get_settings()
    if not settings.enrich.frog.enabled:
        return False
    root = install_root(settings)
    if root is None:
        return shutil.which("frog") is not None
    return (root / "usr" / "bin" / "frog").is_file() and (root / "usr" / "share" / "frog" / "nld").is_dir()


def model_version() -> str:
    return f"frog-{FROG_VERSION}"


def parse(rows: Sequence[str]) -> list[tuple[str, str]]:
    """(word, NER tag) of each token row of an answer; blank rows (sentence ends) are skipped."""
    out = []
    for row in rows:
        columns = row.split("\t")
        if len(columns) > 1 and columns[1]:
            out.append((columns[1], columns[TAG_COLUMN] if len(columns) > TAG_COLUMN else "O"))
    return out


def mentions(line: str, tagged: Sequence[tuple[str, str]]) -> Found:
    """The names of one line from its tagged tokens, as spans of the line."""
    tokens = bio.align(line, [word for word, _ in tagged])
    return tuple((line[start:end], LABEL_MAP[kind], start, end)
                 for kind, start, end in bio.spans(tokens, [tag for _, tag in tagged]) if kind in LABEL_MAP)


def _clean(line: str) -> str:
    """The line as Frog may read it: one line, no control characters, not the sentinel."""
    text = "".join(" " if ord(c) < 32 or 0x7F <= ord(c) < 0xA0 else c for c in line)
    return text.replace(SENTINEL, " " * len(SENTINEL))


class FrogProcess:
    """One Frog child, asked one line at a time."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings.enrich.frog
        self._all = settings
        self._process: subprocess.Popen[bytes] | None = None
        self._buffer = b""
        self._fresh = False  # no answer yet since the start: the first waits for the models to load
        self._workdir: tempfile.TemporaryDirectory[str] | None = None  # Frog leaves a debug file where it runs

    def _start(self) -> subprocess.Popen[bytes]:
        if not available(self._all):
            raise MisconfiguredError(f"Frog (Dutch NER) is not installed ({install_root(self._all) or 'system'}); "
                                     "`newsline services up` fetches it")
        argv, env = command(self._all)
        self._workdir = self._workdir or tempfile.TemporaryDirectory(prefix="newsline-frog-")
        process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                   env=env, cwd=self._workdir.name)
        self._process, self._buffer, self._fresh = process, b"", True
        log.info("frog started pid=%d version=%s", process.pid, FROG_VERSION)
        return process

    def _read_answer(self, process: subprocess.Popen[bytes], timeout_s: float) -> list[str]:
        """The rows before the sentinel's own row; what follows it stays in the buffer. Each byte is split once."""
        assert process.stdout is not None
        deadline = time.monotonic() + timeout_s
        rows: list[bytes] = []
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            while True:
                *complete, self._buffer = self._buffer.split(b"\n")
                for n, row in enumerate(complete):
                    if row.split(b"\t")[1:2] == [SENTINEL_BYTES]:
                        self._buffer = b"\n".join([*complete[n + 1:], self._buffer])
                        return [r.decode("utf-8", errors="replace") for r in [*rows, *complete[:n]]]
                rows.extend(complete)
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    raise TimeoutError(f"no answer from Frog within {timeout_s:.0f} s")
                chunk = os.read(process.stdout.fileno(), 1 << 16)
                if not chunk:
                    raise EOFError(f"Frog exited (code {process.poll()})")
                self._buffer += chunk

    def _ask(self, line: str) -> list[str]:
        process = self._process if self._process and self._process.poll() is None else self._start()
        assert process.stdin is not None
        process.stdin.write(f"{_clean(line)}\n{SENTINEL}\n".encode())
        process.stdin.flush()
        timeout = max(self.settings.start_timeout_s, self.settings.timeout_s) if self._fresh else self.settings.timeout_s
        answer = self._read_answer(process, timeout)
        self._fresh = False
        return answer

    def tag(self, line: str) -> list[tuple[str, str]]:
        """The tagged tokens of one line; a dead or silent child is replaced once."""
        for attempt in (1, 2):
            try:
                return parse(self._ask(line))
            except (OSError, EOFError, TimeoutError, ValueError) as exc:
                self.close()
                if attempt == 2:
                    raise OutageError(f"Frog (Dutch NER) failed twice: {exc}") from exc
                log.warning("frog restarting reason=%s", type(exc).__name__)
        raise AssertionError("unreachable")

    def close(self) -> None:
        process, self._process, self._buffer = self._process, None, b""
        if process is None:
            self._remove_workdir()
            return
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(BrokenPipeError):  # the child is gone: nothing left to flush to
                    stream.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        self._remove_workdir()

    def _remove_workdir(self) -> None:
        workdir, self._workdir = self._workdir, None
        if workdir is not None:
            workdir.cleanup()


_lock = threading.Lock()
_child: FrogProcess | None = None


def _frog() -> FrogProcess:
    global _child
    if _child is None:
        _child = FrogProcess(get_settings())
        atexit.register(close)
    return _child


def child_pid() -> int | None:
    """The pid of this process's running Frog child (benchmarks read its CPU from /proc), if any."""
    process = _child._process if _child is not None else None
    return process.pid if process is not None and process.poll() is None else None


def close() -> None:
    """Stop this process's Frog child, if any."""
    with _lock:
        if _child is not None:
            _child.close()


def run_model(lines: Sequence[str]) -> list[Found]:
    """The mentions of each line, in order."""
    with _lock:
        child = _frog()
        return [mentions(line, child.tag(line)) if line.strip() else () for line in lines]

