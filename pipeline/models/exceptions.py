from pipeline.exceptions import NewslineError


class RecordError(NewslineError):
    """A message could not be decoded or validated as a record of the expected schema."""
