"""Phrase-indexed gazette features for the CoreNLP server (``newsline.IndexedGazetteNER``, a custom annotator).

CoreNLP's CRF finds a word's gazette features by scanning every gazette entry holding the word; the Italian
model's Wikipedia gazette has 5 million entry words (244,416 entries hold "di"), so that scan was ~2.4 s of
CPU per article. The Java sources in ``corenlp_java/newsline`` copy the model's feature factory and look the phrases up
instead (the same features, so the same mentions). Compiled once per source against the CoreNLP jars into
``<state>/corenlp/classes/gazette-<digest>`` with the JDK's ``javac``; the corenlp image compiles the same files.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from newsline_dev.services.exceptions import StartError

SOURCES = Path(__file__).parent / "corenlp_java" / "newsline"
CLASS = "newsline.IndexedGazetteNER"


def sources() -> list[Path]:
    return sorted(SOURCES.glob("*.java"))


def compiled(state: Path, java_home: Path, libs: Path) -> Path:
    """The classes dir holding the annotator, compiled unless this source's build is there."""
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in sources())).hexdigest()[:16]
    classes = state / "classes" / f"gazette-{digest}"
    if (classes / "newsline" / "IndexedGazetteNER.class").is_file():
        return classes
    javac = java_home / "bin" / "javac"
    if not javac.is_file():
        raise StartError(f"corenlp: {javac} missing; a JDK (not a JRE) is needed for the gazette index")
    run = subprocess.run([str(javac), "-nowarn", "-cp", f"{libs}/*", "-d", str(classes), *map(str, sources())],
                         capture_output=True, text=True, timeout=180)
    if run.returncode != 0:
        raise StartError(f"corenlp: compiling the gazette index failed: {(run.stdout + run.stderr)[-2000:]}")
    return classes
