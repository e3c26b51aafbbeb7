"""Cross-language events: articles about one event, in any language, linked by embedding, shared keys and time."""
