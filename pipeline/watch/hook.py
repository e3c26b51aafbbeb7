"""The watchlists as a hook of the index worker, run after each successful write: match the written ids,
record and send alerts.

Cost per batch when watchlists exist: one refresh of the write index (so the new documents are searchable),
one ``msearch`` (one search per watchlist, each restricted to the batch's ids), one more ``msearch`` when
``min_sources`` watchlists matched (their stories' distinct sources), and, only when something matched,
one ``bulk`` create, a produce+flush to the alerts topic and one ``bulk`` update. With no watchlists (or
``watch.enabled: false``) nothing is sent. Elasticsearch or Kafka failing here raises
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
from pipeline.watch.match import at_min_sources, match_batch
from pipeline.watch.model import Watchlist
from pipeline.watch.store import all_watchlists, ensure_indices

log = logging.getLogger(__name__)


class WatchHook:
    """Matches each written batch against the watchlists (the file's and those saved in the index).

    A definition that stops loading (the file edited into something invalid, not UTF-8, a bad saved one) keeps
    the last good list in use: logged once per reload as one line naming the file, entry and field, and
    reported by :meth:`warning` (the worker shows it in ``newsline status`` and ``/healthz``). A worker that
    never had a good list does not match against none: it raises ``MisconfiguredError``, so the worker stops
    consuming (nothing is committed unmatched) until the file is fixed.
    """

    def __init__(self, settings: Settings, es: Elasticsearch) -> None:
        self.settings = settings
        self.es = es
        self._watchlists: list[Watchlist] | None = None  # None: never loaded a good list
        self._problem: str | None = None  # why the last (re)load failed
        self._loaded_at = float("-inf")
        self._producer: Producer | None = None
        self._delivery: DeliveryThread | None = None
        self._indices_ready = False

    def watchlists(self) -> list[Watchlist]:
        """The current watchlists, re-read at most every ``watch.reload_s`` (every call until one load was good);
        a bad definition keeps the last good list; with none yet, raises ``MisconfiguredError``."""
        due = time.monotonic() - self._loaded_at >= self.settings.watch.reload_s
        if due or self._watchlists is None:
            self._loaded_at = time.monotonic()
            try:
                self._watchlists, self._problem = all_watchlists(self.es, self.settings), None
            except WatchlistInvalid as exc:
                self._problem = str(exc)
                kept = "none" if self._watchlists is None else str(len(self._watchlists))
                log.error("watchlists not reloaded kept=%s error=%s", kept, exc)
        if self._watchlists is None:
            raise MisconfiguredError(f"no valid watchlists loaded yet, not matching: {self._problem}")
        return self._watchlists

    def warning(self) -> str | None:
        """Set while a reload failed and the last good list is in use."""
        if self._problem is None or self._watchlists is None:
            return None
        return f"watchlists: keeping the last good list ({len(self._watchlists)}): {self._problem}"

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
        matches = at_min_sources(self.es, es.read_alias, match_batch(self.es, es.read_alias, watchlists, ids))
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
