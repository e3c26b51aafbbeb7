"""Watchlists: saved queries matched against every batch the index worker writes, and the alerts they raise.

- :mod:`.model`: a watchlist (query text plus people/countries/... filters, optional webhook) and the YAML file.
- :mod:`.store`: the watchlists index (``newsline watch add``) and the alerts index.
- :mod:`.match`: the saved queries run restricted to a batch's ids (one ``msearch``).
- :mod:`.alerts`: one alert per story per watchlist (``op_type=create``), published to the alerts topic.
- :mod:`.webhook` / :mod:`.delivery`: signed POSTs through the fetcher's SSRF guard, retried, outcome recorded.
- :mod:`.hook`: what the index worker calls after each successful bulk.
"""
