"""Find a JDK home of at least a given major version (``release`` file, else ``java -version``)."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from pathlib import Path

from newsline_dev.services.exceptions import JavaError

log = logging.getLogger("newsline_dev.services.java")

JVM_ROOT = Path("/usr/lib/jvm")
_RELEASE = re.compile(r'^JAVA_VERSION="?(\d+)(?:\.(\d+))?', re.MULTILINE)
_VERSION_OUTPUT = re.compile(r'version "(\d+)(?:\.(\d+))?')


def parse_major(text: str, pattern: re.Pattern[str] = _RELEASE) -> int | None:
    """Major version from a ``release`` file or ``java -version`` output ("1.8" counts as 8)."""
    match = pattern.search(text)
    if not match:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def java_major(home: Path) -> int | None:
    """The major version of the JDK at ``home``, or None if it is not a usable JDK."""
    if not (home / "bin" / "java").is_file():
        return None
    release = home / "release"
    if release.is_file():
        found = parse_major(release.read_text(errors="replace"))
        if found:
            return found
    try:
        cmd = [str(home / "bin" / "java"), "-version"]
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return parse_major(run.stderr + run.stdout, _VERSION_OUTPUT)


def _path_java_home() -> Path | None:
    java = shutil.which("java")
    return Path(java).resolve().parent.parent if java else None


def candidates(jvm_root: Path = JVM_ROOT) -> list[Path]:
    """JDK homes to try: the one on PATH first, then those under ``jvm_root``, newest first."""
    found: list[Path] = []
    path_home = _path_java_home()
    if path_home:
        found.append(path_home)
    homes = {p.resolve() for p in jvm_root.iterdir() if p.is_dir()} if jvm_root.is_dir() else set()
    ranked = sorted(homes, key=lambda h: (java_major(h) or 0, str(h)), reverse=True)
    found.extend(h for h in ranked if h not in found)
    return found


def find_java_home(minimum: int, explicit: str | None = None, jvm_root: Path = JVM_ROOT) -> Path:
    """An explicit home if given (it must be new enough), else the first candidate >= ``minimum``."""
    if explicit:
        home = Path(explicit).expanduser()
        major = java_major(home)
        if major is None or major < minimum:
            raise JavaError(f"java_home {home} is Java {major or 'unknown'}; need a JDK >= {minimum}")
        return home
    for home in candidates(jvm_root):
        major = java_major(home)
        if major is not None and major >= minimum:
            log.debug("event=java_found home=%s major=%s", home, major)
            return home
    raise JavaError(
        f"no JDK >= {minimum} on PATH or under {jvm_root}; install one there, or (for "
        "Elasticsearch) point NEWSLINE_ELASTICSEARCH_JAVA_HOME at it"
    )
