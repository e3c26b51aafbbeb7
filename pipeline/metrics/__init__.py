"""Prometheus metrics and a health endpoint for the long-running workers.

The worker loop owns one :class:`WorkerMetrics` and calls its methods; :func:`serve` exposes them::

    metrics = WorkerMetrics("index", stale_after_s=settings.metrics.stale_after_s)
    server = serve(settings, metrics)        # None unless metrics.enabled
    ... metrics.heartbeat(); metrics.consumed(len(batch)); metrics.batch(seconds) ...
"""

from pipeline.metrics.exceptions import MetricsError
from pipeline.metrics.server import MetricsServer, serve
from pipeline.metrics.worker import Health, HealthState, WorkerMetrics

__all__ = ["Health", "HealthState", "MetricsError", "MetricsServer", "WorkerMetrics", "serve"]
