"""Polite, safe HTTP fetching: SSRF guard, robots.txt, per-host politeness, retries, size caps, charsets."""

from pipeline.fetch.client import Fetcher, FetchResult
from pipeline.fetch.exceptions import FetchError

__all__ = ["FetchError", "FetchResult", "Fetcher"]
