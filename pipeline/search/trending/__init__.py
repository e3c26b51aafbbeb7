"""``newsline trending``: stories (or events) ranked by a burst score against their own recent baseline.

- :mod:`.score`: the score, pure logic (documented there and in the README, section "Trending").
"""
