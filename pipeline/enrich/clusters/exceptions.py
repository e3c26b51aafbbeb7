from pipeline.exceptions import NewslineError


class ClusterStoreError(NewslineError):
    """The shared cluster store answered something the assignment cannot use (a bug, not an outage)."""


class ClusterStoreBusy(ClusterStoreError):
    """The store is briefly unavailable (connection, timeout, 429, 5xx): the whole assignment is retried."""


class ClusterConflict(ClusterStoreError):
    """Another worker assigned one of the batch's articles meanwhile: the whole assignment is retried."""
