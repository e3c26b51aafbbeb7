"""Ingest runs: discover article URLs from sources, claim the new ones, fetch, extract, publish, record outcomes."""
