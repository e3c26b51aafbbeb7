from pipeline.exceptions import NewslineError


class RecordError(NewslineError):
    """A message could not be decoded or validated as a record of the expected schema."""


class SchemaVersionError(RecordError):
    """A record of a major schema_version this build does not read (e.g. written by a newer build)."""


class PayloadNotStoredError(RecordError):
    """A dead letter keeps its payload by reference only; read it from the source topic."""
