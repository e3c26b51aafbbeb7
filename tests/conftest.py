"""Suite-wide test settings.

Every drain in the suite runs one enrich worker (in a thread) unless a test asks for more: spawning
``enrich.processes: auto`` model-loading processes for each of the suite's many drains is most of its run time.
Several processes are the subject of tests/integration/test_metrics_live.py, tests/enrich/test_enrich_integration.py
and tests/delivery/test_supervisor.py, which set them explicitly. A value set outside the suite wins.

Property-based tests (Hypothesis, tests/fuzz) run under the profile named by ``HYPOTHESIS_PROFILE``: ``ci`` (the
default: ~50 examples per property, derandomized so a run is reproducible, no example database) or ``fuzz``
(``make fuzz``: thousands of random examples per property, failures kept in ``.hypothesis/`` and replayed first).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("NEWSLINE_ENRICH_PROCESSES", "1")

hypothesis_settings.register_profile(
    "ci", max_examples=50, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
hypothesis_settings.register_profile(
    "fuzz", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
