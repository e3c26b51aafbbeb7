"""A small filesystem to fill on purpose: a size-limited tmpfs mounted on a directory (needs root on Linux).

    with small_filesystem(path, size_mb=64):       # path is now its own 64 MiB filesystem
        ballast = fill(path)                       # every free byte taken: writers see ENOSPC
        ...
        ballast.unlink()                           # space returns

Tests use it to put a service's data or newsline's state directory on a disk that fills; nothing else is
mounted or unmounted, and only the mount made here is undone.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class SmallFilesystemError(RuntimeError):
    """The small filesystem could not be mounted (not root, no tmpfs, or mount refused)."""


def mount_tmpfs(path: Path, size_mb: int) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if any(path.iterdir()):
        raise SmallFilesystemError(f"{path} is not empty: a tmpfs mounted on it would hide its files")
    mount = shutil.which("mount")
    if mount is None or os.geteuid() != 0:
        raise SmallFilesystemError(
            f"mounting a {size_mb} MiB tmpfs on {path} needs root and mount(8) (euid={os.geteuid()}, mount={mount})")
    done = subprocess.run([mount, "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0777", "tmpfs", str(path)],
                          capture_output=True, text=True, check=False, timeout=30)
    if done.returncode != 0:
        raise SmallFilesystemError(f"mount -t tmpfs on {path} failed: {done.stderr.strip()}")


def unmount(path: Path) -> None:
    umount = shutil.which("umount") or "umount"
    done = subprocess.run([umount, str(path)], capture_output=True, text=True, check=False, timeout=60)
    if done.returncode != 0:  # still busy (a process holds a file): detach it, the kernel frees it when unused
        subprocess.run([umount, "-l", str(path)], capture_output=True, text=True, check=False, timeout=60)


@contextmanager
def small_filesystem(path: Path, size_mb: int) -> Iterator[Path]:
    mount_tmpfs(path, size_mb)
    try:
        yield path
    finally:
        unmount(path)


def free_bytes(path: Path) -> int:
    stat = os.statvfs(path)
    return stat.f_bavail * stat.f_frsize


def fill(path: Path, name: str = "ballast", leave_bytes: int = 0) -> Path:
    """Write a file in ``path`` until its filesystem has ``leave_bytes`` or less free; return the file."""
    ballast = path / name
    chunk = b"\0" * (1 << 20)
    with open(ballast, "ab", buffering=0) as out:  # unbuffered: nothing left to flush at close
        while (free := free_bytes(path)) > leave_bytes:
            try:
                out.write(chunk[: max(4096, min(len(chunk), free - leave_bytes))])
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
    return ballast
