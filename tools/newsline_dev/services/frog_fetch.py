"""Frog, the Dutch NER, from Debian bookworm's packages: downloaded from the Debian archive once into
``<paths.cache>/frog-<version>``, each ``.deb`` checked against its pinned SHA-256, unpacked with ``dpkg-deb``.

Only what the system lacks is fetched: Frog, its Dutch models (frogdata), its libraries (ucto, timbl, mbt, folia,
ticcutils, libtar, libexttextcat) and their data. ICU, libxml2 and libgomp come from the machine; a library still
missing after unpacking is a clear error, not a Frog that fails on its first Dutch article.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
from pathlib import Path

import httpx

from newsline_dev.services.exceptions import DownloadError
from newsline_dev.services.files import is_stamped, locked, stamp
from pipeline.enrich.entities.frog import LIBRARIES, install_root
from pipeline.settings import FROG_VERSION, Settings

log = logging.getLogger("newsline_dev.services.frog_fetch")

ARCHIVE = "http://deb.debian.org/debian/"
PACKAGES = (  # (path in the archive, SHA-256): Debian bookworm, as apt-cache show lists them
    ("pool/main/f/frog/frog_0.20-2+b3_amd64.deb", "c1556ff9b5363090fb91124928e388cada64a009ffd9f6a8b0410306f8fb4433"),
    ("pool/main/f/frog/libfrog2_0.20-2+b3_amd64.deb",
     "110938fe67080d8ace2170da47669cacc2a23996bfa29c3e919e4974176edf68"),
    ("pool/main/f/frogdata/frogdata_0.18-2_all.deb", "69a26b918217855d4db63fc281cbda861cdc89ac380be2705d1bee2959443a7d"),
    ("pool/main/u/ucto/libucto5_0.21.1-2+b3_amd64.deb",
     "38a07375e5f0c607502035887d66ea1ce5f1dab2a8d6361c988887bb72b2857a"),
    ("pool/main/u/uctodata/uctodata_0.8-2_all.deb", "d2dd183e9e10d29af8d524c80aafed4ca5d4cf2efd338bc3df1a0a9815637735"),
    ("pool/main/t/timbl/libtimbl4_6.5-3_amd64.deb", "0647dd06f64144d1ea40d220e05bab4b11ba7de15798c19b1a275bcba011e7ce"),
    ("pool/main/m/mbt/libmbt1_3.6-3_amd64.deb", "01f0ffa01bac6c75cc27a18b5a56caa56190bbc12bd218982b32068668cf99c0"),
    ("pool/main/libf/libfolia/libfolia14_2.4-2+b3_amd64.deb",
     "e1a63fe2adb97e49657f651c0995778ed1c5e28e0021445c76fa28bda86203e3"),
    ("pool/main/t/ticcutils/libticcutils8_0.24-2+b3_amd64.deb",
     "ed4a6231216b401934d087bc084b12194a7116ea2026aa145e728f6e4b5a233d"),
    ("pool/main/libt/libtar/libtar0_1.2.20-8+deb12u1_amd64.deb",
     "300018e862c0179f68af251ea22d0959b27f8aac2d8a43274bfc105cd3e56acc"),
    ("pool/main/libe/libexttextcat/libexttextcat-2.0-0_3.4.5-1_amd64.deb",
     "cbbffccddd3d1a74fcd1f690479ba4475a83b3182c07ca6a7722f65343410122"),
    ("pool/main/libe/libexttextcat/libexttextcat-data_3.4.5-1_all.deb",
     "5298fb1661f0e145124a5129621fb290635309aecc87d8f524cf16a3dc66dcfe"),
)


def _download(url: str, digest: str, target: Path) -> None:
    sha = hashlib.sha256()
    try:
        with httpx.stream("GET", url, timeout=60.0, follow_redirects=True) as response:
            response.raise_for_status()
            with target.open("wb") as out:
                for chunk in response.iter_bytes():
                    sha.update(chunk)
                    out.write(chunk)
    except httpx.HTTPError as exc:
        raise DownloadError(f"cannot download {url}: {type(exc).__name__}: {exc}") from exc
    if sha.hexdigest() != digest:
        target.unlink(missing_ok=True)
        raise DownloadError(f"{url}: SHA-256 {sha.hexdigest()} is not the pinned {digest}")


def _missing_libraries(root: Path) -> list[str]:
    binary = root / "usr" / "bin" / "frog"
    env = {"LD_LIBRARY_PATH": str(root / LIBRARIES), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env, check=False).stdout
    return [line.split()[0] for line in out.splitlines() if "not found" in line]


def frog(settings: Settings) -> Path | None:
    """The unpacked packages (fetched if the cache lacks them); None when Frog is off or a system install."""
    root = install_root(settings)
    if root is None or not settings.enrich.frog.enabled:
        return None
    with locked(root.with_name(root.name + ".lock")):
        if is_stamped(root):
            return root
        log.info("event=download service=frog version=%s target=%s", FROG_VERSION, root)
        shutil.rmtree(root, ignore_errors=True)
        debs = root / "debs"
        debs.mkdir(parents=True)
        for path, digest in PACKAGES:
            deb = debs / path.rsplit("/", 1)[1]
            _download(ARCHIVE + path, digest, deb)
            done = subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise DownloadError(f"dpkg-deb -x {deb.name} failed: {done.stderr.strip()[-500:]}")
        missing = _missing_libraries(root)
        if missing:
            raise DownloadError(f"Frog needs libraries this machine lacks: {', '.join(missing)}")
        shutil.rmtree(debs)
        stamp(root, f"frog {FROG_VERSION}")
    return root
