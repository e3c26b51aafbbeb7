from pipeline.exceptions import NewslineError


class WorkerError(NewslineError):
    """A worker stopped without committing its current batch (it will be redelivered)."""
