from __future__ import annotations

from pipeline.exceptions import NewslineError


class ExtractionError(NewslineError):
    """trafilatura found no article in a page; ``reason`` says why."""

    def __init__(self, reason: str, url: str | None = None) -> None:
        self.reason = reason
        self.url = url
        where = f" url={url}" if url else ""
        super().__init__(f"extraction failed: {reason}{where}")

    def __reduce__(self) -> tuple[type[ExtractionError], tuple[str, str | None]]:
        return type(self), (self.reason, self.url)  # survives the trip back from a parse process


class ParseCrashedError(NewslineError):
    """Parsing a page killed its worker process, also when retried alone; ``reason`` names the signal."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
