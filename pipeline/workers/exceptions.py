from pipeline.exceptions import NewslineError


class WorkerError(NewslineError):
    """A worker stopped without committing its current batch (it will be redelivered)."""


class OutageError(WorkerError):
    """A service the batch needs (Kafka, Elasticsearch) is briefly unavailable: keep the batch, back off, retry.

    Raised from ``Worker.process``; the worker loop pauses consumption (keeping its group membership), waits
    with capped jittered backoff and processes the same records again. Never a reason to dead-letter.
    """


class MisconfiguredError(WorkerError):
    """The setup is wrong (missing index or write alias, 401/403, TLS): retrying the data will not help.

    The worker stops consuming, reports the reason in its state file and log, and exits non-zero once
    ``workers.misconfigured_exit_s`` has passed without the problem going away.
    """


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
