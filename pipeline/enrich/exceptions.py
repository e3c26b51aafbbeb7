from pipeline.exceptions import NewslineError


class StepError(NewslineError):
    """An enrichment step failed on one article; ``step`` names it."""

    def __init__(self, step: str, reason: str) -> None:
        self.step = step
        self.reason = reason
        super().__init__(f"step {step} failed: {reason}")


class StoreUnavailable(NewslineError):
    """A shared store a step needs cannot be reached: the batch is retried, no article is dead-lettered."""
