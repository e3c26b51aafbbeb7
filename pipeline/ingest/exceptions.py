from pipeline.exceptions import NewslineError


class IngestError(NewslineError):
    """An ingest run could not proceed (state store unusable, Kafka unreachable, bad source)."""
