"""Resolve artifacts from Maven Central with the ``mvn`` client (maven-dependency-plugin)."""

from __future__ import annotations

import logging
import shutil
import subprocess
import time
from pathlib import Path
from xml.sax.saxutils import escape

from newsline_dev.services.exceptions import DownloadError
from newsline_dev.services.files import tail

log = logging.getLogger("newsline_dev.services.maven")

DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"


def render_pom(artifact_id: str, coordinates: list[str]) -> str:
    """A throwaway ``pom`` project whose dependencies are ``group:artifact:version[:classifier]`` strings."""
    deps = []
    for coordinate in coordinates:
        group, artifact, version, *classifier = (escape(part) for part in coordinate.split(":"))
        extra = f"<classifier>{classifier[0]}</classifier>" if classifier else ""
        deps.append(
            f"    <dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId>"
            f"<version>{version}</version>{extra}</dependency>"
        )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        f"  <groupId>newsline.local</groupId>\n  <artifactId>{escape(artifact_id)}</artifactId>\n"
        "  <version>1</version>\n  <packaging>pom</packaging>\n"
        "  <dependencies>\n" + "\n".join(deps) + "\n  </dependencies>\n</project>\n"
    )


def run(args: list[str], cwd: Path, log_path: Path, timeout: float = 900.0) -> None:
    """Run ``mvn -B -ntp ARGS`` in ``cwd``; output goes to ``log_path``; raise DownloadError on failure."""
    mvn = shutil.which("mvn")
    if mvn is None:
        raise DownloadError("mvn not found on PATH; install Maven (apt-get install maven)")
    cmd = [mvn, "-B", "-ntp", *args]
    log.info("event=mvn_start cmd=%r", " ".join(cmd))
    started = time.monotonic()
    with open(log_path, "w") as out:
        try:
            result = subprocess.run(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, timeout=timeout)
        except subprocess.TimeoutExpired:
            message = f"timed out after {timeout:.0f}s: {' '.join(cmd)}\n{tail(log_path)}"
            raise DownloadError(message) from None
    if result.returncode != 0:
        raise DownloadError(f"exit {result.returncode}: {' '.join(cmd)} (cwd {cwd})\n--- {log_path} ---\n{tail(log_path)}")
    log.info("event=mvn_done seconds=%.1f", time.monotonic() - started)


def copy_dependencies(pom: Path, output: Path, log_path: Path) -> None:
    """Copy the runtime dependency closure of ``pom`` into ``output``."""
    run(
        ["-f", str(pom), f"{DEPENDENCY_PLUGIN}:copy-dependencies", f"-DoutputDirectory={output}", "-DincludeScope=runtime"],
        cwd=pom.parent,
        log_path=log_path,
    )


def copy_artifact(coordinate: str, output: Path, log_path: Path) -> None:
    """Copy one artifact (``group:artifact:version:type``) into ``output``."""
    run(
        [f"{DEPENDENCY_PLUGIN}:copy", f"-Dartifact={coordinate}", f"-DoutputDirectory={output}"],
        cwd=output,
        log_path=log_path,
    )
