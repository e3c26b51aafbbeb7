from pipeline.exceptions import NewslineError


class SourceError(NewslineError):
    """An input could not be read or turned into an article; the message names the input."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")
