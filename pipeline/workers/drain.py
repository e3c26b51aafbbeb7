"""When a drain is complete: committed offsets at the end offsets, stage by stage.

``DrainWatch`` is given the (consumer group, topic) stages in pipeline order. A stage counts only once every
stage before it is done, so the enriched topic's end offsets are read after enrichment has committed its
whole input (and so produced all its output). An empty poll never counts: a member that died holding
partitions keeps the lag above zero until its session expires and the group rebalances.
"""

from __future__ import annotations

import logging
import time

from kafka.errors import KafkaError

from pipeline.kafka.lag import LagProbe, TopicLag
from pipeline.settings import Settings
from pipeline.workers.exceptions import DrainTimeoutError

log = logging.getLogger(__name__)

CHECK_INTERVAL_S = 2.0


def enrich_stages(settings: Settings) -> list[tuple[str, str]]:
    return [(settings.workers.enrich_group, settings.kafka.topics.raw)]


def index_stages(settings: Settings) -> list[tuple[str, str]]:
    return [*enrich_stages(settings), (settings.workers.index_group, settings.kafka.topics.enriched)]


class DrainWatch:
    def __init__(self, settings: Settings, stages: list[tuple[str, str]], timeout_s: float | None = None) -> None:
        self.stages = stages
        self.timeout_s = settings.workers.drain_timeout_s if timeout_s is None else timeout_s
        self.started = time.monotonic()
        self.lags: list[TopicLag] = []  # as last measured
        self.initial: list[TopicLag] | None = None  # the first complete measurement
        self._probe = LagProbe(settings.kafka, client_id="newsline-drain")
        self._checked = 0.0

    def done(self) -> bool:
        """True once every stage's lag is 0; raises :class:`DrainTimeoutError` past the timeout."""
        if time.monotonic() - self._checked < CHECK_INTERVAL_S:
            self._raise_if_late()
            return False
        self._checked = time.monotonic()
        try:
            complete = self._measure()
        except KafkaError as exc:
            log.warning("drain lag unknown error=%s: %s", type(exc).__name__, exc)
            complete = False
        if not complete:
            self._raise_if_late()
        return complete

    def _measure(self) -> bool:
        lags: list[TopicLag] = []
        for group, topic in self.stages:
            lag = self._probe.measure(group, topic)
            lags.append(lag)
            if not lag.done:
                break
        self.lags = lags
        if self.initial is None:
            self.initial = lags
        return len(lags) == len(self.stages) and all(lag.done for lag in lags)

    def _raise_if_late(self) -> None:
        if time.monotonic() - self.started <= self.timeout_s:
            return
        remaining = self.remaining()
        text = "; ".join(lag.describe() for lag in remaining) or "lag unknown (Kafka unreachable)"
        lags = [lag.to_dict() for lag in remaining]
        raise DrainTimeoutError(f"drain not complete after {self.timeout_s:g}s: {text}", lags)

    def remaining(self) -> list[TopicLag]:
        """Every stage's lag now (best effort: the last measurement if Kafka cannot be asked)."""
        try:
            return [self._probe.measure(group, topic) for group, topic in self.stages]
        except KafkaError as exc:
            log.warning("drain lag unknown error=%s", type(exc).__name__)
            return self.lags

    def close(self) -> None:
        self._probe.close()
