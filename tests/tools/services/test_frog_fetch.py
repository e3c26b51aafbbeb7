"""Frog's Debian packages fetched into the cache (newsline_dev.services.frog_fetch): each checked against its pinned
SHA-256 before it is unpacked, a stamped cache reused without a download, and a system install left alone."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsline_dev.services import frog_fetch
from newsline_dev.services.exceptions import DownloadError
from pipeline.enrich.entities.frog import install_root
from pipeline.settings import Settings


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    served = tmp_path / "archive"
    (served / "pool").mkdir(parents=True)
    handler = partial(SimpleHTTPRequestHandler, directory=str(served))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", served
    finally:
        server.shutdown()
        server.server_close()


def test_a_package_whose_digest_is_not_the_pinned_one_is_refused(archive: tuple[str, Path], tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    url, served = archive
    (served / "pool" / "frog.deb").write_bytes(b"not the package that was pinned")
    pinned = hashlib.sha256(b"the package that was pinned").hexdigest()
    monkeypatch.setattr(frog_fetch, "ARCHIVE", url)
    monkeypatch.setattr(frog_fetch, "PACKAGES", (("pool/frog.deb", pinned),))
    settings = Settings(paths={"cache": tmp_path / "cache"})
    with pytest.raises(DownloadError, match=f"is not the pinned {pinned}"):
        frog_fetch.frog(settings)
    root = install_root(settings)
    assert root is not None and not (root / ".complete").exists() and not (root / "debs" / "frog.deb").exists()


def test_a_missing_package_is_a_download_error(archive: tuple[str, Path], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frog_fetch, "ARCHIVE", archive[0])
    monkeypatch.setattr(frog_fetch, "PACKAGES", (("pool/gone.deb", "0" * 64),))
    with pytest.raises(DownloadError, match="cannot download .*gone.deb"):
        frog_fetch.frog(Settings(paths={"cache": tmp_path}))


def test_a_stamped_cache_is_reused_and_a_system_install_fetches_nothing(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frog_fetch, "ARCHIVE", "http://127.0.0.1:9/")  # nothing listens: any download would fail
    settings = Settings(paths={"cache": tmp_path})
    root = install_root(settings)
    assert root is not None
    root.mkdir(parents=True)
    (root / ".complete").write_text("frog\n")
    assert frog_fetch.frog(settings) == root
    assert frog_fetch.frog(Settings(paths={"cache": tmp_path}, enrich={"frog": {"install": "system"}})) is None
    assert frog_fetch.frog(Settings(paths={"cache": tmp_path / "x"}, enrich={"frog": {"enabled": False}})) is None
