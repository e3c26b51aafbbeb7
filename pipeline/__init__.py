"""newsline: streaming news ingestion.

source -> fetch -> extract -> raw topic -> enrich worker -> enriched topic -> index worker -> Elasticsearch
"""

import os

# One OpenBLAS thread per process, set before NumPy loads it: the workers run a process per core, and OpenBLAS's
# own threads only spin against them (bench.ner_languages: Russian entities 10.9 -> 6.1 ms of CPU per article,
# English 18.7 -> 16.6, Japanese 190 -> 146, at the same wall time). An operator's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
