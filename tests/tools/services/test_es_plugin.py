"""The secured mode's analysis plugin, built against the local Elasticsearch distribution's own jars.

Installing it and creating an API key on it is tests/security's subject; here: what the zip holds, that the
descriptor names this Elasticsearch version, and that a second build comes from the cache.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from newsline_dev.services import elasticsearch, es_plugin
from newsline_dev.services.java import find_java_home
from pipeline.settings import Settings, load_settings

pytestmark = pytest.mark.integration


def test_the_plugin_builds_from_its_sources_once_per_digest(tmp_path: Path) -> None:
    base = load_settings()
    settings: Settings = base.model_copy(update={"paths": base.paths.model_copy(update={"cache": tmp_path})})
    home = elasticsearch.install(base)  # the distribution `newsline services up` unpacked (or unpacks now)
    java_home = find_java_home(elasticsearch.JAVA_MINIMUM, settings.elasticsearch.java_home)
    built = es_plugin.build(settings, home, java_home)
    assert built.name == f"newsline-analysis-{settings.elasticsearch.version}-{es_plugin.digest()}.zip"
    with zipfile.ZipFile(built) as archive:
        descriptor = archive.read(es_plugin.DESCRIPTOR).decode()
        components = json.loads(archive.read(es_plugin.COMPONENTS))
        jar = archive.read("newsline-analysis.jar")
    assert f"elasticsearch.version={settings.elasticsearch.version}" in descriptor
    names = {name for group in components.values() for name in group}
    assert names == {"uax_url_email", "pattern_capture", "unique"}
    (tmp_path / "plugin.jar").write_bytes(jar)
    classes = set(zipfile.ZipFile(tmp_path / "plugin.jar").namelist())
    assert {f"{cls.replace('.', '/')}.class" for group in components.values() for cls in group.values()} <= classes
    mtime = built.stat().st_mtime_ns
    assert es_plugin.build(settings, home, java_home) == built and built.stat().st_mtime_ns == mtime, "cached"
