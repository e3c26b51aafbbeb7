from __future__ import annotations

from pipeline.exceptions import NewslineError


class SourceError(NewslineError):
    """An input could not be read or turned into an article; the message names the input."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, str]]:
        return type(self), (self.where, self.reason)  # survives the trip back from a parse process
