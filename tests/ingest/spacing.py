"""Run in a child process (spawn): fetch pages as one ingest run would, spacing starts through the state dir."""

from __future__ import annotations

from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

from pipeline.fetch import Fetcher
from pipeline.ingest.run import share_host_spacing
from pipeline.settings import Settings


def fetch_pages(settings: Settings, urls: list[str], ready: Barrier, slots: Queue[list[tuple[float, float]]]) -> None:
    """Fetch ``urls``; put on ``slots`` every (start, delay) this process reserved in the shared table."""
    reserved: list[tuple[float, float]] = []
    with Fetcher(settings.fetch, source="spacing") as fetcher:
        ready.wait(timeout=60)  # all processes start fetching together, as overlapping runs would
        share_host_spacing(fetcher, settings)
        table = fetcher.gates.table
        assert table is not None
        reserve = table.reserve

        def recording(host: str, delay: float) -> float:
            start = reserve(host, delay)
            reserved.append((start, delay))
            return start

        table.reserve = recording  # type: ignore[method-assign]
        for url in urls:
            fetcher.fetch(url)
    slots.put(reserved)
