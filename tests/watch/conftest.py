"""Integration fixtures shared with tests/integration: isolated topics and index prefix per test."""

from tests.integration.conftest import live_settings, pipeline_settings  # noqa: F401
