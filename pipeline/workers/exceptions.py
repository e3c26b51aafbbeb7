from pipeline.exceptions import MisconfiguredError, NewslineError, OutageError

__all__ = [
    "DrainTimeoutError", "MisconfiguredError", "OutageError", "WorkerDiedError", "WorkerError", "WorkerMisconfiguredExit",
]  # OutageError/MisconfiguredError live in pipeline.exceptions; re-exported while callers move


class WorkerError(NewslineError):
    """A worker stopped without committing its current batch (it will be redelivered)."""


class WorkerMisconfiguredExit(WorkerError):
    """The worker stayed misconfigured for ``workers.misconfigured_exit_s`` and gave up (exits non-zero)."""


class WorkerDiedError(WorkerError):
    """A worker of a drain (a thread, or a supervised child process) died; the drain is not complete."""


class DrainTimeoutError(WorkerError):
    """The consumer groups did not reach the end offsets within ``workers.drain_timeout_s``.

    ``lags`` holds the remaining lag per topic and partition (``TopicLag.to_dict()``) as last measured.
    """

    def __init__(self, message: str, lags: list[dict[str, object]]) -> None:
        super().__init__(message)
        self.lags = lags
