from pipeline.exceptions import NewslineError


class WatchError(NewslineError):
    """A watchlist or alert operation failed; the message says why."""


class WatchlistInvalid(WatchError):
    """A watchlist definition (file entry or ``newsline watch add``) is wrong."""


class DeliveryFailed(WatchError):
    """A webhook did not accept an alert. ``retry`` says whether another attempt may succeed."""

    def __init__(self, reason: str, retry: bool) -> None:
        super().__init__(reason)
        self.retry = retry


class WatchUnavailable(WatchError):
    """Elasticsearch or Kafka could not be reached while matching or recording alerts (an outage)."""
