"""What lifecycle code needs to know about one local service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    version: str
    host: str
    port: int
    address: str
    state_dir: Path
    marker: str  # a substring of the process command line, guards against reused pids
    logs: tuple[Path, ...]
    ready: Callable[[], bool] = field(compare=False)

    @property
    def pid_file(self) -> Path:
        return self.state_dir / f"{self.name}.pid"

    @property
    def out_file(self) -> Path:
        return self.state_dir / f"{self.name}.out"
