"""Pid files, stamps, log tails, zip extraction and Maven invocation errors."""

from __future__ import annotations

import os
import stat
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from newsline_dev.services import files, maven
from newsline_dev.services.exceptions import DownloadError


def test_pid_file_roundtrip(tmp_path: Path) -> None:
    pid_file = tmp_path / "run" / "svc.pid"
    assert files.read_pid(pid_file) is None
    files.write_pid(pid_file, 4242)
    assert files.read_pid(pid_file) == 4242
    files.remove_file(pid_file)
    files.remove_file(pid_file)  # idempotent
    assert not pid_file.exists()


@pytest.mark.parametrize("content", ["", "abc", "-5", "0", "12 34"])
def test_garbled_pid_file_reads_as_none(tmp_path: Path, content: str) -> None:
    (tmp_path / "x.pid").write_text(content)
    assert files.read_pid(tmp_path / "x.pid") is None


def test_stamp(tmp_path: Path) -> None:
    assert not files.is_stamped(tmp_path)
    files.stamp(tmp_path, "done")
    assert files.is_stamped(tmp_path)


def test_tail(tmp_path: Path) -> None:
    log = tmp_path / "a.log"
    log.write_text("".join(f"line {i}\n" for i in range(100)))
    assert files.tail(log, 2) == "line 98\nline 99"
    assert "no log at" in files.tail(tmp_path / "missing.log")


def test_tail_starts_at_last_banner_and_drops_stack_frames(tmp_path: Path) -> None:
    log = tmp_path / "svc.out"
    log.write_text(
        f"{files.START_BANNER} 1: old\nold error\n{files.START_BANNER} 2: new\n"
        "java.lang.RuntimeException: boom\n\tat a.b.C(C.java:1)\n\t... 6 more\nCaused by: x\n"
    )
    assert files.tail(log).splitlines() == [
        f"{files.START_BANNER} 2: new",
        "java.lang.RuntimeException: boom",
        "Caused by: x",
    ]


def test_extract_zip_keeps_modes(tmp_path: Path) -> None:
    archive = tmp_path / "d.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name, mode in (("pkg/bin/run", 0o755), ("pkg/conf/secret", 0o640)):
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFREG | mode) << 16
            zf.writestr(info, "x")
    target = tmp_path / "out"
    (target / "stale").mkdir(parents=True)
    files.extract_zip(archive, target)
    assert stat.S_IMODE((target / "pkg/bin/run").stat().st_mode) == 0o755
    assert stat.S_IMODE((target / "pkg/conf/secret").stat().st_mode) == 0o640
    assert not (target / "stale").exists()
    assert not (tmp_path / "out.partial").exists()


def test_render_pom_is_valid_xml() -> None:
    pom = maven.render_pom("x", ["org.apache.kafka:kafka_2.13:4.4.0", "g:a:1"])
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    deps = ET.fromstring(pom).findall("m:dependencies/m:dependency", ns)
    assert [d.findtext("m:artifactId", namespaces=ns) for d in deps] == ["kafka_2.13", "a"]


def test_mvn_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(maven.shutil, "which", lambda _: None)
    with pytest.raises(DownloadError, match="mvn not found"):
        maven.run(["-v"], tmp_path, tmp_path / "mvn.log")


def test_mvn_failure_reports_command_and_log(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "bin" / "mvn"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho resolving things\necho 'Could not find artifact g:a:1'\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(DownloadError) as err:
        maven.copy_artifact("g:a:1:zip", tmp_path, tmp_path / "mvn.log")
    message = str(err.value)
    assert "exit 3" in message and "-Dartifact=g:a:1:zip" in message
    assert "Could not find artifact g:a:1" in message
