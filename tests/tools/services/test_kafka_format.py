"""Formatting the secured broker's storage: the SCRAM passwords never appear on a command line (``ps``)."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from newsline_dev.services import kafka, secure
from newsline_dev.services.java import find_java_home
from pipeline.settings import Settings
from tests.tools.services.test_secure_config import _secure


def test_storage_format_passes_scram_passwords_in_an_owner_only_file(
    tmp_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _secure(tmp_settings)
    passwords = [p.get_secret_value() for _, p in secure.scram_users(settings)]
    assert len(passwords) == 2  # the inter-broker admin and the pipeline's user
    data = kafka.state_dir(settings) / "data"
    data.mkdir(parents=True)
    seen: dict[str, Any] = {}

    def fake_run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen["cmd"] = cmd
        if cmd[-1].startswith("@"):
            argfile = Path(cmd[-1][1:])
            seen.update(path=argfile, mode=stat.S_IMODE(argfile.stat().st_mode), text=argfile.read_text())
        (data / "meta.properties").write_text("formatted\n")
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(kafka.subprocess, "run", fake_run)
    kafka._format_once(settings, ["java", "-cp", "libs/*"], data)

    command_line = " ".join(seen["cmd"])
    assert not [p for p in passwords if p in command_line], "a SCRAM password is on the command line"
    assert seen["cmd"][:3] == ["java", "-cp", "libs/*"] and seen["cmd"][-1].startswith("@")
    assert seen["mode"] == 0o600
    assert all(f"password={p}]" in seen["text"] for p in passwords)
    assert '"kafka.tools.StorageTool"\n"format"\n"--standalone"\n' in seen["text"]
    assert not seen["path"].exists()  # removed once the tool has run
    assert (data.parent / "formatted-controller").read_text().strip().endswith(" scram")


def test_a_failed_format_names_the_command_without_the_passwords(
    tmp_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _secure(tmp_settings)
    passwords = [p.get_secret_value() for _, p in secure.scram_users(settings)]
    data = kafka.state_dir(settings) / "data"
    data.mkdir(parents=True)

    def failing(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        argfile = Path(cmd[-1][1:]) if cmd[-1].startswith("@") else None
        echoed = argfile.read_text() if argfile else " ".join(cmd)  # a tool that prints its arguments back
        return subprocess.CompletedProcess(cmd, 1, "", f"bad arguments: {echoed}")

    monkeypatch.setattr(kafka.subprocess, "run", failing)
    with pytest.raises(kafka.StartError) as raised:
        kafka._format_once(settings, ["java"], data)
    assert "exit 1" in str(raised.value) and "**********" in str(raised.value)
    assert not [p for p in passwords if p in str(raised.value)]
    assert not list(data.parent.glob("format.args*"))


def test_the_java_launcher_reads_the_argument_file_back_unchanged(tmp_path: Path) -> None:
    """The quoting matches what ``java @file`` expects: a real JVM prints the arguments back."""
    java = find_java_home(kafka.JAVA_MINIMUM) / "bin" / "java"
    (tmp_path / "Echo.java").write_text(
        "public class Echo { public static void main(String[] a) { for (String s : a) System.out.println(s); } }\n"
    )
    arguments = ["format", "--add-scram", 'SCRAM-SHA-512=[name=admin,password=a\\b"c d#e$f]', "-t", "x y"]
    (tmp_path / "args").write_bytes(kafka.java_argfile([str(tmp_path / "Echo.java"), *arguments]))
    proc = subprocess.run([str(java), f"@{tmp_path / 'args'}"], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == arguments
