from pipeline.exceptions import NewslineError


class ExtractionError(NewslineError):
    """trafilatura found no article in a page; ``reason`` says why."""

    def __init__(self, reason: str, url: str | None = None) -> None:
        self.reason = reason
        self.url = url
        where = f" url={url}" if url else ""
        super().__init__(f"extraction failed: {reason}{where}")
