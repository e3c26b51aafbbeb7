"""Traversal checks and fixes for the unprivileged Elasticsearch user."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsline_dev.services import runas

UID, GID = 54321, 54321  # nobody we know: only "other" permission bits apply


@pytest.mark.parametrize(
    ("mode", "owner", "group", "expected"),
    [(0o700, UID, 0, True), (0o700, 0, 0, False), (0o750, 0, GID, True), (0o701, 0, 0, True), (0o770, 0, 0, False)],
)
def test_can_traverse(mode: int, owner: int, group: int, expected: bool) -> None:
    assert runas.can_traverse(mode, owner, group, UID, {GID}) is expected


def test_ensure_traversable_adds_only_search_bit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    private = tmp_path / "private"
    state = private / "project" / ".newsline"
    state.mkdir(parents=True)
    os.chmod(private, 0o700)
    calls: dict[Path, int] = {}
    monkeypatch.setattr(runas.os, "chmod", lambda path, mode: calls.__setitem__(Path(path), mode))
    changed = runas.ensure_traversable(state / "elasticsearch", UID, GID)
    assert private in changed and calls[private] == 0o701
    assert state.parent not in changed  # 0755 from mkdir: already traversable
    assert set(calls) == set(changed)


@pytest.mark.skipif(os.geteuid() != 0, reason="chown needs root")
def test_chown_tree(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "f").write_text("x")
    (tmp_path / "a" / "link").symlink_to("/etc/hostname")
    runas.chown_tree(tmp_path / "a", UID, GID)
    assert (tmp_path / "a" / "b" / "f").stat().st_uid == UID
    assert Path("/etc/hostname").stat().st_uid != UID
