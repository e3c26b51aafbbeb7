"""Suite-wide test settings.

Every drain in the suite runs one enrich worker (in a thread) unless a test asks for more: spawning
``enrich.processes: auto`` model-loading processes for each of the suite's many drains is most of its run time.
Several processes are the subject of tests/integration/test_metrics_live.py, tests/enrich/test_enrich_integration.py
and tests/delivery/test_supervisor.py, which set them explicitly. A value set outside the suite wins.
"""

from __future__ import annotations

import os

os.environ.setdefault("NEWSLINE_ENRICH_PROCESSES", "1")
