"""Model files shipped inside an installed package, found without importing it (its ``__init__`` may pull in what
newsline does not use: natasha's pymorphy2, NLPyPort's scikit-learn)."""

from __future__ import annotations

import importlib.util
from pathlib import Path


def package_dir(package: str) -> Path | None:
    """The installed package's directory, or None when it is not installed."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))
