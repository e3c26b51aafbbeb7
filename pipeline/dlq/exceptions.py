from pipeline.exceptions import NewslineError


class DlqError(NewslineError):
    """A dead-letter command cannot do what was asked (bad position, topic missing, reading stalled)."""
