"""The watchlists as a hook of the index worker, run after each successful write: match the written ids,
record and send alerts.

Cost per batch when watchlists exist: one refresh of the write index (so the new documents are searchable),
one ``msearch`` (one search per watchlist, each restricted to the batch's ids), and, only when something
matched, one ``bulk`` create, a produce+flush to the alerts topic and one ``bulk`` update. With no
watchlists (or ``watch.enabled: false``) nothing is sent. Elasticsearch or Kafka failing here raises
``OutageError``: the worker keeps the batch and retries it, the re-written documents match again and the
alert ids make the retry harmless (see :mod:`pipeline.watch.alerts`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from elasticsearch import Elasticsearch

from pipeline.exceptions import MisconfiguredError, NewslineError, OutageError
from pipeline.index.errors import es_errors
from pipeline.kafka.producer import Producer
from pipeline.settings import Settings
from pipeline.watch.alerts import record_alerts
from pipeline.watch.delivery import DeliveryThread
from pipeline.watch.exceptions import WatchlistInvalid, WatchUnavailable
from pipeline.watch.match import match_batch
from pipeline.watch.model import Watchlist
from pipeline.watch.store import all_watchlists, ensure_indices

log = logging.getLogger(__name__)


class WatchHook:
    def __init__(self, settings: Settings, es: Elasticsearch) -> None:
        self.settings = settings
        self.es = es
        self._watchlists: list[Watchlist] = []
        self._loaded_at = float("-inf")
        self._producer: Producer | None = None
        self._delivery: DeliveryThread | None = None
        self._indices_ready = False

    def watchlists(self) -> list[Watchlist]:
        """The current watchlists, re-read at most every ``watch.reload_s``; a bad definition keeps the last."""
        if time.monotonic() - self._loaded_at >= self.settings.watch.reload_s:
            try:
                self._watchlists = all_watchlists(self.es, self.settings)
            except WatchlistInvalid as exc:
                log.error("watchlists not reloaded error=%s", exc)
            self._loaded_at = time.monotonic()
        return self._watchlists

    def after_write(self, ids: Sequence[str]) -> int:
        """Match the written ``ids``; return how many alerts were published."""
        if not self.settings.watch.enabled or not ids:
            return 0
        try:
            with es_errors("watchlist matching", outage=OutageError, misconfigured=MisconfiguredError):
                watchlists = self.watchlists()
                if not watchlists:
                    return 0
                return self._alert(watchlists, list(ids))
        except WatchUnavailable as exc:
            raise OutageError(f"watchlist matching: {type(exc).__name__}: {exc}") from exc
        except (OutageError, MisconfiguredError):
            raise
        except NewslineError as exc:  # ProduceError: Kafka did not take the alerts
            raise OutageError(f"alerts not published: {exc}") from exc

    def _alert(self, watchlists: list[Watchlist], ids: list[str]) -> int:
        es = self.settings.elasticsearch
        if not self._indices_ready:
            ensure_indices(self.es, self.settings)
            self._indices_ready = True
        self.es.indices.refresh(index=es.write_alias)
        matches = match_batch(self.es, es.read_alias, watchlists, ids)
        if not matches:
            return 0
        if self._producer is None:
            self._producer = Producer(self.settings.kafka, client_id="newsline-alerts")
        published = record_alerts(self.es, self._producer, self.settings, matches)
        hooks = {w.name: w.webhook for w in watchlists if w.webhook}
        for alert in published:
            url = hooks.get(alert["watchlist"])
            if url and alert["delivery"]["status"] == "pending" and self.settings.watch.deliver_in_worker:
                if self._delivery is None:
                    self._delivery = DeliveryThread(self.settings)
                self._delivery.submit(url, alert)
        return len(published)

    def close(self) -> None:
        if self._delivery is not None:
            self._delivery.close()
        if self._producer is not None:
            self._producer.close()
