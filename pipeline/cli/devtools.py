"""The development tooling (``newsline_dev``, the ``tools/`` distribution) as the CLI reaches it: lazily.

Local Kafka/Elasticsearch (``newsline services``) and the local Airflow (``newsline airflow init --local``)
live in ``newsline_dev``, which a checkout installs editable (``make venv``) and the production wheel does
not ship. :func:`dev_module` imports one of its modules inside a command; without it the command fails
with one line (``newsline: error: ...``, exit 2) that says what is missing and how to get it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from pipeline.exceptions import NewslineError

DEV_PACKAGE = "newsline_dev"


class DevToolingMissing(NewslineError):
    """A command needs the development tooling, which this installation does not have."""


def dev_module(name: str, what: str) -> ModuleType:
    """``import newsline_dev.<name>``; :class:`DevToolingMissing` naming ``what`` when the package is absent."""
    target = f"{DEV_PACKAGE}.{name}"
    try:
        return importlib.import_module(target)
    except ModuleNotFoundError as exc:
        parts = target.split(".")
        if exc.name not in {".".join(parts[:i]) for i in range(1, len(parts) + 1)}:
            raise  # a dependency of the tooling is missing: that is a different error, shown as it is
        raise DevToolingMissing(
            f"{what} is development tooling (the newsline-dev package, not part of this installation): "
            "from a newsline checkout run `make venv` or `pip install -e tools`"
        ) from None
