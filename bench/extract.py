"""Extraction throughput, CPU-bound: the same pages extracted serially, in 2..N threads and in the parse pool.

Usage: python -m bench.extract [--pages 400]   (no services needed)

Threads share one interpreter (trafilatura/lxml hold the GIL for much of the work, and concurrent ``extract()``
in threads has crashed natively); the parse pool runs one process per usable core. Writes
bench/results/extract.json. On a machine whose cores are busy with other work, the ratios shrink.
"""

from __future__ import annotations

import argparse
import json
import time
from concurrent.futures import ThreadPoolExecutor


def main() -> None:
    # imported here, not at the top: each parse process imports this (its parent's main) module on start
    from bench.throughput import RESULTS
    from pipeline.cores import usable_cores
    from pipeline.extract import extract_html
    from pipeline.extract.pool import ParsePool
    from tests.fetch.pages import article_page

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=400)
    args = parser.parse_args()
    pages = [article_page(f"Story number {n} for the extraction bench", "2026-03-01T10:00:00+00:00", seed=f"b{n}")
             for n in range(args.pages)]
    url = "http://bench.example/story"
    cores = usable_cores()

    start = time.perf_counter()
    for page in pages:
        extract_html(page, url)
    serial = time.perf_counter() - start

    with ThreadPoolExecutor(cores) as threads:
        start = time.perf_counter()
        list(threads.map(lambda page: extract_html(page, url), pages))
        threaded = time.perf_counter() - start

    with ParsePool(cores) as pool:
        pool.run(len, "started")  # process start-up is not extraction
        start = time.perf_counter()
        for future in [pool.submit(extract_html, page, url) for page in pages]:
            future.result()
        pooled = time.perf_counter() - start

    result = {
        "pages": args.pages, "cores": cores, "serial_s": round(serial, 2), "threads_s": round(threaded, 2),
        "processes_s": round(pooled, 2), "speedup_processes_vs_serial": round(serial / pooled, 2),
        "speedup_processes_vs_threads": round(threaded / pooled, 2),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "extract.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
