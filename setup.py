"""Build step that ships the project's files with the package (the rest of the metadata is in pyproject.toml).

``config/`` (every file: settings defaults, the source registry, the gazetteer, the watchlists, the
Elasticsearch index template and analysis plugin, the Kibana saved objects), ``dags/`` and ``seeds/`` stay
where they are in the repository; a wheel carries copies of them under ``pipeline/_project/``, which
:data:`pipeline.settings.PROJECT_ROOT` points at when newsline runs from an installed package instead of a
checkout.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = {
    "config": ("**/*",),
    "dags": ("*.py",),
    "seeds": ("*.txt", "*.html", "*.json"),
}


def shipped_files() -> list[Path]:
    """The project files a wheel carries, relative to the repository root."""
    found = {p for folder, globs in SHIPPED.items() for g in globs for p in (ROOT / folder).glob(g)}
    return sorted(p.relative_to(ROOT) for p in found if p.is_file() and "__pycache__" not in p.parts)


class BuildWithProjectFiles(build_py):
    """``build_py`` plus copies of :data:`SHIPPED` in ``pipeline/_project/`` (not for editable installs)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the checkout, which has the originals
        target = Path(self.build_lib) / "pipeline" / "_project"
        for relative in shipped_files():
            destination = target / relative
            self.mkpath(str(destination.parent))
            self.copy_file(str(ROOT / relative), str(destination))


setup(cmdclass={"build_py": BuildWithProjectFiles})
