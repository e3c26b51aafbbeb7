"""The analysis plugin the secured local Elasticsearch needs for API keys (``config/elasticsearch/analysis-plugin``).

The integ-test distribution has no analysis-common module, and the ``.security`` index that holds API keys
maps an e-mail analyzer built from three of its components (``uax_url_email``, ``pattern_capture``,
``unique``). This stable plugin registers them on top of the Lucene classes the distribution ships. It is
compiled with the JDK that runs Elasticsearch, against the distribution's own jars (nothing is downloaded),
cached under ``paths.cache`` by source digest and Elasticsearch version, and installed with
``bin/elasticsearch-plugin`` into the unpacked distribution. Secured mode installs it; a full distribution
(docker/) has analysis-common and needs none.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import tempfile
import zipfile
from pathlib import Path

from newsline_dev.services.exceptions import StartError
from newsline_dev.services.files import locked
from pipeline.settings import PROJECT_ROOT, Settings

log = logging.getLogger("newsline_dev.services.es_plugin")

NAME = "newsline-analysis"
SOURCE = PROJECT_ROOT / "config" / "elasticsearch" / "analysis-plugin"
DESCRIPTOR = "stable-plugin-descriptor.properties"
COMPONENTS = "named_components.json"
JAVA_RELEASE = "21"


def digest(source: Path = SOURCE) -> str:
    """Of every source file (path and content): a changed source builds a new zip."""
    hasher = hashlib.sha256()
    for path in sorted(p for p in source.rglob("*") if p.is_file() and p.suffix != ".md"):
        hasher.update(str(path.relative_to(source)).encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()[:12]


def build(settings: Settings, home: Path, java_home: Path, source: Path = SOURCE) -> Path:
    """The plugin zip for this distribution, built once per source digest and version."""
    version = settings.elasticsearch.version
    target = settings.paths.cache / "elasticsearch-plugins" / f"{NAME}-{version}-{digest(source)}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    with locked(target.with_name(target.name + ".lock")):
        if target.is_file():
            return target
        with tempfile.TemporaryDirectory(prefix="newsline-plugin-") as tmp:
            classes = Path(tmp) / "classes"
            _compile(java_home, home, sorted(source.rglob("*.java")), classes)
            jar = Path(tmp) / f"{NAME}.jar"
            _zip(jar, {str(p.relative_to(classes)): p.read_bytes() for p in sorted(classes.rglob("*.class"))})
            descriptor = (source / DESCRIPTOR).read_text().replace("${ELASTICSEARCH_VERSION}", version)
            partial = target.with_name(target.name + ".partial")
            _zip(partial, {DESCRIPTOR: descriptor.encode(), COMPONENTS: (source / COMPONENTS).read_bytes(),
                           jar.name: jar.read_bytes()})
            partial.replace(target)
    log.info("event=plugin_built name=%s path=%s", NAME, target)
    return target


def install(settings: Settings, home: Path, java_home: Path) -> bool:
    """Install the plugin into the distribution at ``home`` unless this build of it is there (a plugin from
    other sources is replaced); True if installed now."""
    stamp, built = home / f".{NAME}.digest", digest()
    installed = (home / "plugins" / NAME).is_dir()
    if installed and stamp.is_file() and stamp.read_text().strip() == built:
        return False
    package = build(settings, home, java_home)
    tool, env = str(home / "bin" / "elasticsearch-plugin"), {"ES_JAVA_HOME": str(java_home), "PATH": "/usr/bin:/bin"}
    if installed:
        _run([tool, "remove", NAME], env, cwd=home)
    _run([tool, "install", "--batch", package.as_uri()], env, cwd=home)
    stamp.write_text(built + "\n")
    log.info("event=plugin_installed name=%s home=%s digest=%s", NAME, home, built)
    return True


def _compile(java_home: Path, home: Path, sources: list[Path], classes: Path) -> None:
    javac = java_home / "bin" / "javac"
    if not javac.is_file():
        raise StartError(f"{javac} not found: the analysis plugin of secured mode needs a JDK (not a JRE) "
                         "(setting elasticsearch.java_home)")
    classes.mkdir(parents=True)
    cmd = [str(javac), "--release", JAVA_RELEASE, "-nowarn", "-d", str(classes), "-cp", f"{home / 'lib'}/*",
           *map(str, sources)]
    _run(cmd, {"PATH": "/usr/bin:/bin"}, cwd=classes)


def _zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> None:
    run = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    if run.returncode != 0:
        raise StartError(f"{' '.join(cmd[:3])} failed (exit {run.returncode}): {(run.stdout + run.stderr)[-2000:]}")
