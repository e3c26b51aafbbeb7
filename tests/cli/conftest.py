"""The secured private services of test_secure_pipeline.py (started only when one of its tests runs)."""

from tests.support.secure import secure_services  # noqa: F401 - fixture
