"""The fixture site and isolated settings of the fetch tests (real Kafka and Elasticsearch)."""

from tests.fetch.conftest import fetch_settings, ingest_settings, site  # noqa: F401 - shared fixtures
from tests.integration.conftest import live_settings, pipeline_settings  # noqa: F401 - shared fixtures
