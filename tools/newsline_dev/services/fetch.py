"""Download the service distributions into ``paths.cache`` once, guarded by lock + stamp files.

A directory without its ``.complete`` stamp (an interrupted download) is wiped and redone.
"""

from __future__ import annotations

import logging
import shutil
import zipfile
from pathlib import Path

from newsline_dev.services import maven
from newsline_dev.services.exceptions import DownloadError
from newsline_dev.services.files import is_stamped, locked, stamp
from pipeline.settings import CORENLP_LANGUAGES, Settings

log = logging.getLogger("newsline_dev.services.fetch")

KAFKA_ARTIFACT = "org.apache.kafka:kafka_2.13:{version}"
# Kafka 4.x is built against slf4j-api 1.7.x and log4j-core 2.x, but its pom brings no binding.
SLF4J_BINDING = "org.apache.logging.log4j:log4j-slf4j-impl:2.25.5"
CORENLP_ARTIFACT = "edu.stanford.nlp:stanford-corenlp:{version}"
ES_ARTIFACT = "org.elasticsearch.distribution.integ-test-zip:elasticsearch:{version}:zip"


def kafka_libs_dir(settings: Settings) -> Path:
    return settings.paths.cache / f"kafka-{settings.kafka.version}" / "libs"


def kafka_libs(settings: Settings) -> Path:
    """Resolve kafka_2.13 and its runtime closure (plus the SLF4J binding); return the libs dir."""
    libs = kafka_libs_dir(settings)
    root, version = libs.parent, settings.kafka.version
    with locked(root.with_name(root.name + ".lock")):
        if is_stamped(root):
            return libs
        log.info("event=download service=kafka version=%s target=%s", version, libs)
        shutil.rmtree(libs, ignore_errors=True)
        root.mkdir(parents=True, exist_ok=True)
        pom = root / "pom.xml"
        deps = [KAFKA_ARTIFACT.format(version=version), SLF4J_BINDING]
        pom.write_text(maven.render_pom(f"kafka-{version}", deps))
        maven.copy_dependencies(pom, libs, root / "mvn.log")
        jar = libs / f"kafka_2.13-{version}.jar"
        if not jar.is_file():
            raise DownloadError(f"mvn finished but {jar} is missing; see {root / 'mvn.log'}")
        stamp(root, KAFKA_ARTIFACT.format(version=version))
    return libs


def elasticsearch_zip(settings: Settings) -> Path:
    """Resolve the Elasticsearch integ-test distribution zip; return its path."""
    version = settings.elasticsearch.version
    root = settings.paths.cache / f"elasticsearch-{version}"
    archive = root / f"elasticsearch-{version}.zip"
    with locked(root.with_name(root.name + ".lock")):
        if is_stamped(root) and archive.is_file():
            return archive
        log.info("event=download service=elasticsearch version=%s target=%s", version, root)
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        maven.copy_artifact(ES_ARTIFACT.format(version=version), root, root.with_name(root.name + ".mvn.log"))
        if not zipfile.is_zipfile(archive):
            raise DownloadError(f"mvn finished but {archive} is missing or not a zip")
        stamp(root, ES_ARTIFACT.format(version=version))
    return archive


def corenlp_libs_dir(settings: Settings) -> Path:
    service = settings.enrich.ner_service
    return settings.paths.cache / f"corenlp-{service.version}-{'-'.join(sorted(service.languages))}" / "libs"


def corenlp_libs(settings: Settings) -> Path:
    """Resolve stanford-corenlp, its runtime closure and one ``models-<language>`` jar per configured language."""
    libs = corenlp_libs_dir(settings)
    root, version = libs.parent, settings.enrich.ner_service.version
    with locked(root.with_name(root.name + ".lock")):
        if is_stamped(root):
            return libs
        log.info("event=download service=corenlp version=%s target=%s", version, libs)
        shutil.rmtree(libs, ignore_errors=True)
        root.mkdir(parents=True, exist_ok=True)
        main = CORENLP_ARTIFACT.format(version=version)
        models = [f"{main}:models-{CORENLP_LANGUAGES[code]}" for code in sorted(settings.enrich.ner_service.languages)]
        pom = root / "pom.xml"
        pom.write_text(maven.render_pom(f"corenlp-{version}", [main, *models]))
        maven.copy_dependencies(pom, libs, root / "mvn.log")
        missing = [jar for jar in (libs / f"stanford-corenlp-{version}.jar",
                                   *(libs / f"stanford-corenlp-{version}-{m.rsplit(':', 1)[1]}.jar" for m in models))
                   if not jar.is_file()]
        if missing:
            raise DownloadError(f"mvn finished but {', '.join(map(str, missing))} missing; see {root / 'mvn.log'}")
        stamp(root, " ".join([main, *models]))
    return libs
