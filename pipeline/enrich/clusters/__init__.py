"""Near-duplicate story clusters: MinHash over word shingles, LSH buckets in a shared durable store."""
