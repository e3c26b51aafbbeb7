from pipeline.exceptions import NewslineError


class IngestError(NewslineError):
    """An ingest run could not proceed (state store unusable, Kafka unreachable, bad source)."""


class StateFullError(IngestError):
    """The filesystem of the state directory is full: the write was refused and rolled back, nothing corrupted."""
