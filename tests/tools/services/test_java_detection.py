"""JDK discovery: release-file parsing, ordering, minimum versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsline_dev.services import java
from newsline_dev.services.exceptions import JavaError


def _jdk(root: Path, name: str, version: str) -> Path:
    home = root / name
    (home / "bin").mkdir(parents=True)
    (home / "bin" / "java").write_text("#!/bin/sh\nexit 1\n")
    (home / "bin" / "java").chmod(0o755)
    (home / "release").write_text(f'IMPLEMENTOR="x"\nJAVA_VERSION="{version}"\n')
    return home


@pytest.mark.parametrize(
    ("text", "major"),
    [('JAVA_VERSION="17.0.15"', 17), ('JAVA_VERSION="25"', 25), ('JAVA_VERSION="1.8.0_292"', 8), ("nothing", None)],
)
def test_parse_release(text: str, major: int | None) -> None:
    assert java.parse_major(text) == major


def test_parse_java_version_output() -> None:
    out = 'openjdk version "21.0.2" 2024-01-16\nOpenJDK Runtime Environment'
    assert java.parse_major(out, java._VERSION_OUTPUT) == 21


@pytest.fixture
def jvm_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(java, "_path_java_home", lambda: None)
    root = tmp_path / "jvm"
    _jdk(root, "java-17", "17.0.15")
    _jdk(root, "temurin-25", "25.0.3")
    _jdk(root, "java-21", "21.0.1")
    (root / "not-a-jdk").mkdir()
    return root


def test_finds_newest_jdk_meeting_minimum(jvm_root: Path) -> None:
    assert java.find_java_home(21, jvm_root=jvm_root).name == "temurin-25"


def test_path_java_is_preferred_when_new_enough(jvm_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(java, "_path_java_home", lambda: (jvm_root / "java-17").resolve())
    assert java.find_java_home(17, jvm_root=jvm_root).name == "java-17"
    assert java.find_java_home(21, jvm_root=jvm_root).name == "temurin-25"


def test_explicit_home_must_be_new_enough(jvm_root: Path) -> None:
    assert java.find_java_home(21, str(jvm_root / "java-21"), jvm_root) == jvm_root / "java-21"
    with pytest.raises(JavaError, match="Java 17; need a JDK >= 21"):
        java.find_java_home(21, str(jvm_root / "java-17"), jvm_root)


def test_no_suitable_jdk(jvm_root: Path) -> None:
    with pytest.raises(JavaError, match="no JDK >= 99"):
        java.find_java_home(99, jvm_root=jvm_root)


def test_java_major_of_non_jdk(tmp_path: Path) -> None:
    assert java.java_major(tmp_path) is None
