"""Article revisions: re-check recent articles on a schedule, keep every edited version, show what changed.

- :mod:`store`: per article (SQLite, in the ingest state file) the current revision, content hash, URL,
  conditional-GET validators, status and the next re-check; leased so concurrent re-checks never race.
- :mod:`recheck`: fetch again (the ingest fetcher: SSRF guard, robots.txt, politeness), extract, compare,
  publish a new revision (or a removal / move) to the raw topic, then record it.
- :mod:`documents`: the revisions index (``<prefix>-revisions``) the index worker writes every revision to.
- :mod:`history` and :mod:`diff`: each revision of one article with what changed.
"""
