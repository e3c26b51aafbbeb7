from pipeline.exceptions import NewslineError


class MetricsError(NewslineError):
    """The metrics/health endpoint cannot be served (e.g. its port is taken); the message names the setting."""
