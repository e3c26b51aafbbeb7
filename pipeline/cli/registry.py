"""The type of the ``add`` callback every command module's ``register`` receives from ``pipeline.cli.main``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.settings import Settings

Handler = Callable[[argparse.Namespace, "Settings"], int]
Add = Callable[[str, Handler, str], argparse.ArgumentParser]
