"""Run in a child process (spawn): fetch pages as one ingest run would, spacing starts through the state dir."""

from __future__ import annotations

from multiprocessing.synchronize import Barrier

from pipeline.fetch import Fetcher
from pipeline.ingest.run import share_host_spacing
from pipeline.settings import Settings


def fetch_pages(settings: Settings, urls: list[str], ready: Barrier) -> None:
    with Fetcher(settings.fetch, source="spacing") as fetcher:
        ready.wait(timeout=60)  # all processes start fetching together, as overlapping runs would
        share_host_spacing(fetcher, settings)
        for url in urls:
            fetcher.fetch(url)
