"""Small file helpers: pid files, completion stamps, locks, log tails, zip extraction."""

from __future__ import annotations

import fcntl
import logging
import os
import re
import shutil
import zipfile
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger("newsline_dev.services.files")

START_BANNER = "=== newsline start"
_STACK_FRAME = re.compile(r"^\s+(at |\.\.\. \d+ more)")


def read_pid(path: Path) -> int | None:
    """Return the pid stored in ``path``, or None if the file is missing or garbled."""
    try:
        text = path.read_text().strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return int(text) if text.isdigit() and int(text) > 0 else None


def write_pid(path: Path, pid: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(f"{pid}\n")
    tmp.replace(path)


def remove_file(path: Path) -> None:
    path.unlink(missing_ok=True)


def is_stamped(directory: Path) -> bool:
    return (directory / ".complete").is_file()


def stamp(directory: Path, note: str) -> None:
    """Mark ``directory`` as completely populated; anything without the stamp is redone."""
    (directory / ".complete").write_text(note + "\n")


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``path`` (created if needed) for the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def tail(path: Path, lines: int = 30, width: int = 400) -> str:
    """The last ``lines`` lines of a log since its last start banner, Java stack frames dropped."""
    kept: deque[str] = deque(maxlen=lines)
    try:
        with open(path, errors="replace") as handle:
            for line in handle:
                if line.startswith(START_BANNER):
                    kept.clear()
                if not _STACK_FRAME.match(line):
                    kept.append(line if len(line) <= width else line[:width] + " [...]\n")
    except FileNotFoundError:
        return f"(no log at {path})"
    return "".join(kept).rstrip()


def extract_zip(archive: Path, target: Path) -> None:
    """Unpack ``archive`` into ``target`` keeping the Unix modes stored in the zip.

    Extraction goes to a sibling temporary directory first, so ``target`` never holds a
    partial tree.
    """
    tmp = target.with_name(target.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            extracted = zf.extract(info, tmp)
            mode = (info.external_attr >> 16) & 0o777
            if mode:
                os.chmod(extracted, mode)
    shutil.rmtree(target, ignore_errors=True)
    tmp.replace(target)
    log.info("event=extracted archive=%s target=%s", archive, target)
