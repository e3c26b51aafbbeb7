"""Errors raised by the orchestration task bodies (see :mod:`pipeline.orchestration.tasks`)."""

from pipeline.exceptions import NewslineError


class OrchestrationError(NewslineError):
    """A pipeline step run by the orchestrator failed; retrying may help."""


class PermanentError(OrchestrationError):
    """A failure that retrying cannot fix (bad input, bad parameters); fail without retries."""


class NoInputError(PermanentError):
    """The replay path does not exist or holds no replayable files."""


class ReplayFailedError(OrchestrationError):
    """Replay published nothing and every file failed."""


class VerifyError(OrchestrationError):
    """The post-run search found fewer hits than required."""


class AirflowEnvError(NewslineError):
    """The local Airflow environment could not be prepared (not installed, migration failed)."""
