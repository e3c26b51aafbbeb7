from pipeline.exceptions import NewslineError, OutageError


class StepError(NewslineError):
    """An enrichment step failed on one article; ``step`` names it."""

    def __init__(self, step: str, reason: str) -> None:
        self.step = step
        self.reason = reason
        super().__init__(f"step {step} failed: {reason}")


class StoreUnavailable(OutageError):
    """A shared store a step needs stayed unreachable past its retry budget: the worker keeps the batch and
    retries it later (an :class:`OutageError`); no article is dead-lettered."""
