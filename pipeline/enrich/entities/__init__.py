"""Named entities: spaCy mentions, normalisation rules, country resolution."""
