"""Run a service as an unprivileged system user when we are root (Elasticsearch refuses root)."""

from __future__ import annotations

import logging
import os
import pwd
import stat
import subprocess
from pathlib import Path

from newsline_dev.services.exceptions import StartError

log = logging.getLogger("newsline_dev.services.runas")

SERVICE_USER = "newsline"


def is_root() -> bool:
    return os.geteuid() == 0


def ensure_user(name: str = SERVICE_USER) -> pwd.struct_passwd:
    """Return the system user ``name``, creating it (and its group) with useradd if missing."""
    try:
        return pwd.getpwnam(name)
    except KeyError:
        pass
    cmd = [
        "useradd",
        "--system",
        "--user-group",
        "--no-create-home",
        "--home-dir",
        "/nonexistent",
        "--shell",
        "/usr/sbin/nologin",
        name,
    ]
    run = subprocess.run(cmd, capture_output=True, text=True)
    try:
        entry = pwd.getpwnam(name)  # a concurrent useradd may have won the race: fine
    except KeyError:
        raise StartError(
            f"could not create user {name}: {' '.join(cmd)} exit {run.returncode}: {run.stderr.strip()}"
        ) from None
    log.info("event=user_created user=%s uid=%s", name, entry.pw_uid)
    return entry


def chown_tree(root: Path, uid: int, gid: int) -> None:
    """Give ``root`` and everything below it to ``uid:gid`` (symlinks themselves, not targets)."""
    os.chown(root, uid, gid)
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            os.chown(os.path.join(dirpath, name), uid, gid, follow_symlinks=False)


def can_traverse(mode: int, owner: int, group: int, uid: int, gids: set[int]) -> bool:
    """Whether a user (``uid``, groups ``gids``) may search a directory with these attributes."""
    if owner == uid:
        return bool(mode & stat.S_IXUSR)
    if group in gids:
        return bool(mode & stat.S_IXGRP)
    return bool(mode & stat.S_IXOTH)


def ensure_traversable(path: Path, uid: int, gid: int) -> list[Path]:
    """Add o+x (search only, no listing) to each ancestor of ``path`` the user cannot enter.

    Returns the directories changed. Needed when the project or state dir sits below a
    private directory such as ``/root`` (mode 0700).
    """
    changed = []
    for ancestor in reversed(path.resolve().parents):
        info = ancestor.stat()
        if not can_traverse(info.st_mode, info.st_uid, info.st_gid, uid, {gid}):
            os.chmod(ancestor, stat.S_IMODE(info.st_mode) | stat.S_IXOTH)
            log.warning("event=chmod path=%s added=o+x reason=%s_must_reach_state_dir", ancestor, SERVICE_USER)
            changed.append(ancestor)
    return changed
