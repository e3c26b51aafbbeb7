from pipeline.exceptions import NewslineError


class EventStoreError(NewslineError):
    """The event store answered something the linking cannot use (a bug, not an outage)."""


class EventStoreBusy(EventStoreError):
    """The store is briefly unavailable (connection, timeout, 429, 5xx): the whole linking is retried."""
